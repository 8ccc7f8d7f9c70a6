package dev.maca.report.documents;

import dev.maca.analysis.FamilyCount;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.ImpactMeasure;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.scope.SharedMeasures;
import java.util.Optional;

/**
 * A recommendation's impact measure in words, with this audit's family-level baseline and the target at re-audit, so
 * that the report's recommendations and each agency's feedback judge an action by the same sentence.
 */
final class MeasureWords {
    private final AuditScope scope;
    private final PanelAnalysis panel;

    MeasureWords(AuditScope scope, PanelAnalysis panel) {
        this.scope = scope;
        this.panel = panel;
    }

    /** "Father or partner seen and included, by at least one agency: 6 of 15 families now; target 12 at re-audit". */
    String of(ImpactMeasure measure) {
        String what = measure.sharedMeasure()
                .map(id -> SharedMeasures.of(id).label() + ", by at least one agency")
                .orElseGet(() -> atStandard(measure.objectiveId().orElseThrow()));
        Optional<FamilyCount> baseline = panel.baseline(measure);
        int cohort = panel.families().size();
        String now = baseline.map(b -> b.count() + " of "
                        + (b.families() < cohort
                                ? "the " + Figures.count(b.families(), "family", "families") + " where it applied"
                                : Figures.count(b.families(), "family", "families"))
                        + " now")
                .orElse("no baseline in this audit");
        return what + ": " + now + "; target " + measure.targetFamilies() + " at re-audit";
    }

    private String atStandard(String objectiveId) {
        GradingScale scale = scope.gradingScale();
        String title = scope.objective(objectiveId)
                .map(Objective::title)
                .map(Figures::lowerFirst)
                .orElse(objectiveId);
        return "Families the panel graded " + ScaleWords.atOrAbove(scale) + " for " + title;
    }
}
