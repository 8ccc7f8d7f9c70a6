package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.audit.ObjectiveFindings;
import java.util.List;
import java.util.Optional;

/**
 * What the Torbay multi-agency panel found for each objective, written from the panel's own grades of the fifteen
 * families ({@link TorbayPanel}): how many families it graded at each grade, the two or three family-level facts
 * behind them, and the good practice and areas for development its reviews name.
 *
 * <p>No objective carries a single grade of its own: the report shows the families' grades, and the counts here are
 * the panel's (checked against the analysis by {@code TorbayFindingsTest}). Covid-19 is described as an impact, and
 * only the practice response to it is graded. Nothing is drawn from the Rapid Review beyond the themes the scope
 * names.
 */
final class TorbayFindings {
    private TorbayFindings() {}

    /** The panel's findings, one per objective, in the scope's order. */
    static List<ObjectiveFindings> findings() {
        return List.of(
                findings(
                        PROFESSIONAL_CURIOSITY,
                        "Each agency was curious, but in 7 of the 15 families no one pieced the adversities together"
                                + " or tested parents' accounts.",
                        List.of(
                                "The panel graded 8 of the 15 families Good, 5 Requires improvement and 2"
                                        + " Inadequate. An agency asked the mother about domestic abuse on her own in 9"
                                        + " of the 15 families.",
                                "In 5 families each agency held part of the picture (repeat police call-outs, a"
                                        + " partner's drinking, missed health appointments, a child caring for a"
                                        + " parent) and no one put it together. In 2 more, a father's word that he had"
                                        + " stopped using, or an injury after missed appointments, went unchecked."),
                        List.of("Domestic abuse enquiry with the mother alone; nursery chronologies of lateness."),
                        List.of("Join up what agencies know and test parents' accounts before judging risk.")),
                findings(
                        FATHERS_AND_MALES,
                        "In 6 of the 15 families the men in the household were seen, checked and planned for; in 9"
                                + " they were known about but not assessed well enough.",
                        List.of(
                                "The panel graded 6 of the 15 families Good, 6 Requires improvement and 3"
                                        + " Inadequate.",
                                "An agency's record shows the baby's father or the mother's partner seen and"
                                        + " included in 8 families. In 4, a new partner or another man lived or stayed"
                                        + " in the home and no agency assessed him. In 4, the service treating a"
                                        + " father's or partner's drinking or drug use told no one he was an expectant"
                                        + " father or lived with children, or that it had closed his case."),
                        List.of("Prompt police checks and Clare's Law disclosures on new partners; fathers seen alone"
                                + " too."),
                        List.of(
                                "Identify, see and check every man in or around the household.",
                                "Adult services to share that a service user is an expectant father.")),
                findings(
                        UNBORN_SAFETY_PLANNING,
                        "In 10 of the 15 families the unborn baby had its own assessment and birth plan; in 3 it"
                                + " had neither.",
                        List.of(
                                "The panel graded 10 of the 15 families Good, 2 Requires improvement and 3"
                                        + " Inadequate.",
                                "In the 3 graded Inadequate there was no pre-birth assessment and no safeguarding"
                                        + " birth plan, and in one of them no agency referred, although three agencies"
                                        + " knew of drug use in the home; that family was referred during the audit and now"
                                        + " has a plan. In the 2 graded Requires improvement, a closed referral cost"
                                        + " four months, and a plan left out the man living in the home."),
                        List.of("Midwives' early referrals and escalation; birth plans on the labour ward."),
                        List.of("A pre-birth assessment once a pregnancy is known in a family open to services, and a"
                                + " referral from any agency knowing of drug use where a baby is due.")),
                findings(
                        PROFESSIONAL_DIFFERENCES,
                        "In 8 of the 15 families a professional was uneasy about a plan: 4 escalated and the plan"
                                + " changed; 4 did not.",
                        List.of(
                                "The panel graded 1 of the 15 families Outstanding, 3 Good, 3 Requires improvement"
                                        + " and 1 Inadequate, and found no disagreement to grade in the other 7.",
                                "A midwife, a health visitor, a nursery and a police sergeant challenged in writing,"
                                        + " and each time the plan changed. In each of the 4 families where unease went"
                                        + " no further, the health visitor had recorded it. Three of the 4 who"
                                        + " escalated told the panel a manager's support or the policy's template made"
                                        + " it possible."),
                        List.of(
                                "Written, child-focused challenge, answered within the policy's timescales.",
                                "Named professionals backing a challenge in writing."),
                        List.of("Raise unease about a plan with a manager, not only in the record: the policy"
                                + " covers it.")),
                findings(
                        MATERNAL_MENTAL_HEALTH,
                        "Mothers' mental ill health was treated, but in 5 of the 15 families what it meant for the"
                                + " children was missed or not acted on.",
                        List.of(
                                "The panel graded 1 of the 15 families Outstanding, 9 Good, 4 Requires improvement"
                                        + " and 1 Inadequate. An agency referred the mother to, or worked with, the"
                                        + " perinatal mental health team in 12 families.",
                                "In 3 of the 5 families below Good, no agency considered what the mother's illness"
                                        + " meant for her care of the children. In 1, an older child's caring for a"
                                        + " younger one was recorded and not relieved; in 1, adult mental health did"
                                        + " not record that she had children."),
                        List.of(
                                "Whooley questions and mood asked at every health contact; a clinician's view of parenting at"
                                        + " conference."),
                        List.of(
                                "Say what the mother's illness means for the children day to day; adult mental health to"
                                        + " record parenthood and share a discharge.")),
                findings(
                        COVID_19_IMPACT,
                        "Lockdowns moved parents' services to telephone and video; in 7 of the 15 families, practice"
                                + " still kept the children in sight.",
                        List.of(
                                "In 10 of the 15 families the GP or the adult services treating the parents worked"
                                        + " mostly by telephone or video, and in 5 a parent's mood, anxiety, drinking"
                                        + " or isolation worsened in the lockdowns.",
                                "The panel graded the practice response, not the impact: 1 of the 15 families"
                                        + " Outstanding, 6 Good, 5 Requires improvement and 3 Inadequate. Where it was Good, a service"
                                        + " kept seeing the children in person. In 3 families a child was seen only on"
                                        + " video, or by no professional, for months."),
                        List.of(
                                "Recorded, risk-based decisions to keep visiting in person.",
                                "Nursery places kept open for children the plan needed seen."),
                        List.of("Record why contact is virtual, with a manager's agreement, and what was seen of the"
                                + " child; follow up missed contacts.")));
    }

    private static ObjectiveFindings findings(
            String objectiveId,
            String keyMessage,
            List<String> narrative,
            List<String> goodPractice,
            List<String> areasForDevelopment) {
        return new ObjectiveFindings(
                objectiveId, Optional.empty(), keyMessage, narrative, goodPractice, areasForDevelopment);
    }
}
