package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

/** The returns' accounts of the children, and of the difference made, for Families 8 and 9. */
final class AccountsFamilies08To09 {
    private AccountsFamilies08To09() {}

    static void write(ReturnAccounts a) {
        family08(a);
        family09(a);
    }

    private static void family08(ReturnAccounts a) {
        a.write("family-08", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home with Child B at each child in need visit and"
                                + " alone once, in January. The record holds Child A's drawing of the family with Mother's new"
                                + " partner drawn outside the house, which the social worker did not ask about. Child A's falling"
                                + " attendance in the autumn is in the school's report to the review and was not discussed.")
                .child(
                        "Child B",
                        "Child B is described as 'quiet and polite' at each visit; Child B's own"
                                + " words are not recorded anywhere in the period.")
                .child(
                        "Baby C",
                        "Baby C was born in April, in the first lockdown, and has been seen at home at each"
                                + " visit since, usually asleep, well cared for. Nobody asked who Baby C's father is, and the"
                                + " assessment treated Mother's new partner as a visitor, not a man living in the home.")
                .impact(
                        "The pre-birth assessment gave Baby C a child in need plan and a midwife who knew the family, and"
                                + " Baby C's physical care has been good. The children's daily life with Mother's new partner did"
                                + " not change: his drinking and the history police held were never assessed, and what Child A"
                                + " told officers about him never reached the plan.");
        a.write("family-08", MIDWIFERY)
                .child(
                        "Child A",
                        "The maternity record names Child A at booking with the social worker; it records"
                                + " nothing else about Child A.")
                .child(
                        "Child B",
                        "Child B is listed at booking and not mentioned again; the list of who lived in the"
                                + " home was not updated when Mother's new partner moved in.")
                .child(
                        "Baby C",
                        "Baby C was born at term in April; visiting rules meant Mother was on the ward alone,"
                                + " and the record names the person who collected Mother and Baby C only as 'partner'. Postnatal"
                                + " visits were by telephone after day five, with one weight check in person; Baby C fed well.")
                .impact(
                        "The midwife referred early and the safeguarding birth plan was on the labour ward, so a birth in"
                                + " the lockdown was planned for. Nobody in midwifery identified Baby C's father or asked about the"
                                + " man now living in the home, and when visiting stopped the midwife lost sight of the household.");
        a.write("family-08", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The school nurse's record for Child A holds one entry: the school's note of falling"
                                + " attendance in the autumn, filed without action.")
                .child(
                        "Child B",
                        "Child B has no entry in the 0-19 record in 2020 beyond the routine school-entry review"
                                + " letter.")
                .child(
                        "Baby C",
                        "The new birth visit in April was by video; Baby C was first seen in person at eight"
                                + " weeks, at a clinic weight check. Every contact was with Mother only, and the household list"
                                + " still shows Mother and three children; Mother's new partner does not appear.")
                .impact("Mother's mood was asked about at each contact and she was helped to keep taking her treatment."
                        + " For the children the health visitor's involvement changed little: Baby C was not seen at home"
                        + " until the summer, and no one in the service knew there was a man living in the home.");
        a.write("family-08", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Mother consulted by telephone about Child A once, for asthma; the record carries the"
                                + " child in need code.")
                .child(
                        "Child B",
                        "Child B had no consultations in the period; the child in need code is on the record.")
                .child(
                        "Baby C",
                        "Baby C's six to eight week check in June was face to face and normal; the GP did not"
                                + " ask who was at home. Mother's new partner is registered with another practice, so nothing of"
                                + " his drinking was visible to Baby C's GP.")
                .impact(
                        "The practice's care of Mother's depression in pregnancy was good and coded on the children's"
                                + " records. It made little difference to the risk at home: the practice did not know who Mother's"
                                + " new partner was, and its reports to the child in need reviews were not asked for after March.");
        a.write("family-08", ADULT_SUBSTANCE_MISUSE)
                .child(
                        "Child A",
                        "The recovery worker's record notes that Mother's new partner lives with 'his girlfriend"
                                + " and her kids'. Child A is not named, and the service did not know Child A's age or that"
                                + " Child A was frightened of him.")
                .child(
                        "Child B",
                        "Child B is not named either. The parent and children questions in the assessment were"
                                + " answered 'not his children, not applicable'.")
                .child(
                        "Baby C",
                        "The record notes in March that 'partner is due a baby next month' and nothing about"
                                + " Baby C after that: the service did not know whether he is Baby C's father, told no one he was"
                                + " living with a newborn, and never asked how he was at home when drinking.")
                .impact("Mother's new partner kept to telephone key work and, by his account, drank less for a time in"
                        + " the summer. The service made no difference for the children because it did not see them as"
                        + " part of his life: his relapse in October was not shared, and his risk assessment never"
                        + " mentions a baby.");
        a.write("family-08", POLICE)
                .child(
                        "Child A",
                        "Officers attended four incidents between January and November. Child A was spoken to"
                                + " away from the adults twice, and at the third incident said Mother's new partner 'gets loud"
                                + " when he drinks'; the words are in the ViST and the Operation Encompass notice to the school.")
                .child(
                        "Child B",
                        "Child B was present at three incidents and was seen each time; the ViSTs describe"
                                + " Child B as silent and clinging to Child A.")
                .child(
                        "Baby C",
                        "The DASH in February recorded the pregnancy at about thirty-two weeks, and every ViST"
                                + " after the birth names Baby C. At the November incident officers checked Baby C asleep in the"
                                + " cot and recorded the room as warm and clean.")
                .impact("Officers did what police can do: they checked Mother's new partner's history, made a Clare's"
                        + " Law disclosure to Mother in February, recorded the children's words and shared every incident."
                        + " It did not change the children's lives: no strategy discussion followed, and police recorded"
                        + " their concern about that without escalating it.");
    }

    private static void family09(ReturnAccounts a) {
        a.write("family-09", CHILDRENS_SERVICES)
                .child(
                        "Child A",
                        "Child A was seen at home at each visit and once at nursery; the social"
                                + " worker recorded Child A's play with toy figures, in which 'Daddy' was put in a box. The record"
                                + " accepts the parents' account that they had separated, so Child A was never asked about"
                                + " Father's visits.")
                .child(
                        "Baby B",
                        "Baby B has been seen at every child in need visit since the birth in July. After the"
                                + " bruise in November the social worker saw Baby B the same day with the paediatrician's findings,"
                                + " and the rewritten safety plan says when and where Father may see the children.")
                .impact(
                        "The plan supported Mother well, and Baby B's bruise was handled exactly as the protocol expects."
                                + " Until November the plan did not face the fact that Father was in the home most days: it rested"
                                + " on a separation that the police record showed was not real, and Child A's worries about Father"
                                + " were not explored.");
        a.write("family-09", MIDWIFERY)
                .child(
                        "Child A",
                        "The midwife asked Mother how Child A was at each appointment; the record notes"
                                + " Mother's worry that Child A had seen arguments, and the nursery's details.")
                .child(
                        "Baby B",
                        "Baby B was born at term in July and went home with Mother. Father was recorded as 'not"
                                + " living with Mother' but was at the birth and on the ward at discharge, which the midwife noted"
                                + " and passed to the health visitor.")
                .impact("Mother's anxiety was recognised at booking and her referral to the perinatal team gave her"
                        + " specialist care through the pregnancy. The midwife's note that Father was at the birth was one"
                        + " of the first signs, in any agency's record, that the separation was not what it seemed.");
        a.write("family-09", HEALTH_VISITING)
                .child(
                        "Child A",
                        "The health visitor saw Child A at home at the antenatal contact and after Baby B's"
                                + " birth: a bright child with good speech who talked about 'Daddy's angry face'. The comment was"
                                + " passed to the social worker, but Mother was not asked how often Father was there.")
                .child(
                        "Baby B",
                        "The health visitor saw Baby B at home at ten days and at every contact since. At four"
                                + " months the health visitor found a small bruise on Baby B's upper arm and referred the same day"
                                + " under the bruising protocol; Baby B is otherwise well and up to date with immunisations.")
                .impact(
                        "Finding and acting on Baby B's bruise is the best practice in the record: the baby was seen by a"
                                + " paediatrician within hours, and the strategy discussion brought Father's presence in the home"
                                + " into the open. Mother told the health visitor that the perinatal team 'saved' her.");
        a.write("family-09", PRIMARY_CARE_GP)
                .child(
                        "Child A",
                        "Child A was seen twice by telephone and once in person, for eczema; the record carries"
                                + " the child in need code and the police notifications.")
                .child(
                        "Baby B",
                        "Baby B's record holds the six to eight week check, which was normal, and the"
                                + " paediatrician's report of the child protection medical in November. Father's record is linked"
                                + " to the children's.")
                .impact("The GP's treatment of Mother's anxiety and quick referral to adult mental health in June"
                        + " supported her through the birth. Most consultations were by telephone, and the GP never saw"
                        + " the children with Father.");
        a.write("family-09", ADULT_MENTAL_HEALTH)
                .child(
                        "Child A",
                        "The care coordinator's record names Child A and notes Mother's worry that her anxiety"
                                + " made her 'snappy' with Child A. Nobody from the service saw Child A; every session was by"
                                + " video.")
                .child(
                        "Baby B",
                        "The care plan, written in the last weeks of the pregnancy with the perinatal team, is"
                                + " built around Baby B: what Mother would do if intrusive thoughts returned, and who would care"
                                + " for the baby. A garden visit in September recorded warm interaction between Mother and Baby B.")
                .impact("Mother's anxiety eased and she was discharged well in the spring of 2021. The care coordinator"
                        + " recorded Mother's account that she and Father had separated, but did not share her later"
                        + " comment that he was 'around a lot'.");
        a.write("family-09", EARLY_YEARS)
                .child(
                        "Child A",
                        "Child A started nursery in September and attended well. The key person recorded"
                                + " Child A's words about 'Daddy's angry face' during play and passed them to the DSL, who shared"
                                + " them with the social worker; Child A is described as confident and sociable.")
                .child(
                        "Baby B",
                        "The setting sees Baby B at drop-off with Mother and, some mornings, with Father, which"
                                + " the key person recorded; the setting had not been told the parents were said to have"
                                + " separated.")
                .impact("The nursery gave Child A a place to play and talk, and the key person's notes were part of the"
                        + " evidence that Father was around more than the plan said. The setting was not invited to the"
                        + " child in need reviews until January 2021.");
        a.write("family-09", POLICE)
                .child(
                        "Child A",
                        "Officers attended the home three times; at the last, in October, they found Child A"
                                + " awake and recorded that Child A ran to Father. The ViSTs describe Child A each time.")
                .child(
                        "Baby B",
                        "The DASH in February recorded the pregnancy. The October ViST names Baby B, asleep in"
                                + " the front room, and notes that Father had been staying at the address 'most nights'.")
                .impact(
                        "The police record is the clearest account any agency held of Father: officers checked his"
                                + " history, found him at the address at every call despite the separation, and said so in every"
                                + " ViST. The plan did not act on it until the bruise in November, and police did not press it.");
    }
}
