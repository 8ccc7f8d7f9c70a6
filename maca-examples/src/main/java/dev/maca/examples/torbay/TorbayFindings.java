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
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.RagStatus;
import dev.maca.audit.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the Torbay multi-agency panel found for each objective, and the recommendations and SMART action plan it put to
 * the Business Group.
 *
 * <p>The findings are written to agree with the synthetic returns (see {@link TorbayPractice}): they speak of "most
 * cases" or "a minority of cases" and leave the figures to the analysis, which computes them from the returns.
 */
final class TorbayFindings {
    private static final String REQUIRES_IMPROVEMENT = "requires-improvement";
    private static final String GOOD = "good";

    private TorbayFindings() {}

    /** The panel's findings, one per objective, in the scope's order. */
    static List<ObjectiveFindings> findings() {
        return List.of(
                new ObjectiveFindings(
                        PROFESSIONAL_CURIOSITY,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Curiosity was good in many cases, but where adversities were most complex, accounts were"
                                + " accepted rather than tested and risks were considered one at a time.",
                        List.of(
                                "In many cases practitioners knew about the domestic abuse, substance misuse and"
                                        + " mental ill health in the family and explored them with the parents."
                                        + " Where practice was good, accounts were checked with other agencies and"
                                        + " assessments described what daily life was like for the children.",
                                "In the cases of concern the adversities were recorded by each agency but not pieced"
                                        + " together. Parents' accounts of separation or of reduced drinking were"
                                        + " accepted without being checked, and new incidents were responded to as"
                                        + " single events rather than as part of a pattern. This mirrors the Rapid"
                                        + " Review's finding that each agency held part of the picture."),
                        List.of(
                                "Police officers consistently recorded drug and alcohol use at incidents and passed it"
                                        + " on through vulnerability screening.",
                                "Early years settings kept detailed chronologies that captured changes in the older"
                                        + " sibling's presentation."),
                        List.of(
                                "Test accounts of change with the agencies that would know, before relying on them.",
                                "Analyse cumulative risk in assessments, rather than listing each adversity.")),
                new ObjectiveFindings(
                        FATHERS_AND_MALES,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Fathers and other men in the household were too often known about but not seen, checked or"
                                + " included.",
                        List.of(
                                "Where men were engaged, practice was strong: officers checked the history of new"
                                        + " partners, considered Clare's Law disclosures, and in one family the police"
                                        + " assessment of the father was the most complete of any agency's.",
                                "In many cases, however, what agencies knew about the birth father, a new partner or"
                                        + " another man staying in the home came only from the mother. Men were not"
                                        + " seen, their histories were not checked, and their role as a risk or a"
                                        + " protective factor was not considered. Agencies' judgements of the same"
                                        + " family sometimes differed widely on this objective, which itself shows how"
                                        + " unevenly information about men was held and shared.",
                                "Covid-19 rules that kept partners out of appointments and scans in 2020 removed men"
                                        + " further from view, and few records show that gap being filled later."),
                        List.of(
                                "Police checks on new partners and consideration of Clare's Law.",
                                "Health visitors who arranged contacts at times fathers could attend."),
                        List.of(
                                "Identify every man in or around the household and record who he is.",
                                "See and assess fathers in their own right; check their history with the police and"
                                        + " adult services.",
                                "Share what is known about men across agencies, including with adult substance"
                                        + " misuse services when a service user is an expectant father.")),
                new ObjectiveFindings(
                        UNBORN_SAFETY_PLANNING,
                        Optional.of(GOOD),
                        "In most cases the unborn baby was considered in its own right with a birth plan in place; where"
                                + " the focus stayed on the older sibling, the baby's risk was assessed late or not at"
                                + " all.",
                        List.of(
                                "Midwifery practice was a real strength. Midwives referred early, recorded the"
                                        + " father's details and history, and in one family escalated under the"
                                        + " Professional Differences Policy when a pre-birth assessment had not"
                                        + " started, which led to a strategy discussion and a birth plan before the"
                                        + " baby arrived.",
                                "In a minority of cases the older sibling's assessment referred to the pregnancy only"
                                        + " in passing. In one family no agency referred to Children's Services at"
                                        + " all, although both men in the home were in treatment for opiate use, and"
                                        + " the risk to the unborn baby was never assessed."),
                        List.of(
                                "Early pre-birth referrals by midwives, and safeguarding birth plans with"
                                        + " contingencies for an early birth.",
                                "Health visitors' antenatal contacts that assessed the home before the birth."),
                        List.of(
                                "Make the unborn baby's risk an explicit section of every assessment of an older"
                                        + " sibling.",
                                "Universal services should refer when parental substance misuse and a pregnancy come"
                                        + " together, not wait for another agency to do so.")),
                new ObjectiveFindings(
                        PROFESSIONAL_DIFFERENCES,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Where the Professional Differences Policy was used it changed plans for children, but"
                                + " practitioners who were uneasy about a decision often recorded it and went no"
                                + " further.",
                        List.of(
                                "The panel found good examples of challenge: a midwife's escalation of a delayed"
                                        + " pre-birth assessment, a health visitor's challenge to a step-down, an early"
                                        + " years setting's challenge to a referral that was not accepted, and a"
                                        + " police challenge after a vulnerability screening was closed. In each, the"
                                        + " plan for the children changed.",
                                "In a similar number of cases, practitioners recorded that they disagreed with a"
                                        + " decision but did not raise it with a manager or use the policy. In the"
                                        + " cases of concern this left risks unaddressed for months. Several"
                                        + " practitioners told the panel they were unsure how to use the policy or"
                                        + " felt it would be seen as a complaint."),
                        List.of(
                                "Escalations that were prompt, written, child-focused and recorded by both agencies.",
                                "Managers who supported practitioners to challenge."),
                        List.of(
                                "Raise awareness of the policy across all agencies, especially in universal services.",
                                "Ask in supervision whether there is a decision the practitioner is uneasy about.")),
                new ObjectiveFindings(
                        MATERNAL_MENTAL_HEALTH,
                        Optional.of(GOOD),
                        "Professionals generally asked about mothers' mental health and understood its effect on"
                                + " parenting; the weakest practice recorded symptoms without analysing what they"
                                + " meant for the children.",
                        List.of(
                                "Mood was asked about at most midwifery and health visiting contacts, and referrals"
                                        + " to the perinatal mental health team were timely. Where adult mental health"
                                        + " services were involved, their best work contributed a clinical view of"
                                        + " parenting capacity to the pre-birth plan.",
                                "In a minority of cases the mother's diagnosis and medication were recorded in detail"
                                        + " while the impact on the children was not analysed, and adult mental health"
                                        + " records did not always show that the service user was pregnant or"
                                        + " caring for young children."),
                        List.of(
                                "Whooley questions at booking and emotional wellbeing asked at every contact.",
                                "Joint work between adult mental health and the perinatal team."),
                        List.of(
                                "Analyse what a mother's mental ill health means for her care of the children day to"
                                        + " day.",
                                "Record parenthood and pregnancy in adult mental health care plans and risk"
                                        + " assessments.")),
                new ObjectiveFindings(
                        COVID_19_IMPACT,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Services kept in touch with families through 2020, but virtual contact reduced sight of the"
                                + " children and of the men in the household.",
                        List.of(
                                "Most agencies moved to telephone or video contact during the first lockdown and to a"
                                        + " mix of virtual and face-to-face contact later in the year. Police and some"
                                        + " health visitors kept visiting in person where risk was high, and early"
                                        + " years settings offered places to children identified as vulnerable.",
                                "Where contact was virtual only, records describe conversations with the mother"
                                        + " rather than what was seen of the children or the home. Missed appointments"
                                        + " were not always followed up, and the increased pressures of lockdown"
                                        + " (isolation, drinking, domestic abuse) were not always reflected in risk"
                                        + " assessments."),
                        List.of(
                                "Face-to-face visits kept for families where the risk required it.",
                                "Early years settings' offer of places to vulnerable children during closures."),
                        List.of(
                                "Record why contact is virtual and what was seen of the child.",
                                "Follow up missed appointments and share disengagement with other agencies.")));
    }

    /** The recommendations to the Business Group, each with its SMART actions. */
    static List<Recommendation> recommendations() {
        return List.of(
                new Recommendation(
                        "R1",
                        "All agencies should identify, engage and assess birth fathers and other males in the household"
                                + " as part of every assessment of a child or unborn baby.",
                        List.of(FATHERS_AND_MALES, PROFESSIONAL_CURIOSITY),
                        List.of(
                                action(
                                        "R1.1",
                                        "Add a mandatory section on fathers and males in the household to the"
                                                + " Children's Services single assessment template.",
                                        CHILDRENS_SERVICES,
                                        LocalDate.of(2021, 9, 30),
                                        RagStatus.GREEN,
                                        "A dip sample of assessments shows the section completed, with the father"
                                                + " seen, in the large majority of cases."),
                                action(
                                        "R1.2",
                                        "Record the baby's father's identity, history and involvement at booking and"
                                                + " review it at the antenatal contact, including when partners could"
                                                + " not attend in 2020.",
                                        MIDWIFERY,
                                        LocalDate.of(2021, 10, 31),
                                        RagStatus.AMBER,
                                        "A maternity records audit shows the father's details recorded at booking"
                                                + " for women with safeguarding concerns."),
                                action(
                                        "R1.3",
                                        "Ask every service user whether they are an expectant father and share it"
                                                + " with midwifery and Children's Services.",
                                        ADULT_SUBSTANCE_MISUSE,
                                        LocalDate.of(2021, 12, 31),
                                        RagStatus.AMBER,
                                        "Case file audit shows the parent/children questions completed and"
                                                + " expectant fathers' details shared."))),
                new Recommendation(
                        "R2",
                        "The partnership should refresh and re-launch the pre-birth protocol so that risk to an unborn"
                                + " baby is assessed in its own right, early, whenever an older sibling is the focus of"
                                + " work.",
                        List.of(UNBORN_SAFETY_PLANNING),
                        List.of(
                                action(
                                        "R2.1",
                                        "Revise the pre-birth protocol to require a separate analysis of risk to the"
                                                + " unborn baby within the older sibling's assessment, and a birth plan"
                                                + " with a contingency for an early birth.",
                                        CHILDRENS_SERVICES,
                                        LocalDate.of(2021, 11, 30),
                                        RagStatus.GREEN,
                                        "Re-audit of pre-birth cases shows the analysis and the contingency present."),
                                action(
                                        "R2.2",
                                        "Brief GPs and health visitors on referring when parental substance misuse"
                                                + " and a pregnancy come together.",
                                        PRIMARY_CARE_GP,
                                        LocalDate.of(2021, 12, 31),
                                        RagStatus.AMBER,
                                        "Pre-birth referrals from primary care and health visiting rise over the"
                                                + " following two quarters."))),
                new Recommendation(
                        "R3",
                        "All agencies should promote the Professional Differences Policy so that practitioners know"
                                + " how and when to escalate, and managers ask about disagreements in supervision.",
                        List.of(PROFESSIONAL_DIFFERENCES),
                        List.of(
                                action(
                                        "R3.1",
                                        "Publish a one-page guide to the Professional Differences Policy and include"
                                                + " it in every agency's safeguarding training.",
                                        HEALTH_VISITING,
                                        LocalDate.of(2021, 9, 30),
                                        RagStatus.GREEN,
                                        "The guide is in use by all eight agencies; training evaluations show"
                                                + " practitioners know how to escalate."),
                                action(
                                        "R3.2",
                                        "Add a supervision prompt asking whether there is a decision the"
                                                + " practitioner is uneasy about.",
                                        CHILDRENS_SERVICES,
                                        LocalDate.of(2021, 10, 31),
                                        RagStatus.GREEN,
                                        "Escalations recorded under the policy are monitored quarterly by the"
                                                + " Business Group."))),
                new Recommendation(
                        "R4",
                        "Adult services should record parenthood and pregnancy and consider the impact of a parent's"
                                + " mental ill health on the children in every care plan and risk assessment.",
                        List.of(MATERNAL_MENTAL_HEALTH),
                        List.of(action(
                                "R4.1",
                                "Add parenthood, pregnancy and the impact on children to the care plan and risk"
                                        + " assessment templates, and audit their use.",
                                ADULT_MENTAL_HEALTH,
                                LocalDate.of(2022, 1, 31),
                                RagStatus.RED,
                                "An audit of care plans for service users who are parents shows the children"
                                        + " and their needs recorded."))),
                new Recommendation(
                        "R5",
                        "Agencies should set out when children must be seen face to face when services are restricted,"
                                + " and follow up missed contacts.",
                        List.of(COVID_19_IMPACT, PROFESSIONAL_CURIOSITY),
                        List.of(
                                action(
                                        "R5.1",
                                        "Agree partnership guidance on prioritising face-to-face contact for babies,"
                                                + " children not seen elsewhere and families with domestic abuse.",
                                        POLICE,
                                        LocalDate.of(2021, 8, 31),
                                        RagStatus.AMBER,
                                        "Guidance agreed by the Business Group and used by all agencies."),
                                action(
                                        "R5.2",
                                        "Deliver the learning from this audit at the Best Practice Seminar and"
                                                + " through six 7-minute briefings.",
                                        MIDWIFERY,
                                        LocalDate.of(2021, 6, 30),
                                        RagStatus.GREEN,
                                        "Seminar attendance from every agency; briefings discussed in team meetings,"
                                                + " with feedback collected three months later."))));
    }

    private static Action action(
            String ref, String text, String owner, LocalDate target, RagStatus status, String evidenceOfImpact) {
        return new Action(ref, text, Optional.of(owner), Optional.of(target), status, evidenceOfImpact);
    }
}
