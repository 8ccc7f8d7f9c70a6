package dev.maca.examples.torbay;

import dev.maca.audit.ReviewLearning;
import dev.maca.scope.PreviousReview;
import java.util.List;

/**
 * The previous audit and reviews whose learning the Torbay audit tests, answering the second and third purposes of the
 * scope ("how well the learning from previous MACAs, recent SCRs/CSPRs has been embedded" and "the impact of that
 * learning"), and what the panel found of each.
 *
 * <p>The scope names no review, so the example uses what a partnership would have had in front of it in spring 2021:
 * an earlier audit of its own and three national reviews, each published before the audit. The earlier Torbay audit is
 * the example's invention and is called only "the previous multi-agency case audit", so that it cannot be mistaken for
 * a real one; no local serious case review is named. What was found is counted from the panel's grades and the
 * records, in families.
 */
final class TorbayReviews {
    /** The partnership's own previous audit (invented for the example). */
    static final String PREVIOUS_MACA = "Previous TSCP MACA (2019)";

    /** The joint targeted area inspections' report on children living with domestic abuse. */
    static final String JTAI = "JTAI domestic abuse (2017)";

    /** The last triennial analysis of serious case reviews. */
    static final String TRIENNIAL = "Triennial analysis of SCRs (2020)";

    /** The Child Safeguarding Practice Review Panel's review of sudden unexpected death in infancy. */
    static final String OUT_OF_ROUTINE = "CSPR Panel: Out of routine (2020)";

    private TorbayReviews() {}

    /** The reviews, as the scope names them, oldest first. */
    static List<PreviousReview> previousReviews() {
        return List.of(
                new PreviousReview(
                        JTAI,
                        "The multi-agency response to children living with domestic abuse: prevent, protect and repair"
                                + " (Ofsted, CQC, HMICFRS and HMI Probation, September 2017)",
                        2017,
                        List.of(
                                "Look at the man who harms, not only at the adult victim.",
                                "Respond to the pattern of abuse, not only to each incident.",
                                "Hear what living with domestic abuse is like for the children.")),
                new PreviousReview(
                        PREVIOUS_MACA,
                        "The partnership's previous multi-agency case audit: domestic abuse in families with children"
                                + " under five",
                        2019,
                        List.of(
                                "Ask about domestic abuse with the mother on her own at every antenatal contact.",
                                "Police information about domestic abuse should reach the worker who holds the case.",
                                "Include the father or partner in the assessment and the plan.")),
                new PreviousReview(
                        TRIENNIAL,
                        "Complexity and challenge: a triennial analysis of serious case reviews 2014-2017 (Department for"
                                + " Education, March 2020)",
                        2020,
                        List.of(
                                "Babies under one are the largest group harmed: assess and plan before the birth.",
                                "Analyse domestic abuse, substance misuse and parental mental ill health together.",
                                "Men in the household are too often unseen: identify and assess them.")),
                new PreviousReview(
                        OUT_OF_ROUTINE,
                        "Out of routine: a review of sudden unexpected death in infancy (SUDI) in families where the"
                                + " children are considered at risk of significant harm (Child Safeguarding Practice"
                                + " Review Panel, July 2020)",
                        2020,
                        List.of(
                                "Tailor safer sleep advice to the family, including alcohol and drug use.",
                                "Build safer sleep into the plans for babies at risk, with both parents.")));
    }

    /** What the panel found of each review's learning: how far it is embedded, and its impact. */
    static List<ReviewLearning> learning() {
        return List.of(
                new ReviewLearning(
                        JTAI,
                        "Not yet embedded. The panel graded practice with the men in the household below Good in 9 of"
                                + " the 15 families, and in 2 families with repeated police call-outs each incident was"
                                + " handled on its own. The children's experience was better heard: an agency saw the"
                                + " children and recorded what they said or showed in 13 of the 15 families.",
                        "Where police checked a new partner, a Clare's Law disclosure followed in 2 families, but in"
                                + " one of them no other agency used what police found and the plan did not change"
                                + " until the panel raised an immediate concern."),
                new ReviewLearning(
                        PREVIOUS_MACA,
                        "Partly embedded. An agency asked the mother about domestic abuse on her own in 9 of the 15"
                                + " families, and partly in 5 more. A father or partner was seen and included in 8. In 2"
                                + " families social workers told the panel that police notifications went to the front"
                                + " door, not to the allocated worker, or were read as 'known to police'.",
                        "Where the question was asked alone, it led to disclosure and earlier planning: in one family"
                                + " a disclosure at booking gave five months to plan before the birth. The panel could"
                                + " not show that the other two messages have yet changed outcomes."),
                new ReviewLearning(
                        TRIENNIAL,
                        "Partly embedded. Pre-birth planning met the standard in 10 of the 15 families. But in 5"
                                + " families agencies recorded domestic abuse, substance misuse and mental ill health"
                                + " separately and no one analysed them together, and the men in the household were"
                                + " assessed below Good in 9.",
                        "Where pre-birth planning started early, the baby was born with a plan every agency knew. The 3"
                                + " babies who went home with no plan were all in families where agencies knew of"
                                + " parental drinking or drug use."),
                new ReviewLearning(
                        OUT_OF_ROUTINE,
                        "Embedded after the birth, not before it. Published in July 2020, halfway through the year"
                                + " audited. Safer sleep advice or the baby's sleeping place was recorded after the"
                                + " birth in 8 of the 15 families, and in 2 where the parents drank the advice"
                                + " addressed the drinking; the panel found no pre-birth plan or birth plan that covered"
                                + " safer sleep.",
                        "Not yet shown. In one family a baby who sometimes slept in the parents' bed, with parents who"
                                + " drink, was known to health visiting, and safer sleep reached the family's safety"
                                + " plan only after the audit raised an immediate concern."));
    }
}
