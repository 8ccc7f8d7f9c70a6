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
 * Why each return of Families 1 to 9 that raised nothing needed no action now, in the auditor's words: what the current
 * plan is, that the agency's part has ended and the record holds nothing new, or who already has the risk. Every return
 * that answers "No" says why, from what that agency knows of that family on the day the return was completed.
 */
final class ActionNowFamilies01To09 {
    private ActionNowFamilies01To09() {}

    static void write(Map<String, String> why) {
        family01(why);
        family02(why);
        family03(why);
        family05(why);
        family06(why);
        family08(why);
        family09(why);
    }

    private static void family01(Map<String, String> why) {
        put(
                why,
                "family-01",
                CHILDRENS_SERVICES,
                "Child A and Baby B are on a child in need plan that the social worker"
                        + " visits monthly; both were seen at home in March 2021, and there has been no police call-out since"
                        + " February 2020.");
        put(
                why,
                "family-01",
                MIDWIFERY,
                "Midwifery's part ended in September 2020, when Baby B was handed over to the"
                        + " health visitor, and the maternity record holds nothing the social worker was not sent at the time.");
        put(
                why,
                "family-01",
                HEALTH_VISITING,
                "The health visitor is part of the child in need plan and saw Baby B at"
                        + " home in March 2021; Mother's mood, asked about at that visit, was good.");
        put(
                why,
                "family-01",
                PRIMARY_CARE_GP,
                "Both children's records carry the child in need code, the practice sends"
                        + " a report to each review, and Mother's mood was reviewed in person in March 2021.");
        put(
                why,
                "family-01",
                ADULT_MENTAL_HEALTH,
                "Mother was discharged well in December 2020 with a relapse plan that"
                        + " names who looks after the children if she becomes unwell; her GP and the social worker have the"
                        + " discharge letter.");
        put(
                why,
                "family-01",
                EARLY_YEARS,
                "Child A still attends the setting, which reports to every child in need"
                        + " review; the DSL spoke to the social worker about Child A's progress in March and has no current"
                        + " worry.");
        put(
                why,
                "family-01",
                POLICE,
                "Nobody has called police to the address since February 2020, and a search of"
                        + " police systems on the day of the audit found no new incident or intelligence.");
    }

    private static void family02(Map<String, String> why) {
        put(
                why,
                "family-02",
                CHILDRENS_SERVICES,
                "Baby C is on a child protection plan with a core group every six"
                        + " weeks, where the written agreement about Father of Baby C is reviewed; both older children told"
                        + " the social worker in February that home was quieter.");
        put(
                why,
                "family-02",
                MIDWIFERY,
                "The maternity episode closed in December 2020. The child protection plan the"
                        + " midwife contributed to before the birth is held by the social worker and the health visitor.");
        put(
                why,
                "family-02",
                HEALTH_VISITING,
                "The health visitor sees Baby C at home every fortnight under the child"
                        + " protection plan and attends the core group, and Child B's speech and language therapy has begun.");
        put(
                why,
                "family-02",
                PRIMARY_CARE_GP,
                "Every child's record and both men's carry the child protection code, and"
                        + " the practice sent its report to the review conference in January 2021.");
        put(
                why,
                "family-02",
                ADULT_SUBSTANCE_MISUSE,
                "Father of Baby C is still in treatment. Since the conference the"
                        + " recovery worker asks about the children at every appointment and reports to each core group, and"
                        + " the lockable box for his take-home doses was seen in use at a home visit in March.");
        put(
                why,
                "family-02",
                EARLY_YEARS,
                "Child B's place and speech plan continue, the DSL attends the core group,"
                        + " and the key person's observations since January show nothing new.");
        put(
                why,
                "family-02",
                POLICE,
                "There has been no call to the address since October 2020, and the address"
                        + " carries a marker linked to Baby C's child protection plan.");
    }

    private static void family03(Map<String, String> why) {
        put(
                why,
                "family-03",
                CHILDRENS_SERVICES,
                "The children stay on a child in need plan, last reviewed in March 2021"
                        + " once Baby B's immunisations had started. The auditor gave the team manager the drift the return"
                        + " describes to take to the review in May.");
        put(
                why,
                "family-03",
                MIDWIFERY,
                "Midwifery's involvement ended in July 2020. The missing pre-birth referral is"
                        + " learning for the service, which the Named Midwife is taking to the maternity safeguarding team;"
                        + " the plan for the children is the social worker's.");
        put(
                why,
                "family-03",
                HEALTH_VISITING,
                "Baby B's immunisations are under way and the health visitor now sees both"
                        + " children at home each month; at the auditor's request the team leader has booked Child A's speech"
                        + " assessment for May.");
        put(
                why,
                "family-03",
                PRIMARY_CARE_GP,
                "Both children now carry the child in need code and Baby B's"
                        + " immunisations began in January 2021; recalls for Child A's outstanding immunisations now go to the"
                        + " health visitor as well as the family.");
        put(
                why,
                "family-03",
                ADULT_SUBSTANCE_MISUSE,
                "Both parents' use is stable. The auditor asked both key workers to"
                        + " check safe storage at home, which they did on 8 April, and told the social worker of the take-home"
                        + " doses.");
        put(
                why,
                "family-03",
                ADULT_MENTAL_HEALTH,
                "Mother finished treatment in September 2020 and was discharged to her"
                        + " GP; the auditor has sent the service's view of her parenting to the social worker for the next child"
                        + " in need review.");
    }

    private static void family05(Map<String, String> why) {
        put(
                why,
                "family-05",
                CHILDRENS_SERVICES,
                "The children are on a child in need plan with a review due in May, and"
                        + " the social worker saw all three at home in February 2021 with both parents; no other adult has been"
                        + " recorded at a visit since August 2020. The auditor passed the gap in Child A's support to the team"
                        + " manager for that review.");
        put(
                why,
                "family-05",
                MIDWIFERY,
                "Midwifery's care ended in November 2020. Mother's last postnatal contact"
                        + " recorded her mood improving under the perinatal team, which holds her care with her GP.");
        put(
                why,
                "family-05",
                HEALTH_VISITING,
                "At the three to four month contact, by telephone in February, Mother said her mood had lifted; it is"
                        + " followed with the perinatal team, and Child B is at nursery. The auditor asked the school nurse"
                        + " to chase Child A's young carers' referral.");
        put(
                why,
                "family-05",
                PRIMARY_CARE_GP,
                "Mother's treatment was reviewed in March 2021 and the perinatal team"
                        + " still sees her; all three children are coded and up to date with their immunisations.");
        put(
                why,
                "family-05",
                POLICE,
                "Police have had no call to the address since March 2020, and the auditor's check"
                        + " of police systems found no intelligence about the household since then.");
    }

    private static void family06(Map<String, String> why) {
        put(
                why,
                "family-06",
                CHILDRENS_SERVICES,
                "Child A and Baby B are on child protection plans, reviewed in January"
                        + " 2021, and the safety plan about Father's visits is checked at each fortnightly home visit.");
        put(
                why,
                "family-06",
                MIDWIFERY,
                "The maternity episode ended in January 2021. The midwife's escalation changed"
                        + " the plan at the time, and the protection plan is now held by the social worker and health visitor.");
        put(
                why,
                "family-06",
                HEALTH_VISITING,
                "The health visitor still weighs Baby B and sees both children at home"
                        + " every fortnight under the protection plan; Child A was settled at the April visit.");
        put(
                why,
                "family-06",
                PRIMARY_CARE_GP,
                "Both children carry the child protection code, Baby B's immunisations are"
                        + " on time, and the practice now receives the core group minutes, so it no longer misses the police"
                        + " information.");
        put(
                why,
                "family-06",
                POLICE,
                "There has been no incident at the address since May 2020, and the Public"
                        + " Protection Unit sends a report to each child protection review.");
    }

    private static void family08(Map<String, String> why) {
        put(
                why,
                "family-08",
                CHILDRENS_SERVICES,
                "The three children are on a child in need plan and were seen at home on"
                        + " 14 April; police have had no call to the address since November 2020. The auditor asked the team"
                        + " manager to have Mother's new partner seen and assessed before the review due in June.");
        put(
                why,
                "family-08",
                MIDWIFERY,
                "The maternity episode closed in May 2020, and Baby C is on the child in need"
                        + " plan held by Children's Services; the maternity record holds nothing about Mother's new partner that"
                        + " the police have not already shared with the social worker.");
        put(
                why,
                "family-08",
                HEALTH_VISITING,
                "The health visitor saw Baby C at home in March 2021. The auditor asked the"
                        + " team leader to add Mother's new partner to the household record and to tell the social worker that"
                        + " he lives there.");
        put(
                why,
                "family-08",
                PRIMARY_CARE_GP,
                "The children's records carry the child in need code. The auditor wrote to"
                        + " the practice where Mother's new partner is registered, so that it knows he lives with three"
                        + " children, one of them a baby.");
        put(
                why,
                "family-08",
                ADULT_SUBSTANCE_MISUSE,
                "The auditor checked with the allocated social worker on 19 April:"
                        + " the family is open to Children's Services on a child in need plan and visited every fortnight, and"
                        + " the auditor passed on what the service's record shows of his drinking and his relapse. He has not"
                        + " been in contact with the service since his discharge in December 2020, so nothing new is needed"
                        + " from it now.");
        put(
                why,
                "family-08",
                POLICE,
                "There has been no incident since November 2020. The auditor confirmed on 12 April that the"
                        + " address marker and Mother's new partner's history are on the police record and were shared with"
                        + " Children's Services in the ViSTs.");
    }

    private static void family09(Map<String, String> why) {
        put(
                why,
                "family-09",
                CHILDRENS_SERVICES,
                "The children are on a child in need plan; the safety plan for Father's"
                        + " visits, rewritten after the bruise in November 2020, was reviewed in March 2021, and Baby B is seen"
                        + " at every visit.");
        put(
                why,
                "family-09",
                MIDWIFERY,
                "Midwifery's care ended in August 2020. What the midwife noticed about Father's"
                        + " presence was taken up at the strategy discussion in November, and the plan now covers it.");
        put(
                why,
                "family-09",
                HEALTH_VISITING,
                "Baby B is well and seen at home each month, and the safety plan for"
                        + " Father's visits is gone through with Mother at every contact.");
        put(
                why,
                "family-09",
                PRIMARY_CARE_GP,
                "The paediatrician's report from November 2020 is coded on Baby B's record,"
                        + " Father's record is linked to the children's, and the practice reports to each review.");
        put(
                why,
                "family-09",
                ADULT_MENTAL_HEALTH,
                "Mother was discharged well in March 2021 with a relapse plan built"
                        + " around Baby B's care, sent to her GP and the social worker.");
        put(
                why,
                "family-09",
                EARLY_YEARS,
                "Child A attends nursery and the setting has been invited to the reviews since"
                        + " January 2021; the DSL sends the social worker the key person's notes each month.");
        put(
                why,
                "family-09",
                POLICE,
                "There has been no call to the address since October 2020. The November strategy"
                        + " discussion had the police account of Father at the address, and the safety plan now covers his"
                        + " visits.");
    }

    private static void put(Map<String, String> why, String caseId, String agencyId, String text) {
        if (why.putIfAbsent(caseId + "/" + agencyId, text) != null) {
            throw new IllegalStateException("a second reason for no action now for " + caseId + "/" + agencyId);
        }
    }
}
