package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 1 and 2. */
final class AccountsFamilies01To02 {
    private AccountsFamilies01To02() {}

    static void write(ReturnAccounts a) {
        family01(a);
        family02(a);
    }

    private static void family01(ReturnAccounts a) {
        a.write("family-01", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home eight times in 2020 and twice alone in the garden"
                                + " during the lockdown. The social worker recorded a chatty child whose play became quieter after"
                                + " the police call-out in February, and Child A's words, 'Daddy shouted at Mummy'. Child A's wish"
                                + " to go back to nursery is recorded, and was met when the nursery kept a place open.")
                .child(
                        "Baby B",
                        "Baby B has been seen at every child in need visit since the birth in August, with both"
                                + " parents; the social worker recorded a settled baby, feeding well, and Father's care at bath"
                                + " time. The plan names what would put Baby B at risk: another incident between the parents, or"
                                + " Mother's mood falling again.")
                .impact("The pre-birth assessment, started at fifteen weeks, meant Baby B came home to a child in need"
                        + " plan both parents understood, and Child A kept a nursery place through the lockdown. Father"
                        + " began work with the domestic abuse service because of the assessment, and there has been no"
                        + " police call-out since February 2020. Support for Mother's low mood was slower to come.");
        a.write("family-01", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife asked Mother at each appointment how Child A was coping with the"
                                + " lockdown and the call-out. The record describes Child A as 'clingy since the police came' and"
                                + " shows the midwife passing this to the health visitor and the nursery.")
                .child(
                        "Baby B",
                        "Baby B was born at term in August. The postnatal visits to day ten record a baby"
                                + " feeding well and gaining weight, Father doing the night feeds so that Mother could sleep, and"
                                + " Child A holding the baby 'very carefully'.")
                .impact("Because domestic abuse was asked about with Mother alone at booking, her disclosure after the"
                        + " February call-out reached the social worker within a day and the pre-birth assessment started"
                        + " months before the birth. Mother's low mood was found through the Whooley questions and she was"
                        + " referred for specialist help in April. Baby B was born with a plan every agency knew.");
        a.write("family-01", HEALTH_VISITING)
                .child(
                        "Child A",
                        "Child A's development review was by video in May; the health visitor saw Child A face to"
                                + " face at the antenatal contact in July, playing with a toy kitchen and talking in short"
                                + " sentences. The record notes Child A's broken sleep after the call-out and the bedtime advice"
                                + " given to both parents.")
                .child(
                        "Baby B",
                        "The new birth visit was face to face at eleven days: the health visitor saw Baby B with"
                                + " both parents, weighed the baby and recorded a calm, alert baby. Safer sleep and coping with"
                                + " crying were talked through with both parents; the six to eight week review was by video, with"
                                + " a weight check at clinic.")
                .impact(
                        "Mother's mood was asked about at every contact and she was encouraged to keep her mental health"
                                + " appointments; by the three to four month review she described herself as 'much better'."
                                + " Child A's sleep settled after the bedtime advice, and Baby B is growing well and up to date"
                                + " with immunisations.");
        a.write("family-01", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen twice at the surgery in 2020, with Mother, for an ear infection and a"
                                + " chest infection; both notes describe a talkative, well cared for child. Child A's record"
                                + " carries the child in need code and the police notification from February.")
                .child(
                        "Baby B",
                        "Baby B's six to eight week check was face to face; the GP recorded normal development"
                                + " and asked Mother about her mood and Father's support. Baby B's immunisations are up to date.")
                .impact("The practice's coding meant that when Mother rang about her mood in the autumn the duty doctor"
                        + " knew there were two young children and a child in need plan, and booked her a review that"
                        + " week. The practice's written reports to the child in need reviews said little about the"
                        + " children themselves.");
        a.write("family-01", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record names Child A and notes at each review Mother's worry"
                                + " that Child A saw her cry. Nobody from the service saw Child A; what the record holds of the"
                                + " child is Mother's account.")
                .child(
                        "Baby B",
                        "The pregnancy, and then Baby B, are in every care plan review, with a plan for what"
                                + " Mother would do if her mood dropped after the birth. The care coordinator saw Baby B only on"
                                + " video calls, asleep in a Moses basket, and recorded Mother describing the baby as 'easy'.")
                .impact("Treatment lifted Mother's mood before the birth, which the social worker and health visitor"
                        + " both noticed, and her relapse plan named the baby's care. Because every contact from April was"
                        + " by video, the service never saw Mother with the children or Father at home, and its view of"
                        + " her parenting rested on her own account.");
        a.write("family-01", EARLY_YEARS)
                .child(
                        "Child A",
                        "The key person's observations describe a lively child who loved the sand tray and"
                                + " greeted staff by name, until the week after the February call-out, when Child A went quiet,"
                                + " would not let Mother leave and had daytime accidents. The DSL shared this with the social"
                                + " worker; Child A kept a place through the first lockdown and was settled again by the summer.")
                .child(
                        "Baby B",
                        "The setting's record notes Baby B's birth and that Child A talked about 'my baby' at"
                                + " circle time and drew pictures of bath time. The setting knows Baby B only from seeing the baby"
                                + " at collection.")
                .impact("Keeping Child A's place open through the lockdown gave Child A a routine and gave the social"
                        + " worker someone who saw the child every day; the change in Child A after the call-out was"
                        + " noticed and passed on within the week. Child A's progress check showed development on"
                        + " track.");
        a.write("family-01", POLICE)
                .child(
                        "Child A",
                        "Officers at the February call-out found Child A awake in the living room; the officer"
                                + " knelt to speak to Child A, who said 'shouting', and recorded that the child calmed once Mother"
                                + " held them. A ViST was submitted for Child A the same night.")
                .child(
                        "Baby B",
                        "Baby B was born after police involvement ended. The DASH at the February incident"
                                + " recorded Mother's pregnancy at about fourteen weeks, and the ViST for Child A named it, so"
                                + " midwifery and Children's Services knew there was a baby on the way.")
                .impact("Positive action in February, with Father arrested and bail conditions that kept him away until"
                        + " the assessment was under way, gave Mother room to speak to the midwife and the social worker."
                        + " The ViST meant Child A's nursery knew by the next morning. There have been no further"
                        + " call-outs.");
    }

    private static void family02(ReturnAccounts a) {
        a.write("family-02", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen alone at school in June and September. Child A said the"
                                + " house was 'noisy at night' and that they put Child B to bed and kept the door shut when the"
                                + " adults argued; Child A's wish for 'no more shouting' is quoted in the conference report.")
                .child(
                        "Child B",
                        "Child B was seen at home and at nursery; the social worker recorded a"
                                + " child with few words, who pointed and pulled adults by the hand and went to Child A rather"
                                + " than to the adults when upset.")
                .child(
                        "Baby C",
                        "Baby C has been on a child protection plan since birth in November and has been seen"
                                + " at home every fortnight with Mother. The record describes a settled baby, and a mother keeping"
                                + " to the written agreement that Father of Baby C does not stay overnight.")
                .impact(
                        "After the health visitor's challenge the pre-birth assessment was reopened, and Baby C was born"
                                + " on a child protection plan with a written agreement about Father of Baby C, not on the child in"
                                + " need plan first proposed. Child A no longer puts Child B to bed during arguments: in February"
                                + " both children said the house was 'quieter'. Child B's speech is still delayed.");
        a.write("family-02", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife knew of Child A from booking; the record notes Mother calling Child A 'my"
                                + " little helper', which the midwife did not explore. Nothing else about Child A is recorded.")
                .child(
                        "Child B",
                        "Child B is named at booking with the nursery's details, and again in the birth plan,"
                                + " which lists who would care for the older children while Mother was in hospital.")
                .child(
                        "Baby C",
                        "Baby C was born at term in November with the child protection plan and the birth plan"
                                + " on the maternity record; Father of Baby C did not stay on the ward, as the plan required, and"
                                + " the postnatal visits describe a baby feeding well and a tired but coping mother.")
                .impact("The midwife's routine enquiry with Mother on her own led to the disclosure that started the"
                        + " pre-birth referral in May, and the safeguarding birth plan was on the labour ward when Baby C"
                        + " was born. The midwife did not ask about Father of Baby C's drug use or history until the"
                        + " conference raised it.");
        a.write("family-02", HEALTH_VISITING)
                .child(
                        "Child A",
                        "Child A's 0-19 record holds the school nurse's notes of a health review in October, in"
                                + " which Child A said they were 'tired because of the noise' and worried about Mother. The school"
                                + " nurse shared this with the health visitor and the social worker the same week.")
                .child(
                        "Child B",
                        "At the review in July, done face to face in the garden, the health visitor found Child"
                                + " B's speech well behind, with about ten words, and saw Child B hide behind Mother when Father of"
                                + " Baby C arrived. The speech referral and Child B's fear of him were both shared.")
                .child(
                        "Baby C",
                        "The new birth visit was at home at ten days, with Father of Baby C not present, as the"
                                + " plan required; the health visitor recorded a contented baby, saw the safe sleeping place and"
                                + " talked through coping with crying. Baby C has been seen face to face at every contact since.")
                .impact("The health visitor's escalation changed the plan: the written challenge in August led to a"
                        + " strategy discussion and a pre-birth conference, and Baby C was born protected by a child"
                        + " protection plan. Child B was referred for speech and language therapy. The escalation took"
                        + " three weeks to reach a decision, weeks the record shows were spent chasing.");
        a.write("family-02", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen once, by telephone, for headaches; the GP noted Mother saying that"
                                + " Child A 'worries' and did not ask what about. The child protection code was added after the"
                                + " October conference.")
                .child(
                        "Child B",
                        "Child B's record shows the speech referral letter and two telephone consultations for"
                                + " a cough; the child protection code was added after the conference.")
                .child(
                        "Baby C",
                        "Baby C was registered at birth and coded at once as subject to a child protection plan;"
                                + " the six to eight week check was face to face and normal, and Mother's mood was asked about.")
                .impact("Coding the children and both men meant that when Father of Baby C asked for an early repeat of"
                        + " his medication in December, the GP told the social worker and the recovery worker. The"
                        + " practice's reports to conference were written by a GP who had not seen the children.");
        a.write("family-02", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "The recovery worker's record does not name Child A. It notes that Father of Baby C"
                                + " 'lives with partner and her kids' and nothing more; the service did not know Child A's age,"
                                + " school or what Child A saw at home.")
                .child(
                        "Child B",
                        "Child B is not named either; the service did not know there was a pre-school child in"
                                + " the home until the conference invitation arrived in October.")
                .child(
                        "Baby C",
                        "The record notes in May that his partner was pregnant, but the parent and children"
                                + " questions were not completed and the service told no one he was an expectant father. Since"
                                + " Baby C's birth it records the written agreement and his supervised contact.")
                .impact("His treatment continued through 2020, with take-home doses increased in April, but the service"
                        + " made little difference for the children: it did not know them, and its information reached"
                        + " the conference only because the social worker asked for it. Since the conference the recovery"
                        + " worker asks about the children at each appointment.");
        a.write("family-02", EARLY_YEARS)
                .child(
                        "Child A",
                        "The setting knows Child A from collections, often with Mother and in the autumn on"
                                + " their own, which the DSL raised with the social worker. Staff recorded Child A saying at the"
                                + " gate that looking after Child B was 'my job'.")
                .child(
                        "Child B",
                        "Child B was offered a place through the March closures as a vulnerable child, but"
                                + " Mother kept Child B at home; the setting's weekly calls record that Child B was 'fine'. On"
                                + " return in September the key person found Child B had lost words, played alone and startled at"
                                + " raised voices.")
                .child(
                        "Baby C",
                        "The setting has seen Baby C only at collection, in a pram, and knows of the child"
                                + " protection plan from the core group minutes.")
                .impact(
                        "The setting's observations on Child B's return gave the conference direct evidence of what home"
                                + " meant for a child so young, and Child B now has a speech plan at nursery. The setting did not"
                                + " ask why Child B was kept at home through the closures, and its weekly calls never included"
                                + " speaking to Child B.");
        a.write("family-02", POLICE)
                .child(
                        "Child A",
                        "Officers attended three incidents between February and October. At the second, Child"
                                + " A was found on the landing with Child B and told the officer 'I keep the little one quiet';"
                                + " the words are in the ViST, shared with the school the next morning.")
                .child(
                        "Child B",
                        "Child B was asleep at the first incident and crying at the second; the ViSTs for"
                                + " Child B describe the child and were shared with health and Children's Services.")
                .child(
                        "Baby C",
                        "Police involvement ended in October, before Baby C was born. The DASH at the second"
                                + " incident recorded the pregnancy at about twenty weeks, and every referral after it named it.")
                .impact("Positive action at the second incident, and the referrals after each one, meant Children's"
                        + " Services knew of every incident within a day. Father of Baby C's history was not checked"
                        + " when he moved in, and what police held about a previous partner came out only at the"
                        + " conference.");
    }
}
