package dev.maca.report.documents;

import dev.maca.analysis.FamilyCount;
import dev.maca.analysis.ObjectivePanelGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one or two family-level facts a brief gives for an objective, in plain words from the panel's analysis: how many
 * families the panel found at the expected standard, and the shared measure of the objective that most families
 * lacked ("In 9 of the 15 families, no agency's record showed this: father or partner seen and included"). Never pooled
 * answers, never agency by agency.
 */
final class BriefFacts {
    private final PanelAnalysis panel;
    private final Map<String, AuditTool> tools;
    private final GradingScale scale;

    BriefFacts(PanelAnalysis panel, Map<String, AuditTool> tools, GradingScale scale) {
        this.panel = panel;
        this.tools = tools;
        this.scale = scale;
    }

    /** The facts for an objective: the panel's grades first, then the telling shared measure, when there is one. */
    List<String> facts(Objective objective) {
        List<String> facts = new ArrayList<>();
        grades(objective).ifPresent(facts::add);
        measure(objective).ifPresent(facts::add);
        return List.copyOf(facts);
    }

    private Optional<String> grades(Objective objective) {
        Optional<ObjectivePanelGrades> grades = panel.objective(objective.id());
        if (grades.isEmpty() || grades.get().graded() == 0) {
            return Optional.empty();
        }
        ObjectivePanelGrades g = grades.get();
        FamilyCount at = g.atOrAboveExpected();
        FamilyCount below = g.belowExpected();
        String sentence = "Looking at every agency's records together, the panel found practice ";
        if (below.count() == 0) {
            sentence += ScaleWords.atOrAbove(scale) + " in " + ofThe(at);
        } else if (at.count() == 0) {
            sentence += ScaleWords.below(scale) + " in " + ofThe(below);
        } else {
            sentence += ScaleWords.atOrAbove(scale) + " in " + ofThe(at) + " and " + ScaleWords.below(scale) + " in "
                    + below.count();
        }
        int others = at.families() - at.count() - below.count();
        if (others > 0) {
            sentence += "; it did not grade " + Figures.count(others, "family", "families") + " on this";
        }
        return Optional.of(sentence + ".");
    }

    private Optional<String> measure(Objective objective) {
        return panel.measures().stream()
                .filter(m -> ObjectiveMeasures.serves(m, objective, tools))
                .filter(m -> m.noAgency().count() > 0)
                .max(Comparator.comparingInt(m -> m.noAgency().count()))
                .map(m -> "In " + ofThe(m.noAgency()) + ", no agency's record showed this: "
                        + Figures.lowerFirst(m.measure().label()) + ".");
    }

    /** "9 of the 15 families", "1 of the 15 families", "3 of the 3 families". */
    static String ofThe(FamilyCount count) {
        return count.count() + " of the " + count.families() + (count.families() == 1 ? " family" : " families");
    }
}
