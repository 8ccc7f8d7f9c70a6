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
import dev.maca.audit.ObjectiveFindings;
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
                        "Curiosity was often good, but where adversities were most complex, accounts were accepted rather than tested and risks were considered one at a time.",
                        List.of(
                                "In many cases practitioners explored the domestic abuse, substance misuse and mental ill health with parents, checked accounts with other agencies and described the children's daily lives.",
                                "In the cases of concern each agency recorded the adversities but no one pieced them together. Accounts of separation or reduced drinking were accepted unchecked, and new incidents were treated as single events, as in the Rapid Review."),
                        List.of(
                                "Police recorded drug and alcohol use at incidents and shared it through vulnerability screening.",
                                "Early years settings kept detailed chronologies of the older sibling."),
                        List.of(
                                "Test accounts of change with the agencies that would know.",
                                "Analyse cumulative risk rather than listing each adversity.")),
                new ObjectiveFindings(
                        FATHERS_AND_MALES,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Fathers and other men in the household were too often known about but not seen, checked or included.",
                        List.of(
                                "Where men were engaged, practice was strong: officers checked new partners' histories and considered Clare's Law, and in one family the police assessment of the father was the most complete of any agency's.",
                                "In many cases, however, what agencies knew about the men in the home came only from the mother. Men were not seen, their histories were not checked, and their role as a risk or a protection was not considered.",
                                "Covid-19 rules kept partners out of appointments in 2020, and few records show that gap filled later."),
                        List.of(
                                "Police checks on new partners, including Clare's Law.",
                                "Health visits arranged when fathers could attend."),
                        List.of(
                                "Identify every man in or around the household.",
                                "See fathers in their own right and check their history.",
                                "Share what is known about men, including with adult substance misuse services.")),
                new ObjectiveFindings(
                        UNBORN_SAFETY_PLANNING,
                        Optional.of(GOOD),
                        "The unborn baby was usually considered in its own right with a birth plan; where the focus stayed on an older sibling, its risk was assessed late or not at all.",
                        List.of(
                                "Midwifery was a real strength: midwives referred early, recorded the father's history and, in one family, escalated a delayed pre-birth assessment, which led to a birth plan before the baby arrived.",
                                "In a minority of cases the older sibling's assessment mentioned the pregnancy only in passing. In one family, known parental substance misuse did not lead to a referral."),
                        List.of(
                                "Early pre-birth referrals by midwives, and birth plans with contingencies.",
                                "Antenatal health visits that assessed the home."),
                        List.of(
                                "Make the unborn baby's risk a section of every older sibling's assessment.",
                                "Universal services should refer when substance misuse and pregnancy come together.")),
                new ObjectiveFindings(
                        PROFESSIONAL_DIFFERENCES,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Where the Professional Differences Policy was used it changed plans, but uneasy practitioners often recorded their concern and went no further.",
                        List.of(
                                "The panel found good challenge by a midwife, a health visitor, an early years setting and the police; each time, the plan for the children changed.",
                                "In a similar number of cases practitioners recorded disagreement but did not escalate, leaving risks unaddressed for months. Some were unsure how to use the policy or feared it would seem a complaint."),
                        List.of(
                                "Prompt, written, child-focused escalations recorded by both agencies.",
                                "Managers who supported challenge."),
                        List.of(
                                "Raise awareness of the policy, especially in universal services.",
                                "Ask in supervision about decisions the practitioner is uneasy about.")),
                new ObjectiveFindings(
                        MATERNAL_MENTAL_HEALTH,
                        Optional.of(GOOD),
                        "Mothers' mental health was generally asked about and its effect on parenting understood; the weakest practice recorded symptoms without analysing what they meant for the children.",
                        List.of(
                                "Mood was asked about at most midwifery and health visiting contacts and perinatal referrals were timely; at best, adult mental health gave a clinical view of parenting capacity for the pre-birth plan.",
                                "In a minority of cases the diagnosis and medication were recorded but their impact on the children was not analysed, and adult mental health records did not always show a pregnancy or young children."),
                        List.of(
                                "Whooley questions at booking and wellbeing asked at every contact.",
                                "Joint work between adult mental health and the perinatal team."),
                        List.of(
                                "Analyse what the mother's illness means for the children day to day.",
                                "Record parenthood and pregnancy in adult mental health care plans.")),
                new ObjectiveFindings(
                        COVID_19_IMPACT,
                        Optional.of(REQUIRES_IMPROVEMENT),
                        "Services kept in touch with families through 2020, but virtual contact reduced sight of the children and of the men in the household.",
                        List.of(
                                "Most agencies moved to telephone or video in the first lockdown, then to a mix. Police and some health visitors kept visiting where risk was high, and early years settings kept places for vulnerable children.",
                                "Where contact was virtual only, records describe talks with the mother, not what was seen of the children or home. Missed appointments were not always followed up, and lockdown pressures rarely reached risk assessments."),
                        List.of(
                                "Face-to-face visits kept where risk required it.",
                                "Early years places for vulnerable children during closures."),
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
                                        ActionStatus.NOT_STARTED,
                                        "A dip sample of assessments shows the section completed, with the father"
                                                + " seen, in the large majority of cases."),
                                action(
                                        "R1.2",
                                        "Record the baby's father's identity, history and involvement at booking and"
                                                + " review it at the antenatal contact, including when partners could"
                                                + " not attend in 2020.",
                                        MIDWIFERY,
                                        LocalDate.of(2021, 10, 31),
                                        ActionStatus.NOT_STARTED,
                                        "A maternity records audit shows the father's details recorded at booking"
                                                + " for women with safeguarding concerns."),
                                action(
                                        "R1.3",
                                        "Ask every service user whether they are an expectant father and share it"
                                                + " with midwifery and Children's Services.",
                                        ADULT_SUBSTANCE_MISUSE,
                                        LocalDate.of(2021, 12, 31),
                                        ActionStatus.NOT_STARTED,
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
                                        ActionStatus.NOT_STARTED,
                                        "Re-audit of pre-birth cases shows the analysis and the contingency present."),
                                action(
                                        "R2.2",
                                        "Brief GPs and health visitors on referring when parental substance misuse"
                                                + " and a pregnancy come together.",
                                        PRIMARY_CARE_GP,
                                        LocalDate.of(2021, 12, 31),
                                        ActionStatus.NOT_STARTED,
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
                                        ActionStatus.NOT_STARTED,
                                        "The guide is in use by all eight agencies; training evaluations show"
                                                + " practitioners know how to escalate."),
                                action(
                                        "R3.2",
                                        "Add a supervision prompt asking whether there is a decision the"
                                                + " practitioner is uneasy about.",
                                        CHILDRENS_SERVICES,
                                        LocalDate.of(2021, 10, 31),
                                        ActionStatus.NOT_STARTED,
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
                                ActionStatus.NOT_STARTED,
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
                                        ActionStatus.NOT_STARTED,
                                        "Guidance agreed by the Business Group and used by all agencies."),
                                action(
                                        "R5.2",
                                        "Deliver the learning from this audit at the Best Practice Seminar and"
                                                + " through six 7-minute briefings.",
                                        MIDWIFERY,
                                        LocalDate.of(2021, 6, 30),
                                        ActionStatus.NOT_STARTED,
                                        "Seminar attendance from every agency; briefings discussed in team meetings,"
                                                + " with feedback collected three months later."))));
    }

    private static Action action(
            String ref, String text, String owner, LocalDate target, ActionStatus status, String evidenceOfImpact) {
        return new Action(
                ref,
                text,
                "Safeguarding lead, " + owner,
                Optional.of(owner),
                Optional.of(target),
                status,
                Optional.empty(),
                evidenceOfImpact);
    }
}
