package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

import java.util.Map;

/**
 * Why each return of Families 11 to 23 that raised nothing needed no action now, in the auditor's words.
 *
 * <p>Where another return had already raised an immediate concern for the family before this return was completed
 * (Family 12 on 7 April, Family 17 on 9 April, Family 23 on 12 April), the reason says where that concern's follow-up
 * already holds what this record shows; a return completed before the concern was raised does not know of it.
 */
final class ActionNowFamilies11To23 {
    private ActionNowFamilies11To23() {}

    static void write(Map<String, String> why) {
        family11(why);
        family12(why);
        family14(why);
        family16(why);
        family17(why);
        family19(why);
        family22(why);
        family23(why);
    }

    private static void family11(Map<String, String> why) {
        put(
                why,
                "family-11",
                CHILDRENS_SERVICES,
                "The family has had an early help plan, led by the nursery, since the"
                        + " spring of 2020. The auditor checked with the early help lead on 26 April: the children are well, and"
                        + " the family friend who stayed over the summer left in September.");
        put(
                why,
                "family-11",
                MIDWIFERY,
                "The maternity episode ended in October 2020, and the family is supported under"
                        + " the early help plan; nothing in the maternity record calls for more.");
        put(
                why,
                "family-11",
                HEALTH_VISITING,
                "The health visitor is part of the early help plan and saw Child B and Baby"
                        + " C at the nursery's review in March 2021.");
        put(
                why,
                "family-11",
                PRIMARY_CARE_GP,
                "Father's treatment is stable and his record is linked to the children's;"
                        + " the early help lead has asked the practice for a report to the next review.");
        put(
                why,
                "family-11",
                ADULT_SUBSTANCE_MISUSE,
                "Father's treatment remains stable, with his lockable box in use. The"
                        + " questions about the men in the household that this return leaves unanswered are being checked with"
                        + " his key worker, and will go to the early help lead when they are.");
        put(
                why,
                "family-11",
                EARLY_YEARS,
                "The DSL leads the early help plan and reviewed it in March 2021: the children"
                        + " are well, and Child B still has breakfast at the setting.");
    }

    private static void family12(Map<String, String> why) {
        put(
                why,
                "family-12",
                MIDWIFERY,
                "Both children have been subject to enquiries under section 47 since the"
                        + " strategy discussion on 9 April, and the social worker leading them asked that day for the maternity"
                        + " record, with the day-three visit at which both parents smelled of alcohol.");
        put(
                why,
                "family-12",
                HEALTH_VISITING,
                "Already with the enquiries under section 47 that followed the immediate"
                        + " concern raised on 7 April: the health visiting team leader took the record, with the new birth"
                        + " visit's account of Baby B sometimes sleeping in the parents' bed and the empty cans, to the strategy"
                        + " discussion on 9 April, and safer sleep is part of the safety plan agreed there. The auditor confirmed"
                        + " with the social worker leading the enquiries on 19 April that they hold it; since 8 April the health"
                        + " visitor has seen both children at home every week.");
        put(
                why,
                "family-12",
                PRIMARY_CARE_GP,
                "Already with the enquiries: the practice's report to them on 13 April"
                        + " included the telephone consultation in September 2020 for the burn to Child A's hand, and a"
                        + " paediatrician saw Child A on 16 April. The practice was not invited to the strategy discussion on 9"
                        + " April; its GP took part in the one reconvened on 22 April, and the practice is invited to the"
                        + " conference on 29 April.");
        put(
                why,
                "family-12",
                ADULT_SUBSTANCE_MISUSE,
                "The strategy discussion of 9 April referred Father back to the"
                        + " service, and his key worker saw him on 14 April. The auditor confirmed on 23 April that the social"
                        + " worker leading the section 47 enquiries has his treatment record.");
        put(
                why,
                "family-12",
                ADULT_MENTAL_HEALTH,
                "The auditor completed the return on the day of the strategy"
                        + " discussion that started the section 47 enquiries, took the service's record of Mother's care to it,"
                        + " and arranged for her to be offered an appointment with the perinatal team.");
        put(
                why,
                "family-12",
                POLICE,
                "The Public Protection Unit has been carrying out the section 47 enquiries jointly"
                        + " with Children's Services since 9 April, and the records of both incidents and the MARAC are with"
                        + " them.");
    }

    private static void family14(Map<String, String> why) {
        put(
                why,
                "family-14",
                CHILDRENS_SERVICES,
                "The case stepped down to early help in April 2020, and the early help"
                        + " plan closed in December with both children well; there has been no referral since.");
        put(
                why,
                "family-14",
                MIDWIFERY,
                "Midwifery's care ended in June 2020 with a healthy baby and a mother whose mood"
                        + " had lifted, and the family needed nothing more from the service.");
        put(
                why,
                "family-14",
                HEALTH_VISITING,
                "The early help plan the health visitor led closed in December 2020, and the"
                        + " universal contacts since have found both children thriving.");
        put(
                why,
                "family-14",
                PRIMARY_CARE_GP,
                "Mother's antidepressant was reviewed in February 2021 and she is well;"
                        + " both children are up to date with their immunisations.");
        put(
                why,
                "family-14",
                POLICE,
                "Nobody has called police to the address since 2019, and there has been no"
                        + " intelligence about the household since the follow-up visit in January 2020.");
    }

    private static void family16(Map<String, String> why) {
        put(
                why,
                "family-16",
                CHILDRENS_SERVICES,
                "All four children remain on child protection plans, reviewed in April"
                        + " 2021; Mother is still in treatment, and there were no police call-outs in 2020.");
        put(
                why,
                "family-16",
                MIDWIFERY,
                "The maternity episode ended in November 2020. Baby D's protection plan and"
                        + " Mother's relapse plan are held by the social worker and the perinatal team.");
        put(
                why,
                "family-16",
                HEALTH_VISITING,
                "The health visitor attends the core group and sees Baby D at home under the"
                        + " plan; at the auditor's request Child C's next development review will be in person.");
        put(
                why,
                "family-16",
                PRIMARY_CARE_GP,
                "The practice reports to every core group and reviews Mother's prescribing"
                        + " with the substance misuse service, and Child A is still seeing the school counsellor.");
        put(
                why,
                "family-16",
                ADULT_SUBSTANCE_MISUSE,
                "Mother's drinking remains low, her test results go to each core"
                        + " group, and since January the key worker has visited the home once a month.");
        put(
                why,
                "family-16",
                ADULT_MENTAL_HEALTH,
                "Mother is well on her changed medication, and the care coordinator"
                        + " brings the relapse plan to each core group.");
        put(
                why,
                "family-16",
                EARLY_YEARS,
                "The late collections stopped after Mother's medication was changed, and the"
                        + " DSL's chronology goes to each core group.");
        put(
                why,
                "family-16",
                POLICE,
                "There has been no call to the home since 2019, and the Public Protection Unit"
                        + " shares the family's history at each review conference.");
    }

    private static void family17(Map<String, String> why) {
        put(
                why,
                "family-17",
                MIDWIFERY,
                "The immediate concern the substance misuse auditor raised on 9 April is with"
                        + " Children's Services, who saw both children at home within two days; the maternity record of both"
                        + " men's opiate use went to the assessment that followed.");
        put(
                why,
                "family-17",
                HEALTH_VISITING,
                "Both children were seen at home within two days of the immediate concern"
                        + " raised on 9 April, the health visitor is part of the assessment, and Child A's speech assessment is"
                        + " booked.");
        put(
                why,
                "family-17",
                PRIMARY_CARE_GP,
                "The Named GP was told of the immediate concern on 9 April, the day the"
                        + " children were referred. Since then all four family members' records have been coded and the men's"
                        + " linked to the children's, and the practice's information went to the assessment.");
    }

    private static void family19(Map<String, String> why) {
        put(
                why,
                "family-19",
                CHILDRENS_SERVICES,
                "Child A and Baby B are on a child in need plan; Child A has been back at"
                        + " school full time since March 2021 and still spends weekends with Father of Child A, and there have"
                        + " been no police call-outs since October 2020.");
        put(
                why,
                "family-19",
                MIDWIFERY,
                "Midwifery's care ended in December 2020, and the plan for the children is the"
                        + " social worker's; the maternity record adds nothing about Mother's partner beyond what police have"
                        + " shared.");
        put(
                why,
                "family-19",
                HEALTH_VISITING,
                "The health visitor sees Baby B monthly under the child in need plan, and"
                        + " Mother's anxiety is being treated by her GP.");
        put(
                why,
                "family-19",
                ADULT_MENTAL_HEALTH,
                "Mother was discharged in December 2020. On completing the return the"
                        + " auditor told the social worker and the GP of the discharge, and Mother accepted the offer of a new"
                        + " assessment.");
        put(
                why,
                "family-19",
                POLICE,
                "There has been no call to the address since October 2020, and Mother's partner"
                        + " has no police record since the Clare's Law disclosure.");
    }

    private static void family22(Map<String, String> why) {
        put(
                why,
                "family-22",
                CHILDRENS_SERVICES,
                "The child in need plan closed in December 2020 with both children well"
                        + " and no further incidents; the auditor found no contact or referral since.");
        put(
                why,
                "family-22",
                MIDWIFERY,
                "The maternity episode ended in April 2020 with a healthy baby, and the family"
                        + " has not been referred to midwifery since.");
        put(
                why,
                "family-22",
                HEALTH_VISITING,
                "Since the plan closed the health visitor has kept up the universal"
                        + " contacts, most recently a home visit in March 2021 at which both children were well.");
        put(
                why,
                "family-22",
                PRIMARY_CARE_GP,
                "Nothing of concern has come to the practice since the plan closed; the"
                        + " children's codes were updated to show the plan has ended.");
        put(
                why,
                "family-22",
                EARLY_YEARS,
                "Child A still attends and is thriving, and the DSL knows the plan has closed"
                        + " and whom to call if anything changes.");
        put(
                why,
                "family-22",
                POLICE,
                "Father kept to the conditions of his caution, and there has been no incident or"
                        + " intelligence about the household since 2019.");
    }

    private static void family23(Map<String, String> why) {
        put(
                why,
                "family-23",
                CHILDRENS_SERVICES,
                "The immediate concern the health visiting auditor raised on 12 April led"
                        + " to a strategy discussion the next day and a paediatric review of Baby C; the child in need plan is"
                        + " being reviewed with alcohol and safer sleep work for both parents.");
        put(
                why,
                "family-23",
                MIDWIFERY,
                "Midwifery's care ended in January 2021; the family is on a child in need plan"
                        + " with a social worker, and the maternity record holds nothing that plan lacks.");
        put(
                why,
                "family-23",
                PRIMARY_CARE_GP,
                "Baby C's emergency attendance, whose letter the practice filed, has been"
                        + " with Children's Services since the immediate concern raised on 12 April; the practice sent its"
                        + " record to the strategy discussion the next day and has booked Child B's immunisations.");
        put(
                why,
                "family-23",
                ADULT_SUBSTANCE_MISUSE,
                "The key worker heard of Baby C's emergency attendance from the social"
                        + " worker after the immediate concern of 12 April and sent the strategy discussion Father's drinking"
                        + " record; Father remains in treatment.");
        put(
                why,
                "family-23",
                ADULT_MENTAL_HEALTH,
                "The care coordinator now knows of Baby C's emergency attendance, which"
                        + " Children's Services has held since 12 April, and Mother's missed appointments are now followed up by"
                        + " telephone the same day.");
        put(
                why,
                "family-23",
                EARLY_YEARS,
                "Child A attends and is well, the setting reports to each child in need"
                        + " review, and the DSL had no new worry about any of the children when the return was completed.");
        put(
                why,
                "family-23",
                POLICE,
                "Police took part in the strategy discussion on 13 April that followed the"
                        + " immediate concern about Baby C, and there has been no call to the address since December 2020.");
    }

    private static void put(Map<String, String> why, String caseId, String agencyId, String text) {
        if (why.putIfAbsent(caseId + "/" + agencyId, text) != null) {
            throw new IllegalStateException("a second reason for no action now for " + caseId + "/" + agencyId);
        }
    }
}
