package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.audit.ImpactMeasure;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the multi-agency panel's grades, with the family as the unit: per objective how many families the
 * panel graded at each grade; a family × objective grid; each shared measure per family (any agency, no agency); each
 * agency's own grades against the panel's; and the immediate concerns by status. These are the figures a report's
 * findings stand on.
 *
 * <p>Counts are {@link FamilyCount}s, "N of M families", with a percentage only for 20 or more families. Each names
 * the families counted, and the grid, measures and moderation pairs name the returns and reviews behind them.
 *
 * <p><b>What is counted.</b> The first panel review of each cohort family; a review of any other case, or a second
 * review of a family, is listed in {@link #ignoredReviews()}. Grades for objectives the scope does not have are left
 * out. Measures and the moderation comparison read the returns the rest of the analysis counts (cohort families, the
 * scope's agencies, the first return per family and agency). Audit validation reports everything left out.
 *
 * <pre>{@code
 * PanelAnalysis panel = AuditAnalysis.of(audit, tools).panel();
 * panel.reviewed();                                            // "14 of 15 families"
 * ObjectivePanelGrades fathers = panel.objective("fathers-and-males").orElseThrow();
 * fathers.grade("good");                                       // "6 of 15 families"
 * panel.measure("father-seen").orElseThrow().noAgency();       // "9 of 15 families": no agency saw the father
 * panel.moderation("fathers-and-males", "police").orElseThrow().moved();
 * }</pre>
 *
 * @param families the cohort, in cohort order
 * @param reviewed cohort families with a panel review
 * @param objectives the panel's grades per objective, in the scope's order
 * @param grid one row per cohort family, in cohort order, one cell per objective
 * @param measures one analysis per shared measure a question of the tools names: the well-known measures first, in
 *     {@link dev.maca.scope.SharedMeasures#WELL_KNOWN} order, then others in the order first met (the scope's agency
 *     order, then tool order)
 * @param moderation per objective (the scope's order) and agency (the scope's order), each agency's own grades against
 *     the panel's, for every pair with at least one family compared
 * @param concerns the immediate concerns
 * @param ignoredReviews the case ids of panel reviews left out (not a cohort family, or a second review of one), in
 *     the audit's order
 */
public record PanelAnalysis(
        List<CaseRef> families,
        FamilyCount reviewed,
        List<ObjectivePanelGrades> objectives,
        List<FamilyGrades> grid,
        List<MeasureAnalysis> measures,
        List<ModerationComparison> moderation,
        ConcernSummary concerns,
        List<String> ignoredReviews) {
    public PanelAnalysis {
        families = list(families, "panel analysis families");
        present(reviewed, "panel analysis reviewed");
        objectives = list(objectives, "panel analysis objectives");
        grid = list(grid, "panel analysis grid");
        measures = list(measures, "panel analysis measures");
        moderation = list(moderation, "panel analysis moderation");
        present(concerns, "panel analysis concerns");
        ignoredReviews = list(ignoredReviews, "panel analysis ignoredReviews");
    }

    /** The panel's grades for one objective. */
    public Optional<ObjectivePanelGrades> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }

    /**
     * One family's row of the grid.
     *
     * <p>This scans {@link #grid()}; a caller looking up many families should walk the grid, which is in cohort order.
     */
    public Optional<FamilyGrades> family(String caseId) {
        return grid.stream().filter(f -> f.family().id().equals(caseId)).findFirst();
    }

    /** The analysis of one shared measure, if a question of the tools asks it. */
    public Optional<MeasureAnalysis> measure(String measureId) {
        return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * The baseline this audit gives a recommendation's measure of impact: for a shared measure, the families where at
     * least one agency's record shows it, of the families where it applied and was asked (so "disagreement escalated"
     * counts only the families where a disagreement arose); for an objective, the families the panel graded at or
     * above the expected standard, of the whole cohort. Empty when no question carries the shared measure, or the
     * scope has no such objective.
     */
    public Optional<FamilyCount> baseline(ImpactMeasure measure) {
        present(measure, "measure");
        if (measure.sharedMeasure().isPresent()) {
            return measure(measure.sharedMeasure().get())
                    .map(m -> FamilyCount.of(
                            m.anyAgency().caseIds(),
                            m.anyAgency().families()
                                    - m.notApplicable().count()
                                    - m.notAsked().count()));
        }
        return objective(measure.objectiveId().orElseThrow()).map(ObjectivePanelGrades::atOrAboveExpected);
    }

    /** One agency's own grades for one objective against the panel's, if any family could be compared. */
    public Optional<ModerationComparison> moderation(String objectiveId, String agencyId) {
        return moderation.stream()
                .filter(m -> m.objectiveId().equals(objectiveId) && m.agencyId().equals(agencyId))
                .findFirst();
    }

    /** Every agency's comparison for one objective, in the scope's agency order. */
    public List<ModerationComparison> moderationOf(String objectiveId) {
        return moderation.stream()
                .filter(m -> m.objectiveId().equals(objectiveId))
                .toList();
    }
}
