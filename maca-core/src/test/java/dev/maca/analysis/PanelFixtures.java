package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHALLENGE;
import static dev.maca.analysis.AnalysisFixtures.CONTEXT;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.OUTSTANDING;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.RI;

import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.returns.ActionNow;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.SharedMeasures;
import dev.maca.spi.Question;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four-families audit ({@link AnalysisFixtures#fourFamilies()}) with the panel's record added: reviews, shared
 * measures on some questions, immediate concerns and two returns that say something needs action now. The returns'
 * answers and the agencies' own grades are those of the four-families table.
 *
 * <h2>Panel reviews (in this order)</h2>
 *
 * <pre>
 * review  fathers               challenge    context
 * f1      requires-improvement  req-impr.    good
 * f2      requires-improvement  good         not-applicable
 * f3      "excellent" (off the  inadequate   -
 *         Ofsted scale)
 * f9      good                  (ignored: f9 is not in the cohort)
 * f2      outstanding           (ignored: a second review of f2)
 * f4 has no review.
 * </pre>
 *
 * <h2>Agencies' own grades (from the four-families table) against the panel's</h2>
 *
 * <pre>
 *            fathers: own vs panel               challenge: own vs panel
 * f1  cs     good vs RI          (+1)            good vs RI        (+1)
 *     mw     inadequate vs RI    (-1)            RI vs RI          (0)
 *     pol    outstanding vs RI   (+2)            good vs RI        (+1)
 * f2  cs     RI vs RI            (0)             good vs good      (0)
 *     mw     good vs RI          (+1)            - (no own grade)
 * f3  pol    good vs off-scale   (not compared)  inadequate vs inad. (0)
 * f4  mw     (no review: not compared)
 * </pre>
 *
 * <h2>Shared measures (question: measure)</h2>
 *
 * <p>cs-father, mw-father, pol-dash: {@code father-seen}; mw-partner: {@code males-checked}; mw-learning,
 * pol-learning: {@code learning-from-reviews-evident}; cs-escalation: {@code staff-trained} (a plugin's own measure).
 *
 * <pre>
 * family  father-seen            males-checked  learning-from-reviews         staff-trained
 * f1      YES (cs Y, mw N, pol Y) PARTLY (mw)    YES (mw Y, pol N)             PARTLY (cs)
 * f2      YES (cs N, mw Y)        not asked      not asked                     N/A (cs)
 * f3      N/A (pol)               not asked      PARTLY (pol)                  not asked (cs missing)
 * f4      YES (mw)                YES (mw)       N/A (mw)                      not asked
 * </pre>
 *
 * <h2>Immediate concerns (in this order)</h2>
 *
 * <pre>
 * ic-01  f1  return (mw)   open
 * ic-02  f1  panel         closed
 * ic-03  f3  coordinator   closed
 * ic-04  f9  panel         open    (f9 is not in the cohort)
 * </pre>
 *
 * <p>Returns saying action is needed now: f1 mw, and f9 pol (not counted: f9 is not in the cohort).
 */
final class PanelFixtures {
    static final String FATHER_SEEN = SharedMeasures.FATHER_SEEN.id();
    static final String MALES_CHECKED = SharedMeasures.MALES_CHECKED.id();
    static final String LEARNING = SharedMeasures.LEARNING_EVIDENT.id();
    static final String STAFF_TRAINED = "staff-trained";
    static final YearMonth MET = YearMonth.of(2021, 4);

    private PanelFixtures() {}

    static List<PanelReview> reviews() {
        return List.of(
                review("f1")
                        .grade(
                                FATHERS,
                                PanelGrade.of(RI, "Nobody assessed the father.")
                                        .moderated("Police checked him; nobody used it.", "Police agreed."))
                        .grade(CHALLENGE, PanelGrade.of(RI, "Challenge was raised but not escalated."))
                        .grade(CONTEXT, PanelGrade.of(GOOD, "Contact kept up."))
                        .build(),
                review("f2")
                        .grade(FATHERS, PanelGrade.of(RI, "The partner was seen once."))
                        .grade(CHALLENGE, PanelGrade.of(GOOD, "Disagreement resolved."))
                        .grade(CONTEXT, PanelGrade.notApplicable("No contact in the period."))
                        .build(),
                review("f3")
                        .grade(FATHERS, PanelGrade.of("excellent", "Off the scale."))
                        .grade(CHALLENGE, PanelGrade.of(INADEQUATE, "No challenge at all."))
                        .build(),
                review("f9")
                        .grade(FATHERS, PanelGrade.of(GOOD, "Not in the cohort."))
                        .build(),
                review("f2")
                        .grade(FATHERS, PanelGrade.of(OUTSTANDING, "A second review."))
                        .build());
    }

    static PanelReview.Builder review(String caseId) {
        return PanelReview.builder(caseId, MET).keyLearning("Learning for " + caseId + ".");
    }

    static List<ImmediateConcern> concerns() {
        return List.of(
                concern("ic-01", "f1", ConcernSource.RETURN, Optional.of(MW), ConcernStatus.OPEN),
                concern("ic-02", "f1", ConcernSource.PANEL, Optional.empty(), ConcernStatus.CLOSED),
                concern("ic-03", "f3", ConcernSource.COORDINATOR, Optional.empty(), ConcernStatus.CLOSED),
                concern("ic-04", "f9", ConcernSource.PANEL, Optional.empty(), ConcernStatus.OPEN));
    }

    static ImmediateConcern concern(
            String id, String caseId, ConcernSource source, Optional<String> raisedBy, ConcernStatus status) {
        boolean closed = status == ConcernStatus.CLOSED;
        return new ImmediateConcern(
                id,
                caseId,
                LocalDate.of(2021, 4, 1),
                source,
                raisedBy,
                "Child A may be at risk.",
                "Referred to the duty team.",
                List.of("Duty team manager"),
                "Duty team manager",
                status,
                closed ? "Strategy discussion held." : "",
                closed ? Optional.of(LocalDate.of(2021, 4, 9)) : Optional.empty());
    }

    /** The four-families returns, with f1 Midwifery and f9 Police saying something needs action now. */
    static List<AuditReturn> returns() {
        List<AuditReturn> returns = new ArrayList<>();
        for (AuditReturn r : AnalysisFixtures.fourFamiliesReturns()) {
            boolean raises = (r.caseId().equals("f1") && r.agencyId().equals(MW))
                    || (r.caseId().equals("f9") && r.agencyId().equals(POL));
            returns.add(
                    raises
                            ? r.toBuilder()
                                    .actionNow(ActionNow.raised(
                                            "Told the duty team.", "Duty team manager", LocalDate.of(2021, 4, 1)))
                                    .build()
                            : r);
        }
        return returns;
    }

    static Map<String, AuditTool> tools() {
        return withMeasures(
                AnalysisFixtures.fourFamiliesTools(),
                Map.of(
                        "cs-father", FATHER_SEEN,
                        "mw-father", FATHER_SEEN,
                        "pol-dash", FATHER_SEEN,
                        "mw-partner", MALES_CHECKED,
                        "mw-learning", LEARNING,
                        "pol-learning", LEARNING,
                        "cs-escalation", STAFF_TRAINED));
    }

    /** The tools with these questions naming these measures, everything else unchanged. */
    static Map<String, AuditTool> withMeasures(Map<String, AuditTool> tools, Map<String, String> measureByQuestion) {
        Map<String, AuditTool> result = new LinkedHashMap<>();
        tools.forEach((agencyId, tool) -> result.put(
                agencyId,
                new AuditTool(
                        tool.auditReference(),
                        tool.agencyId(),
                        tool.agencyName(),
                        tool.agencyVersion(),
                        tool.version(),
                        measured(tool.questions(), measureByQuestion),
                        measured(tool.coreQuestions(), measureByQuestion))));
        return result;
    }

    private static List<ToolQuestion> measured(List<ToolQuestion> questions, Map<String, String> measureByQuestion) {
        return questions.stream()
                .map(tq -> {
                    Question q = tq.question();
                    Question withMeasure = new Question(
                            q.id(),
                            q.text(),
                            q.guidance(),
                            q.responseType(),
                            q.required(),
                            q.themes(),
                            Optional.ofNullable(measureByQuestion.get(q.id())));
                    return new ToolQuestion(withMeasure, tq.objectiveIds());
                })
                .toList();
    }

    static Audit audit() {
        return AnalysisFixtures.fourFamilies()
                .withReturns(returns())
                .withPanelReviews(reviews())
                .withImmediateConcerns(concerns());
    }

    static AuditAnalysis analyse() {
        return AuditAnalysis.of(audit(), tools());
    }

    static PanelAnalysis panel() {
        return analyse().panel();
    }
}
