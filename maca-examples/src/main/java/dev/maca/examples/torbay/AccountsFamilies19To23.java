package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 19, 22 and 23. */
final class AccountsFamilies19To23 {
    private AccountsFamilies19To23() {}

    static void write(ReturnAccounts a) {
        family19(a);
        family22(a);
        family23(a);
    }

    private static void family19(ReturnAccounts a) {
        a.write("family-19", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen alone at school and once at Father of Child A's home."
                                + " Child A said the weekends there were best because 'it's calm there', and that Mother's partner"
                                + " 'shouts at Mummy'. The weeks of school Child A missed in the autumn are recorded, with the"
                                + " school's attempts to help.")
                .child(
                        "Baby B",
                        "Baby B was born at term in November and went home with Mother and Mother's partner,"
                                + " Baby B's father, on the child in need plan; the social worker saw Baby B at ten days and"
                                + " monthly since, and records a healthy baby.")
                .impact(
                        "The assessment heard Child A, and the plan kept Child A's weekends with Father of Child A, which"
                                + " Child A said mattered most. It did not assess Mother's partner, the subject of the police"
                                + " call-outs, and it treated Child A's missed schooling as Mother's anxiety alone.");
        a.write("family-19", MIDWIFERY)
                .child(
                        "Child A",
                        "Child A is named at booking; the record notes that Child A spends weekends with"
                                + " Father of Child A.")
                .child(
                        "Baby B",
                        "Baby B was born at term in November with a birth plan on the labour ward; the midwife"
                                + " saw Mother's partner at the birth and recorded him as Baby B's father. The postnatal visits"
                                + " record a healthy baby and a mother anxious but coping.")
                .impact(
                        "Routine enquiry led Mother to disclose the abuse in June, which started the assessment, and the"
                                + " birth plan meant the hospital knew the family. The midwife did not record anything of Mother's"
                                + " partner's history.");
        a.write("family-19", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The school nurse's record notes the school's concern about Child A's absence in"
                                + " October and a telephone call to Mother, who said Child A was anxious about leaving her.")
                .child(
                        "Baby B",
                        "The new birth visit was face to face, with Mother's partner out; later contacts were by"
                                + " video. Baby B is feeding and growing well, and the six-week mood questions showed Mother's"
                                + " anxiety, which the health visitor passed to the GP.")
                .impact("The mood checks after the birth got Mother back in touch with her GP. The health visitor never"
                        + " met Mother's partner, Baby B's father, and the record does not describe him.");
        a.write("family-19", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "Mother's record does not name Child A: the parenthood section of the March assessment"
                                + " is blank, and the care coordinator did not know Mother had a school-age child who had stopped"
                                + " going to school.")
                .child(
                        "Baby B",
                        "The pregnancy appears only in a letter from the GP and not in the care plan. After"
                                + " Baby B's birth the service discharged Mother in December after two missed telephone"
                                + " appointments, without telling the health visitor or the social worker.")
                .impact("The service's involvement made no difference for the children: it did not know about them, did"
                        + " not consider how Mother's worsening anxiety in the lockdowns affected Child A's schooling or"
                        + " her care of a new baby, and closed the case without telling anyone.");
        a.write("family-19", POLICE)
                .child(
                        "Child A",
                        "Officers attended two incidents; Child A was at Father of Child A's home during the"
                                + " first and was spoken to at the second, saying 'I hide in my room'. The ViSTs record Child A's"
                                + " words.")
                .child(
                        "Baby B",
                        "The DASH in June recorded the pregnancy and the ViST named it; police involvement ended"
                                + " in October, before Baby B was born.")
                .impact("Officers' focus on Mother's partner, including a Clare's Law disclosure to Mother, gave her"
                        + " information she used to set limits, and there were no call-outs after October. Police did not"
                        + " know that the social worker had never met him.");
    }

    private static void family22(ReturnAccounts a) {
        a.write("family-22", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home at each visit and once at nursery; the record"
                                + " quotes Child A's wish to 'play outside with Daddy' and describes a happy child whose play"
                                + " showed no fear. Child A's view is in each child in need review.")
                .child(
                        "Baby B",
                        "Baby B was born at term in March, days before the first lockdown, and went home with"
                                + " both parents on the child in need plan; the social worker kept visiting in person, and the"
                                + " record describes Baby B's care as good.")
                .impact("The pre-birth assessment looked at both parents and tested Father's account of his domestic"
                        + " abuse course against the police record. The plan carried the family through the lockdown and"
                        + " closed in December with no further incidents and both children well.");
        a.write("family-22", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife asked Mother about Child A at each appointment and recorded that Child A"
                                + " was excited about the baby; the record names the nursery.")
                .child(
                        "Baby B",
                        "Baby B was born at term in March and the safeguarding birth plan was followed. When"
                                + " Baby B was readmitted with jaundice at five days, the midwife visited on the day of discharge"
                                + " and told the health visitor.")
                .impact("The midwife saw both parents together and apart, asked Mother about domestic abuse alone at"
                        + " every appointment and wrote a birth plan everyone knew, so Baby B's birth and first weeks were"
                        + " safe and well planned just as the lockdown began.");
        a.write("family-22", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor kept visiting in person through the lockdown because of the"
                                + " domestic abuse history. Child A's words and play are recorded at each visit, including Child A"
                                + " showing off a den in the garden made with Father.")
                .child(
                        "Baby B",
                        "The health visitor saw Baby B at home after the jaundice readmission and at every"
                                + " contact since; Baby B is growing well, and safer sleep and coping with crying were discussed"
                                + " with both parents.")
                .impact(
                        "Keeping face-to-face visits through the lockdown meant the children were seen at home when most"
                                + " families were not, and both parents' wellbeing was asked about; Mother called the visits 'a"
                                + " lifeline'. There were no further incidents.");
        a.write("family-22", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A had one telephone consultation, for a cold; the record carries the child in"
                                + " need code.")
                .child(
                        "Baby B",
                        "Baby B's record holds the readmission letter and the six to eight week check, which was"
                                + " face to face and normal.")
                .impact("The GP's reviews of Mother's mood in pregnancy and after the birth, with codes on every family"
                        + " member's record, kept the practice part of the plan.");
        a.write("family-22", EARLY_YEARS)
                .child(
                        "Child A",
                        "The key person describes a happy child who loves outdoor play; Child A attended"
                                + " through the lockdown as a vulnerable child, and the learning journal records Child A's words"
                                + " and games, many of them about the baby.")
                .child(
                        "Baby B",
                        "The setting sees Baby B at drop-off with either parent and knew of the birth from the"
                                + " family.")
                .impact(
                        "Keeping Child A's place through the lockdown gave Child A a routine and the family a break, and"
                                + " the setting's reports to the child in need reviews were detailed and child-centred.");
        a.write("family-22", POLICE)
                .child(
                        "Child A",
                        "Police involvement was mainly in 2019; at the follow-up visit in May 2020 the officer"
                                + " saw Child A playing in the garden and recorded no concerns.")
                .child(
                        "Baby B",
                        "The DASH reviews in 2020 recorded the pregnancy and then Baby B's birth; the police"
                                + " record holds nothing of concern about Baby B.")
                .impact(
                        "The firm response in 2019, and Father keeping to the conditions of his caution, were part of why"
                                + " the pre-birth assessment could rely on his account; there were no incidents in 2020.");
    }

    private static void family23(ReturnAccounts a) {
        a.write("family-23", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home and at nursery. After the nursery found bruising"
                                + " to Child A's shins in October the social worker saw Child A the same day and accepted, with"
                                + " the nursery, that it came from a fall in the park that a neighbour had seen. Child A is lively"
                                + " and talkative.")
                .child(
                        "Child B",
                        "Child B was seen at home at each visit; the record notes Child B's frequent"
                                + " coughs and colds and the missed health appointments, and the social worker asked Mother to"
                                + " rebook them.")
                .child(
                        "Baby C",
                        "Baby C was born at term in December and went home with both parents on the child in"
                                + " need plan; the social worker saw Baby C in the first week. Baby C's emergency attendance in"
                                + " March 2021 did not reach the social worker until the audit.")
                .impact("After the police challenged the first decision, the assessment recognised the drinking and a"
                        + " child in need plan was in place before Baby C's birth, with alcohol support for both parents."
                        + " The plan did not get Child B's missed appointments rebooked, and it did not hear of Baby C's"
                        + " attendance at the emergency department.");
        a.write("family-23", MIDWIFERY)
                .child(
                        "Child A",
                        "Child A is named at booking and in the birth plan, which arranged for Child A to stay"
                                + " with a grandparent during the birth.")
                .child(
                        "Child B",
                        "Child B is named at booking; the record notes Mother's worry about Child B's health"
                                + " and nothing more.")
                .child(
                        "Baby C",
                        "Baby C was born at term in December. Most antenatal contacts were by telephone and"
                                + " Father's drinking was not asked about after booking; the postnatal visits to day ten were face"
                                + " to face and describe a healthy baby.")
                .impact(
                        "The referral at booking brought the family to Children's Services before the drinking got worse."
                                + " Telephone contact through the second lockdown meant the midwife never saw the home.");
        a.write("family-23", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor saw Child A at home at each visit: a confident child whose"
                                + " development is on track. The nursery discussed Child A's bruising with the health visitor,"
                                + " who agreed with the explanation.")
                .child(
                        "Child B",
                        "Child B missed the development review and two immunisation appointments. The health"
                                + " visitor rebooked the review and saw Child B at home in November, a pale child with a wet cough,"
                                + " and sent Child B to the GP; the immunisations were never rebooked.")
                .child(
                        "Baby C",
                        "The new birth visit was face to face; Baby C was feeding well and the safe sleeping"
                                + " place was seen. The emergency department's notice of Baby C's attendance in March 2021 was"
                                + " filed without a visit or a call, as the auditor found when reading the record.")
                .impact(
                        "Face-to-face contact kept all three children in view through the second lockdown and got Child B"
                                + " seen by the GP. But the emergency department's notice about Baby C was not acted on, and a"
                                + " baby with a bruised forehead went unseen by any professional for a month.");
        a.write("family-23", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen once, by telephone, for a cough; the child in need code is on the"
                                + " record.")
                .child(
                        "Child B",
                        "Child B was seen in November after the health visitor's referral and treated for a"
                                + " chest infection. The missed immunisations are flagged in the record and the practice did not"
                                + " follow them up.")
                .child(
                        "Baby C",
                        "Baby C's six to eight week check in February 2021 was face to face and normal. The"
                                + " emergency department letter from March 2021 was read by a GP and filed, with no contact with"
                                + " the family.")
                .impact(
                        "The GP's treatment of Child B's chest infection and of Mother's low mood helped, and the codes"
                                + " were up to date. The practice did not follow up Child B's immunisations and, like health"
                                + " visiting, filed Baby C's attendance letter without asking how a baby not yet rolling came to fall.");
        a.write("family-23", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Father's treatment record names Child A and Child B with their ages; the key worker"
                                + " recorded Father's account of who cares for the children when he has been drinking: 'Mother"
                                + " takes over'.")
                .child(
                        "Child B",
                        "Child B is named with Child A; the record notes Father's worry about Child B's" + " health.")
                .child(
                        "Baby C",
                        "The pregnancy and Baby C's birth are recorded; the key worker talked with Father about"
                                + " the danger of sleeping with Baby C after drinking and recorded the conversation.")
                .impact("The alcohol work reduced Father's drinking for a time in the autumn, and the key worker shared"
                        + " that with the core group. All contact was by telephone, so nobody from the service saw the home"
                        + " when he had been drinking.");
        a.write("family-23", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record names the children and notes Mother's account that"
                                + " Child A 'keeps her going'; nothing in the record comes from anyone who had seen Child A.")
                .child("Child B", "Child B is named, with Mother's worry about Child B's health.")
                .child(
                        "Baby C",
                        "The pregnancy is recorded and Mother was referred to the perinatal team in October;"
                                + " after Baby C's birth the record gives Mother's own account of her bond with the baby.")
                .impact(
                        "Mother's depression was assessed quickly and she had perinatal support before the birth. Missed"
                                + " telephone appointments were not always followed up, and the service did not learn of Baby C's"
                                + " attendance in March 2021.");
        a.write("family-23", EARLY_YEARS)
                .child(
                        "Child A",
                        "Child A started nursery in September. In October the key person found bruising on"
                                + " both shins, recorded it on a body map, asked Mother and told the DSL, who rang the social"
                                + " worker that morning; Child A's own words about the park are recorded.")
                .child(
                        "Child B",
                        "The setting knows Child B from drop-off; the key person noticed Child B's cough and"
                                + " pale colour and mentioned them to Mother.")
                .child(
                        "Baby C",
                        "The setting knew of the pregnancy and the birth and sees Baby C at drop-off with" + " Mother.")
                .impact(
                        "The setting handled Child A's bruising promptly and thoroughly, and its reports to the child in"
                                + " need reviews described Child A's days clearly. Child A's place gave Mother some respite through"
                                + " the second lockdown.");
        a.write("family-23", POLICE)
                .child(
                        "Child A",
                        "At the second incident in the autumn officers found Child A asleep upstairs, spoke to"
                                + " Child A gently and recorded Child A's question, 'Is Daddy in trouble?'. The ViST for Child A"
                                + " was graded medium and shared.")
                .child(
                        "Child B",
                        "Child B was asleep in a cot at both incidents; officers checked Child B and recorded"
                                + " the room.")
                .child(
                        "Baby C",
                        "The DASH in September recorded the pregnancy at about twenty-six weeks; police"
                                + " involvement ended in December, before Baby C was born.")
                .impact("When Children's Services first decided on no further action after the September ViST, the"
                        + " sergeant challenged it in writing under the Professional Differences Policy; the decision was"
                        + " reviewed and an assessment began, which led to the plan in place for Baby C's birth.");
    }
}
