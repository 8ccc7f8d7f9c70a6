package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 11 and 12. */
final class AccountsFamilies11To12 {
    private AccountsFamilies11To12() {}

    static void write(ReturnAccounts a) {
        family11(a);
        family12(a);
    }

    private static void family11(ReturnAccounts a) {
        a.write("family-11", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at school in January and by video after March; the"
                                + " record notes Child A saying they 'worry Mummy will go to hospital again'.")
                .child(
                        "Child B",
                        "Child B was seen at home in January and afterwards through the nursery's"
                                + " reports; the record relies on the nursery for Child B's daily life.")
                .child(
                        "Baby C",
                        "Baby C was born at term in September, while the family had an early help plan; the"
                                + " social worker did not see Baby C, as the case had stepped down to early help in the spring.")
                .impact("The January assessment found the right level of help: the early help plan, led by the nursery,"
                        + " kept the family in view through 2020 without statutory involvement, and the children's needs"
                        + " were met. It did not look closely at Father's drug use or ask about the family friend who came"
                        + " to stay.");
        a.write("family-11", MIDWIFERY)
                .child(
                        "Child A",
                        "The maternity record lists Child A at booking with the name of the early help lead;"
                                + " nothing else about Child A is recorded.")
                .child(
                        "Child B",
                        "Child B is listed at booking and in the birth plan, which says the nursery would keep"
                                + " Child B for extra hours during the birth.")
                .child(
                        "Baby C",
                        "Baby C was born at term in September. Most antenatal contacts were by telephone, with"
                                + " Mother seen in person at scans and at thirty-six weeks; the postnatal visits describe a baby"
                                + " feeding well and a mother anxious about her health.")
                .impact("The booking questions picked up Father's drug use and Mother's history, and the midwife made"
                        + " sure the early help lead knew of the pregnancy. Telephone contact meant the midwife never saw"
                        + " the home or the family friend staying there over the summer.");
        a.write("family-11", HEALTH_VISITING)
                .child(
                        "Child A",
                        "Child A has no school nurse contact in the period; the 0-19 record holds the early"
                                + " help plan.")
                .child(
                        "Child B",
                        "Child B's development review was by video in May. Mother said Child B was 'eating"
                                + " everything', which sat oddly with the nursery's reports of Child B arriving hungry after"
                                + " weekends; the health visitor did not follow it up.")
                .child(
                        "Baby C",
                        "The new birth visit was face to face at twelve days with both parents; the health"
                                + " visitor saw the family friend in the home and asked who he was. Later contacts were by video"
                                + " and telephone.")
                .impact(
                        "The health visitor supported Mother's feeding and mood after Baby C's birth. Most contacts were"
                                + " virtual, and the record shows the health visitor knew less of the children's days than the"
                                + " nursery did.");
        a.write("family-11", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen once at the surgery for a sprained wrist; the record carries the"
                                + " early help code.")
                .child("Child B", "Child B's immunisations were on time; there were no other consultations.")
                .child(
                        "Baby C",
                        "Baby C's six to eight week check was face to face and normal; Father's treatment is"
                                + " noted on his record, which is linked to the children's.")
                .impact("The GP's steady care of Mother's health kept her out of hospital in 2020, which was Child A's"
                        + " biggest worry. The practice added little else for the children: it was not asked to"
                        + " contribute to the early help plan and did not offer to.");
        a.write("family-11", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Father's treatment record names Child A as living with him and Mother; it does not"
                                + " describe Child A or say what Child A sees of his use.")
                .child("Child B", "Child B is named in Father's record only as 'the younger one, at nursery'.")
                .child(
                        "Baby C",
                        "The pregnancy is recorded; after Baby C's birth the record notes that safe storage was"
                                + " discussed and a lockable box provided.")
                .impact("Father's treatment was stable through 2020; take-home doses were reviewed when the lockdown"
                        + " began and a lockable box was in place before Baby C came home, which removed a real risk to a"
                        + " baby and a toddler. The service did not contribute to the early help plan.");
        a.write("family-11", EARLY_YEARS)
                .child(
                        "Child A",
                        "The setting knows Child A from collections and from the early help meetings it"
                                + " chaired; the DSL recorded Child A's worry about Mother and brought the school into the plan.")
                .child(
                        "Child B",
                        "Child B attended through the lockdown as a vulnerable child. The key person recorded a"
                                + " cheerful child who was often hungry on Monday mornings; the setting began offering breakfast"
                                + " and asked Mother gently about weekends. Child B's words and play are recorded throughout.")
                .child(
                        "Baby C",
                        "The setting sees Baby C at drop-off most days; after the birth the DSL checked with the"
                                + " health visitor and added Baby C to the early help plan.")
                .impact("As lead professional the DSL held the plan together: Child B's hunger was noticed and met,"
                        + " Mother got help with food and money, and Child A's worries reached the school. It is the"
                        + " clearest difference any agency made for these children. Nobody asked who the family friend"
                        + " staying over the summer was.");
    }

    private static void family12(ReturnAccounts a) {
        a.write("family-12", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "In 2020 Child A was seen in person once, in July, and by video five times between"
                                + " September and December, described as 'fine' each time. The police account of Child A awake"
                                + " and distressed in a cold room in November is filed but was not discussed with the parents or"
                                + " in supervision, and nothing in the record comes from Child A.")
                .child(
                        "Baby B",
                        "Baby B was born at term in January 2021 with no pre-birth assessment completed, and was"
                                + " added to Child A's child in need plan at the first review after the birth. The social worker"
                                + " has seen Baby B at home once, in February, with Child A.")
                .impact(
                        "Children's Services' involvement made little difference for either child. Two police incidents,"
                                + " both parents' drinking and Mother's depression were each recorded and never put together,"
                                + " Child A was seen in person once in six months, and Baby B was born without a plan. The record"
                                + " gives no reason for keeping the case at child in need.");
        a.write("family-12", MIDWIFERY)
                .child(
                        "Child A",
                        "The maternity record names Child A at booking, with the social worker; nothing else"
                                + " about Child A is recorded.")
                .child(
                        "Baby B",
                        "Mother booked at sixteen weeks, in August, and the late booking was not explored. Baby B was born"
                                + " at term in January 2021 with no safeguarding birth plan; at the day-three visit both parents"
                                + " smelled of alcohol, which was passed to the health visitor but not to the social worker.")
                .impact("Midwifery care kept Baby B healthy through the pregnancy, but did not protect Baby B: the late"
                        + " booking, the alcohol at the postnatal visit and Mother's low mood were each noted and never"
                        + " drawn together, and no birth plan was made although a social worker was involved.");
        a.write("family-12", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor saw Child A at the mandated development review in the garden in"
                                + " August: a child with few words who watched the adults closely, with a communication"
                                + " score below the ASQ-3 cut-off. The speech follow-up the health visitor arranged for"
                                + " December was done by telephone.")
                .child(
                        "Baby B",
                        "The new birth visit was face to face at eleven days; the health visitor saw empty cans"
                                + " in the kitchen and talked with both parents about safer sleep and alcohol. Later"
                                + " contacts were by telephone, and Baby B was last seen in person at the eight-week clinic"
                                + " in March 2021, until the home visit with the social worker in April.")
                .impact("The safer sleep advice was specific to the parents' drinking, which matters for a baby who"
                        + " sometimes sleeps in the parents' bed. Little else changed for the children: what the health"
                        + " visitor noticed was reported to the child in need review but not pressed.");
        a.write("family-12", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Mother consulted by telephone about Child A twice in 2020: in May for a cough, and in"
                                + " September, between the two police call-outs, for a burn to the back of Child A's hand"
                                + " that she said came from a radiator. The GP advised on dressing it without asking for a"
                                + " photograph or to see Child A, and did not share the consultation.")
                .child(
                        "Baby B",
                        "Baby B's record holds the discharge letter and a face-to-face six to eight week check,"
                                + " which was normal; the child in need code was added in March 2021.")
                .impact(
                        "The practice treated Mother's low mood by telephone and knew both parents drank heavily, but its"
                                + " involvement made no difference for the children: the burn to Child A's hand was managed"
                                + " without anyone seeing it, and the practice did not contribute to the plan.");
        a.write("family-12", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "Father's record notes 'one child, with partner' at assessment in August; Child A is"
                                + " not named, and the key worker never asked where Child A was when Father drank.")
                .child(
                        "Baby B",
                        "The pregnancy is recorded at assessment; the service did not tell anyone Father was an"
                                + " expectant father, and since Baby B's birth the record does not mention the baby.")
                .impact(
                        "Father kept telephone appointments until December and then stopped; the service closed his case"
                                + " in March 2021 after three missed calls, without telling the social worker or the GP that a man"
                                + " drinking heavily lived with a toddler and a newborn. It did not change the children's safety.");
        a.write("family-12", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record names Child A at referral; how Child A was cared for"
                                + " when Mother was drinking and low is never discussed.")
                .child(
                        "Baby B",
                        "Mother's pregnancy is recorded but she was not referred to the perinatal team; after"
                                + " Baby B's birth the record notes 'baby well' from Mother's account on the telephone. Mother was"
                                + " discharged in February 2021 after missing two video appointments.")
                .impact("Mother's assessment in August identified depression and alcohol use and offered telephone"
                        + " sessions, which she kept for a few weeks. The service never formed or shared a view of how her"
                        + " illness and drinking affected the children, and did not tell the social worker of her"
                        + " discharge.");
        a.write("family-12", POLICE)
                .child(
                        "Child A",
                        "Officers attended two incidents, in July and November. At the second they found Child A"
                                + " awake and crying in a cold bedroom with no bedding, wrapped Child A in a coat and, with"
                                + " both parents drunk, called Maternal grandmother, who came and stayed the night. The"
                                + " room and the child's distress are in a ViST graded high and shared with the Emergency"
                                + " Duty Team the same night.")
                .child(
                        "Baby B",
                        "The DASH in November recorded the pregnancy at about thirty weeks and the case went to"
                                + " MARAC that month, whose minutes name the unborn baby. Police had no further involvement"
                                + " until the section 47 enquiries began in April 2021.")
                .impact(
                        "Officers saw Child A as a victim in their own right, recorded exactly what they found and shared"
                                + " it at once; the high-graded ViST was the strongest information any agency held. It did not"
                                + " lead to a strategy discussion, and the record shows the officer's concern but no challenge.");
    }
}
