package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 14, 16 and 17. */
final class AccountsFamilies14To17 {
    private AccountsFamilies14To17() {}

    static void write(ReturnAccounts a) {
        family14(a);
        family16(a);
        family17(a);
    }

    private static void family14(ReturnAccounts a) {
        a.write("family-14", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home and at nursery during the pre-birth"
                                + " assessment: a bright, sociable child who talked about 'my baby coming', and whose nursery had"
                                + " no worries. The case stepped down to early help in April.")
                .child(
                        "Baby B",
                        "Baby B was born at term in May, after the social worker's last visit; the early help"
                                + " plan, led by the health visitor, took over, and the record holds the health visitor's update"
                                + " that Baby B was thriving.")
                .impact("The pre-birth assessment checked that the domestic abuse in 2019 had stopped, saw Father and"
                        + " tested his account with the police, and rightly concluded that early help was enough. Baby B"
                        + " was born into a family with a plan and grandparents close by.");
        a.write("family-14", MIDWIFERY)
                .child(
                        "Child A",
                        "Child A is named at booking and in the birth plan, which arranged for Child A's"
                                + " grandparents to care for Child A during the birth.")
                .child(
                        "Baby B",
                        "Baby B was born at term in May. Visiting rules kept Father out of the scans and the"
                                + " postnatal ward; the midwife recorded Mother's isolation on the ward and arranged an early"
                                + " discharge with a home visit the next day.")
                .impact(
                        "The midwife recognised how alone Mother felt in the lockdown, kept the postnatal visits face to"
                                + " face and checked her mood at each one. Father's history was asked about at booking, but the"
                                + " restrictions meant he was not seen in person again.");
        a.write("family-14", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor saw Child A by video at the antenatal contact and in person at a"
                                + " garden visit in July: a confident, chatty child who was proud of the baby.")
                .child(
                        "Baby B",
                        "The new birth visit was face to face and later contacts by video. Baby B is growing"
                                + " well; the early help record notes Baby B's first smiles and the grandparents' help.")
                .impact(
                        "As early help lead the health visitor kept Mother connected to her family and to a virtual baby"
                                + " group through the lockdown, and Mother's mood had lifted by the autumn. The plan closed in"
                                + " December with both children well.");
        a.write("family-14", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A had routine immunisations and no other consultations; the record carries the"
                                + " early help code.")
                .child(
                        "Baby B",
                        "Baby B's six to eight week check was face to face and normal, and the GP asked Mother"
                                + " about her mood and her support at home.")
                .impact("The GP reviewed Mother's antidepressant in pregnancy and again after the birth, which helped"
                        + " keep her well through a lonely spring.");
        a.write("family-14", POLICE)
                .child(
                        "Child A",
                        "Police involvement was mostly in 2019. At the follow-up visit to Mother in January"
                                + " 2020 Child A was seen playing, and the officer recorded a relaxed child and no concerns.")
                .child(
                        "Baby B",
                        "At the January follow-up the officer reviewed the DASH with Mother, recorded the"
                                + " pregnancy and told the midwife; police involvement ended in March, before Baby B was born.")
                .impact(
                        "The 2019 incident was dealt with firmly and shared, which started the pre-birth assessment, and"
                                + " there have been no further calls to the home.");
    }

    private static void family16(ReturnAccounts a) {
        a.write("family-16", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen alone at each statutory visit, once by video and"
                                + " otherwise on walks near home. At the October review Child A said home was 'better now that"
                                + " the police don't come', and asked for time with friends rather than minding the younger"
                                + " children.")
                .child(
                        "Child B",
                        "Child B was seen at school and at home; the record holds Child B's 'three"
                                + " houses' drawing, with worries about Mother 'being poorly' and a wish for a dog.")
                .child(
                        "Child C",
                        "Child C was seen at home and at nursery; the social worker recorded the"
                                + " nursery's concern about tiredness and late collections and saw Child C's room at each visit.")
                .child(
                        "Baby D",
                        "Baby D was born at term in October on a child protection plan made at the pre-birth"
                                + " conference, and went home with Mother; Baby D is seen at home every two weeks, and the record"
                                + " describes Mother's care of Baby D as warm and attentive.")
                .impact(
                        "The child protection plans held through a hard year: no police call-outs in 2020, Mother drinking"
                                + " less, and Baby D home with a plan and a mother in treatment. When the nursery challenged the"
                                + " proposal to end the plans in the summer they stayed in place, and the late collections that"
                                + " prompted the challenge have stopped.");
        a.write("family-16", MIDWIFERY)
                .child(
                        "Child A",
                        "Child A is named at booking; the record notes Mother's wish that Child A should not"
                                + " have to mind the younger children during the birth, which the social worker arranged.")
                .child("Child B", "Child B is named at booking and in the birth plan's care arrangements.")
                .child(
                        "Child C",
                        "Child C is named at booking; the midwife noted that Child C was at nursery on"
                                + " antenatal appointment days.")
                .child(
                        "Baby D",
                        "Baby D was born at term in October with the birth plan, the child protection plan and"
                                + " Mother's relapse plan all on the labour ward; the postnatal visits describe a settled baby and"
                                + " a mother who asked for help with feeding.")
                .impact("Joint work with the perinatal team and the specialist midwife for substance use meant Mother's"
                        + " drinking and mental health were managed together in pregnancy, and Baby D was born without"
                        + " complications.");
        a.write("family-16", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The school nurse offered Child A a health review by video in the autumn, which Child"
                                + " A declined; the record notes Child A's caring role at home.")
                .child(
                        "Child B",
                        "Child B's 0-19 record holds the school nurse's note of a review at school in November,"
                                + " where Child B talked about football and worrying about Mother.")
                .child(
                        "Child C",
                        "The health visitor's development review of Child C was by video; the record relies on the"
                                + " nursery's reports of tiredness.")
                .child(
                        "Baby D",
                        "The new birth visit was face to face, with Baby D's sleeping place seen; later contacts"
                                + " were by video, with Baby D's weights taken at clinic.")
                .impact("The mood and alcohol questions at each contact after the birth supported the plan, and coping"
                        + " with crying was talked through with both of Baby D's parents together. Working by video, the"
                        + " health visitor saw little of Child C's tiredness at first hand.");
        a.write("family-16", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A saw the GP in person once, in the summer, for low mood; the GP asked about home"
                                + " and referred Child A to the school counsellor.")
                .child("Child B", "Child B had routine consultations only; the child protection code is on the record.")
                .child(
                        "Child C",
                        "Child C had an ear infection treated by telephone; the child protection code is on the"
                                + " record.")
                .child(
                        "Baby D",
                        "Baby D's six to eight week check was face to face and normal; the GP asked about"
                                + " Mother's drinking and mood at the same visit.")
                .impact("The practice's work with adult mental health and the substance misuse service on Mother's"
                        + " medication kept her prescribing safe in pregnancy, and the GP's attention to Child A's low mood"
                        + " gave Child A someone to talk to.");
        a.write("family-16", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Mother's treatment record names all four children and their social worker; the key"
                                + " worker's notes record Mother's worry that Child A 'does too much' at home.")
                .child(
                        "Child B",
                        "Child B is named in the parent and children section, with who cares for Child B when"
                                + " Mother attends appointments.")
                .child(
                        "Child C",
                        "Child C is named with the nursery's hours, and the record notes the nursery's concern"
                                + " about late collections once the social worker shared it.")
                .child(
                        "Baby D",
                        "The pregnancy was recorded and shared. After Baby D's birth the key worker checked at"
                                + " each call that no alcohol was kept in the home; nobody from the service saw the home in 2020.")
                .impact("Mother's drinking fell far enough for the conference to rely on it, and the service's test"
                        + " results were shared at each core group. All contact was by telephone, so the service's view of"
                        + " the home rested on Mother's account.");
        a.write("family-16", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record has a section on each child. For Child A it notes the"
                                + " caring role and the work with Mother on not relying on Child A when she is unwell.")
                .child(
                        "Child B",
                        "For Child B the record notes Mother's account of Child B's worries and the care"
                                + " coordinator's suggestion that the school be told when Mother is unwell.")
                .child(
                        "Child C",
                        "For Child C the record notes the nursery's concern about tiredness, shared by the"
                                + " social worker, which the care coordinator discussed with Mother alongside the timing of her"
                                + " morning medication.")
                .child(
                        "Baby D",
                        "The relapse plan, written with the perinatal team, is built around Baby D's care; the"
                                + " record notes the care coordinator seeing Mother with Baby D at home at six weeks.")
                .impact("The service gave the conference a clear clinical view of how Mother's illness affected her"
                        + " parenting and what would signal relapse, and Mother stayed well through the pregnancy and after"
                        + " the birth. Changing the timing of her medication ended the late mornings that left Child C"
                        + " tired and late to nursery.");
        a.write("family-16", EARLY_YEARS)
                .child(
                        "Child A",
                        "The setting sees Child A at collections; the DSL recorded the days Child A collected"
                                + " Child C alone, and raised them with the social worker.")
                .child(
                        "Child B",
                        "The setting knows Child B only from Mother's conversations at the door and holds no"
                                + " record of Child B's own.")
                .child(
                        "Child C",
                        "Child C's key person recorded tiredness, late arrivals and late collections through"
                                + " the summer term, and the DSL's chronology shows the pattern. Child C's play and words are"
                                + " recorded, including 'Mummy sleeping'.")
                .child(
                        "Baby D",
                        "The setting sees Baby D at drop-off, and knew of the pregnancy and the plan from the"
                                + " core group.")
                .impact(
                        "When Children's Services proposed ending the child protection plans in the summer, the DSL set"
                                + " out the pattern of late collections and escalated under the Professional Differences Policy;"
                                + " the plans continued, and the late collections stopped once Mother's medication was changed.");
        a.write("family-16", POLICE)
                .child(
                        "Child A",
                        "There were no police call-outs to the home in 2020. The record holds the earlier"
                                + " incidents, at which Child A was spoken to, and the strategy discussion minutes.")
                .child(
                        "Child B",
                        "Child B is named in the earlier ViSTs; there was no police contact with Child B in" + " 2020.")
                .child("Child C", "Child C is named in the last ViST, from 2019; nothing in 2020.")
                .child(
                        "Baby D",
                        "Police shared the history of Father of Child C and Baby D at the pre-birth"
                                + " conference, whose minutes the police record holds.")
                .impact("Police involvement in 2020 was through the conferences, where officers shared the family's"
                        + " history and Father of Child C and Baby D's record. That no officer was called to the home in"
                        + " 2020 is the best evidence of change.");
    }

    private static void family17(ReturnAccounts a) {
        a.write("family-17", MIDWIFERY)
                .child(
                        "Child A",
                        "The maternity record lists Child A at booking and notes that both men in the home"
                                + " were in treatment for opiate use; it says nothing of how Child A was cared for.")
                .child(
                        "Baby B",
                        "Baby B was born at term in September and went home with both parents on day three."
                                + " The record notes Father's treatment and the safe storage advice given at booking; there was no"
                                + " referral and no safeguarding birth plan.")
                .impact("Mother's mental health was well supported: the Whooley questions were asked at every contact"
                        + " and she was referred to the perinatal team. The midwife recorded both men's opiate use but did"
                        + " not refer, so Baby B's birth changed nothing in what any agency knew.");
        a.write("family-17", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor saw Child A at the development review in the summer: a flat, watchful"
                                + " child who did not speak or point and sat still on the sofa. A referral for hearing and speech"
                                + " was made; nobody was told how Child A was at home.")
                .child(
                        "Baby B",
                        "There was no antenatal contact. The new birth visit was face to face and Baby B was"
                                + " feeding and gaining weight well; the household list still shows only Mother and Father.")
                .impact("The referral got Child A's hearing tested, and a speech assessment is booked. The health"
                        + " visitor did not ask about Father's brother or the opiate use in the home and did not refer, so"
                        + " the children's days did not change.");
        a.write("family-17", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen twice by telephone in 2020; there is no code for the family's"
                                + " circumstances, and the men's records are not linked to Child A's.")
                .child(
                        "Baby B",
                        "Baby B's six to eight week check was face to face; the GP asked Mother about her mood,"
                                + " not about the men's opiate use, which was on their records at the same practice.")
                .impact("The GP treated Mother's depression well in pregnancy. The practice held records of two men in"
                        + " opiate treatment living with a toddler and a newborn and neither linked them nor told anyone,"
                        + " so its involvement left the children unseen.");
        a.write("family-17", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Father's record notes 'lives with partner and child'; his brother's record says"
                                + " nothing about children. Neither key worker asked who looked after Child A when the men used,"
                                + " or where their medication was kept.")
                .child(
                        "Baby B",
                        "Father's record notes in May that his partner was pregnant, and the service told no"
                                + " one. After Baby B's birth the record does not mention the baby; both men were discharged in"
                                + " December after missed appointments.")
                .impact("Treatment gave both men a prescription and, for a time, stability, but made no difference for"
                        + " the children, whom the service did not see as part of either man's life. Discharging both men"
                        + " in December without telling the health visitor removed the one service that knew about the"
                        + " opiates in the home.");
    }
}
