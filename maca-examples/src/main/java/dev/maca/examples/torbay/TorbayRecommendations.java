package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.Recommendation;
import dev.maca.scope.SharedMeasures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The recommendations the Torbay panel put to the Business Group in May 2021, each SMART: an owner by role
 * (partnership work owned by the Business Manager or a subgroup, one agency's work by that agency's lead), a target
 * date, and a measure whose baseline is this audit's count of families, with the number to reach at re-audit.
 *
 * <p>Every action is Not started, because nothing had started when the Business Group received the report, and none
 * has yet been updated. An action carried out by one agency names it; partnership actions name none. Evidence of
 * impact is a count to be taken, not an event held.
 */
final class TorbayRecommendations {
    /** The partnership's Business Manager, who owns the partnership's own work and the re-audit. */
    static final String BUSINESS_MANAGER = "Partnership Business Manager";

    /** The chair of the subgroup that owns the partnership's procedures. */
    static final String POLICY_CHAIR = "Chair, Policy and Procedures Subgroup";

    /** The health economy's safeguarding lead for the services the CCG commissions. */
    static final String DESIGNATED_NURSE =
            "Designated Nurse for Safeguarding Children, NHS Devon Clinical Commissioning Group";

    private static final String CS_QUALITY = "Head of Service, Safeguarding and Quality Assurance, Children's Services";
    private static final String CS_SOCIAL_CARE = "Head of Service, Children's Social Care, Children's Services";
    private static final String NAMED_MIDWIFE = "Named Midwife for Safeguarding";
    private static final String NAMED_NURSE = "Named Nurse for Safeguarding Children, 0-19 Public Health Nursing";
    private static final String NAMED_GP = "Named GP for Safeguarding Children";
    private static final String SUBSTANCE_LEAD = "Safeguarding Lead, Adult Substance Misuse Service";
    private static final String MENTAL_HEALTH_LEAD = "Named Professional for Safeguarding, Adult Mental Health";
    private static final String POLICE_LEAD = "Detective Inspector, Public Protection Unit";

    private TorbayRecommendations() {}

    /** The recommendations to the Business Group, each with its actions. */
    static List<Recommendation> recommendations() {
        return List.of(
                men(),
                preBirth(),
                saferSleep(),
                escalation(),
                adultServices(),
                parentalMentalHealth(),
                childsVoice(),
                serviceDisruption(),
                reaudit());
    }

    private static Recommendation men() {
        return new Recommendation(
                "R1",
                "The partnership will seek assurance from each agency, through re-audit by April 2022, that every man"
                        + " in or around the household of an unborn baby or young child is identified, seen and"
                        + " checked, and that what is known about him reaches the assessment and the plan.",
                List.of(FATHERS_AND_MALES, PROFESSIONAL_CURIOSITY),
                BUSINESS_MANAGER,
                Optional.of(LocalDate.of(2022, 4, 30)),
                Optional.of(ImpactMeasure.ofSharedMeasure(SharedMeasures.MALES_CHECKED.id(), 13)),
                List.of(
                        agency(
                                "R1.1",
                                "Add a section on every man in or around the household (who he is, whether he was"
                                        + " seen, the checks made, his part as a risk or a protection) to the single"
                                        + " assessment and pre-birth assessment templates.",
                                CS_QUALITY,
                                CHILDRENS_SERVICES,
                                LocalDate.of(2021, 9, 30),
                                "Monthly dip sample of 10 assessments from October 2021: the section completed, and"
                                        + " the man seen, in at least 9 of 10."),
                        agency(
                                "R1.2",
                                "Record the baby's father and any partner at booking, whether he was seen, and ask"
                                        + " again at 28 weeks if he was not.",
                                NAMED_MIDWIFE,
                                MIDWIFERY,
                                LocalDate.of(2021, 10, 31),
                                "Maternity records audit of women with safeguarding concerns, January 2022: the"
                                        + " father's details and whether he was seen recorded in at least 9 of 10."),
                        agency(
                                "R1.3",
                                "Record every adult living in or staying at the home at the new birth visit, and"
                                        + " update it at each contact.",
                                NAMED_NURSE,
                                HEALTH_VISITING,
                                LocalDate.of(2021, 10, 31),
                                "Record audit of families on a plan, January 2022: the household's adults recorded"
                                        + " and current in at least 9 of 10."),
                        agency(
                                "R1.4",
                                "Send what officers learn of a new partner in a household with children to the"
                                        + " allocated worker, not only to the front door.",
                                POLICE_LEAD,
                                POLICE,
                                LocalDate.of(2021, 12, 31),
                                "Quarterly sample of notifications about open cases from January 2022: the"
                                        + " allocated worker had it within one working day in at least 9 of 10.")));
    }

    private static Recommendation preBirth() {
        return new Recommendation(
                "R2",
                "The Policy and Procedures Subgroup will revise the pre-birth protocol so that the risk to an unborn"
                        + " baby is assessed in its own right whenever an older child is open to services, with"
                        + " timescales for referral and assessment and a step that records an unborn baby's child"
                        + " protection plan on CP-IS.",
                List.of(UNBORN_SAFETY_PLANNING),
                POLICY_CHAIR,
                Optional.of(LocalDate.of(2021, 12, 31)),
                Optional.of(ImpactMeasure.ofSharedMeasure(SharedMeasures.UNBORN_RISK_ASSESSED_SEPARATELY.id(), 14)),
                List.of(
                        partnership(
                                "R2.1",
                                "Revise the protocol: a separate analysis of the unborn baby's risk within the older"
                                        + " child's assessment, referral as soon as the pregnancy is known, the"
                                        + " assessment complete before 30 weeks, and a birth plan with a contingency"
                                        + " for an early birth.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 11, 30),
                                "At re-audit, the unborn baby's risk assessed in its own right in at least 14 of 15"
                                        + " families (9 of 15 now)."),
                        agency(
                                "R2.2",
                                "Record every unborn baby's child protection plan on CP-IS, so that maternity and"
                                        + " emergency departments see it.",
                                CS_SOCIAL_CARE,
                                CHILDRENS_SERVICES,
                                LocalDate.of(2021, 12, 31),
                                "Monthly check from January 2022: every unborn baby on a child protection plan shows"
                                        + " on CP-IS."),
                        agency(
                                "R2.3",
                                "Tell the referrer the decision on a pre-birth referral on the day it is made.",
                                CS_SOCIAL_CARE,
                                CHILDRENS_SERVICES,
                                LocalDate.of(2021, 9, 30),
                                "Quarterly front door sample from October 2021: the referrer told of the decision"
                                        + " within one working day in at least 9 of 10 pre-birth referrals.")));
    }

    private static Recommendation saferSleep() {
        return new Recommendation(
                "R3",
                "Every pre-birth plan and birth plan for a baby at risk will cover safer sleep, coping with crying"
                        + " (ICON) and home safety, tailored to the parents' alcohol or drug use and given to both"
                        + " parents.",
                List.of(UNBORN_SAFETY_PLANNING),
                POLICY_CHAIR,
                Optional.of(LocalDate.of(2022, 1, 31)),
                Optional.of(ImpactMeasure.ofObjective(UNBORN_SAFETY_PLANNING, 14)),
                List.of(
                        partnership(
                                "R3.1",
                                "Add safer sleep, coping with crying and home safety to the pre-birth plan and birth"
                                        + " plan templates, with prompts on alcohol, drugs and sleeping with the baby.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 11, 30),
                                "At re-audit, every birth plan records safer sleep and coping-with-crying advice"
                                        + " given to both parents."),
                        partnership(
                                "R3.2",
                                "Give the ICON messages at the antenatal contact and the new birth visit, and record"
                                        + " both parents' understanding.",
                                DESIGNATED_NURSE,
                                LocalDate.of(2022, 1, 31),
                                "Maternity and health visiting record audits, March 2022: the conversation recorded"
                                        + " with both parents in at least 9 of 10.")));
    }

    private static Recommendation escalation() {
        return new Recommendation(
                "R4",
                "The partnership will log every escalation under the Professional Differences Policy (agency, stage"
                        + " reached, outcome and days to resolve), report the log to the Business Group each quarter,"
                        + " and test at re-audit that unease about a plan is raised, not only recorded.",
                List.of(PROFESSIONAL_DIFFERENCES),
                BUSINESS_MANAGER,
                Optional.of(LocalDate.of(2021, 12, 31)),
                Optional.of(ImpactMeasure.ofSharedMeasure(SharedMeasures.DISAGREEMENT_ESCALATED.id(), 7)),
                List.of(
                        partnership(
                                "R4.1",
                                "Set up the escalation log, with one address to notify each escalation, and report"
                                        + " it quarterly from October 2021.",
                                BUSINESS_MANAGER,
                                LocalDate.of(2021, 9, 30),
                                "Escalations logged each quarter by agency, stage and outcome, with days to resolve;"
                                        + " escalations logged from at least 6 of the 8 agencies within two quarters."),
                        partnership(
                                "R4.2",
                                "Revise the guide to the policy: a feeling that a plan is wrong is reason enough to"
                                        + " escalate, with the written template practitioners said helped.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 10, 31),
                                "At re-audit, unease about a plan raised with a manager or under the policy in every"
                                        + " family where it arises (4 of 8 now)."),
                        partnership(
                                "R4.3",
                                "Add to every agency's supervision template the question: is there a decision about"
                                        + " this family you are uneasy about?",
                                BUSINESS_MANAGER,
                                LocalDate.of(2021, 12, 31),
                                "Supervision record audit in two agencies, March 2022: the question asked and"
                                        + " answered in at least 8 of 10 records.")));
    }

    private static Recommendation adultServices() {
        return new Recommendation(
                "R5",
                "Adult substance misuse and adult mental health services will ask every service user whether they are"
                        + " expecting a baby or live with children, and share it with the GP, the midwife and"
                        + " children's social care, including when they close the case of a parent who has stopped"
                        + " attending; GPs will link a father's record to his child's.",
                List.of(FATHERS_AND_MALES, MATERNAL_MENTAL_HEALTH),
                POLICY_CHAIR,
                Optional.of(LocalDate.of(2022, 1, 31)),
                Optional.of(ImpactMeasure.ofSharedMeasure(SharedMeasures.FATHER_HISTORY_EXPLORED.id(), 13)),
                List.of(
                        agency(
                                "R5.1",
                                "Ask every service user at assessment and review whether they are an expectant"
                                        + " parent or live with or care for children, and tell maternity and the GP"
                                        + " of an expectant father.",
                                SUBSTANCE_LEAD,
                                ADULT_SUBSTANCE_MISUSE,
                                LocalDate.of(2021, 10, 31),
                                "Case file audit of 20 records, January 2022: the question answered in at least 18,"
                                        + " and every expectant father's details shared with maternity."),
                        agency(
                                "R5.2",
                                "Make the parenthood and pregnancy section of the assessment mandatory, including"
                                        + " when the assessment is by telephone.",
                                MENTAL_HEALTH_LEAD,
                                ADULT_MENTAL_HEALTH,
                                LocalDate.of(2021, 10, 31),
                                "Record audit of 20 assessments, January 2022: parenthood and pregnancy recorded in"
                                        + " at least 18."),
                        partnership(
                                "R5.3",
                                "Agree that the discharge of a parent after missed appointments is sent to the GP,"
                                        + " the health visitor and any allocated social worker.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 12, 31),
                                "At re-audit, every such discharge in the cohort reached the GP, the health visitor"
                                        + " and any social worker."),
                        agency(
                                "R5.4",
                                "Link the father's or partner's record to the child's, note an expectant father, and"
                                        + " share what the practice knows of his history when a pre-birth assessment"
                                        + " asks.",
                                NAMED_GP,
                                PRIMARY_CARE_GP,
                                LocalDate.of(2022, 1, 31),
                                "Audit in five practices, March 2022: the father's record linked to the child in at"
                                        + " least 8 of 10 families with a child on a plan.")));
    }

    private static Recommendation parentalMentalHealth() {
        return new Recommendation(
                "R6",
                "Every plan for a child whose parent has mental ill health will say what the illness means for the"
                        + " children day to day, with the view of the clinician treating the parent.",
                List.of(MATERNAL_MENTAL_HEALTH),
                DESIGNATED_NURSE,
                Optional.of(LocalDate.of(2022, 1, 31)),
                Optional.of(ImpactMeasure.ofObjective(MATERNAL_MENTAL_HEALTH, 14)),
                List.of(
                        agency(
                                "R6.1",
                                "Give a written view of parenting capacity and the signs of relapse to every child"
                                        + " protection conference and child in need review for a service user's"
                                        + " children.",
                                MENTAL_HEALTH_LEAD,
                                ADULT_MENTAL_HEALTH,
                                LocalDate.of(2021, 12, 31),
                                "At re-audit, the clinician's view in the plan in every family where adult mental"
                                        + " health is involved."),
                        partnership(
                                "R6.2",
                                "When a child is caring for an unwell parent, refer for a young carer's assessment"
                                        + " and name who cares for the children in the parent's relapse plan.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 11, 30),
                                "At re-audit, every relapse plan names who cares for the children without relying"
                                        + " on a child.")));
    }

    private static Recommendation childsVoice() {
        return new Recommendation(
                "R7",
                "Every agency working with a family will record what life is like for each child, seeing the child on"
                        + " their own where their age allows, and every plan will say how it used what the children"
                        + " said or showed.",
                List.of(PROFESSIONAL_CURIOSITY, UNBORN_SAFETY_PLANNING),
                BUSINESS_MANAGER,
                Optional.of(LocalDate.of(2022, 3, 31)),
                Optional.of(ImpactMeasure.ofSharedMeasure(SharedMeasures.CHILD_SEEN_AND_HEARD.id(), 15)),
                List.of(partnership(
                        "R7.1",
                        "Add 'What is life like for this child?', one answer per child, to the multi-agency plan"
                                + " template and ask each agency to add it to its own assessment.",
                        POLICY_CHAIR,
                        LocalDate.of(2021, 12, 31),
                        "At re-audit, the children seen and heard by an agency in 15 of 15 families (13 of 15 now),"
                                + " and each child's daily life described in the plan.")));
    }

    private static Recommendation serviceDisruption() {
        return new Recommendation(
                "R8",
                "The partnership will agree a service-disruption standard: which children must be seen in person when"
                        + " services are restricted (babies, children on a plan, children not seen elsewhere, families"
                        + " where there is domestic abuse), that a move to virtual contact is recorded with its reason"
                        + " and a manager's agreement, and that missed contacts are followed up and shared.",
                List.of(COVID_19_IMPACT, PROFESSIONAL_CURIOSITY),
                POLICY_CHAIR,
                Optional.of(LocalDate.of(2021, 10, 31)),
                Optional.of(ImpactMeasure.ofObjective(COVID_19_IMPACT, 12)),
                List.of(
                        partnership(
                                "R8.1",
                                "Write the standard with the eight agencies and put it to the Business Group.",
                                POLICY_CHAIR,
                                LocalDate.of(2021, 9, 30),
                                "At re-audit, a recorded reason and a manager's agreement for every virtual contact"
                                        + " with a child on a plan."),
                        partnership(
                                "R8.2",
                                "Report each quarter, by agency, the children on a child protection plan not seen in"
                                        + " person for more than four weeks, and why.",
                                BUSINESS_MANAGER,
                                LocalDate.of(2021, 12, 31),
                                "The quarterly count from January 2022, falling to none without a recorded"
                                        + " reason.")));
    }

    private static Recommendation reaudit() {
        return new Recommendation(
                "R9",
                "The partnership will re-audit 15 families on the same criteria and objectives in April 2022 and"
                        + " report each recommendation's measure against its baseline to the Business Group in May"
                        + " 2022 and in the safeguarding partners' yearly report.",
                List.of(
                        PROFESSIONAL_CURIOSITY,
                        FATHERS_AND_MALES,
                        UNBORN_SAFETY_PLANNING,
                        PROFESSIONAL_DIFFERENCES,
                        MATERNAL_MENTAL_HEALTH,
                        COVID_19_IMPACT),
                BUSINESS_MANAGER,
                Optional.of(LocalDate.of(2022, 5, 31)),
                Optional.of(ImpactMeasure.ofObjective(FATHERS_AND_MALES, 12)),
                List.of(
                        partnership(
                                "R9.1",
                                "Share the learning at the June learning event and in the 7-minute briefings, and"
                                        + " ask those who took part, three months later, what they have changed.",
                                BUSINESS_MANAGER,
                                LocalDate.of(2021, 9, 30),
                                "The number of practitioners, by agency, who report a change in their practice at the"
                                        + " three-month follow-up, reported in October 2021."),
                        partnership(
                                "R9.2",
                                "Agree the re-audit's scope, with this report's baselines and targets as its"
                                        + " measures, and each agency's auditor.",
                                BUSINESS_MANAGER,
                                LocalDate.of(2022, 1, 31),
                                "Scope agreed by the Business Group with every recommendation's baseline and"
                                        + " target."),
                        partnership(
                                "R9.3",
                                "Report the re-audit's count for each measure against its baseline and target.",
                                BUSINESS_MANAGER,
                                LocalDate.of(2022, 5, 31),
                                "For every measure, the re-audit's count of families against this audit's baseline and"
                                        + " target.")));
    }

    /** One agency's action, carried out by that agency and owned by its safeguarding lead. */
    private static Action agency(
            String ref, String text, String ownerRole, String agencyId, LocalDate target, String evidence) {
        return new Action(
                ref,
                text,
                ownerRole,
                Optional.of(agencyId),
                Optional.of(target),
                ActionStatus.NOT_STARTED,
                Optional.empty(),
                evidence);
    }

    /** A partnership action, owned by a role of the partnership and carried out by no single agency. */
    private static Action partnership(String ref, String text, String ownerRole, LocalDate target, String evidence) {
        return new Action(
                ref,
                text,
                ownerRole,
                Optional.empty(),
                Optional.of(target),
                ActionStatus.NOT_STARTED,
                Optional.empty(),
                evidence);
    }
}
