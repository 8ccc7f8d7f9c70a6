package dev.maca.report.documents;

import dev.maca.analysis.FamilyGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.analysis.PanelCell;
import dev.maca.audit.Audit;
import dev.maca.panel.PanelReview;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the disguised case illustrations the panel agreed may be quoted: each under the objective the panel named for
 * it, or, where it named none, under the one where it graded that family lowest (the scope's order breaking ties); at
 * most one per objective, each used once. An illustration is the panel's own words, already disguised; nothing is
 * added to it.
 */
final class ReportIllustrations {
    private final Map<String, String> byObjective = new LinkedHashMap<>();

    ReportIllustrations(Audit audit, PanelAnalysis panel) {
        GradingScale scale = audit.scope().gradingScale();
        List<Objective> objectives = audit.scope().objectives();
        // First where the panel said which objective the illustration serves, then the others by the rule.
        List<FamilyGrades> unplaced = new ArrayList<>();
        for (FamilyGrades family : panel.grid()) {
            Optional<PanelReview> review = audit.panelReviewFor(family.family().id());
            Optional<String> text = review.flatMap(PanelReview::illustration).filter(t -> !t.isBlank());
            Optional<String> stated = review.flatMap(PanelReview::illustrationObjective)
                    .filter(id -> audit.scope().objective(id).isPresent());
            if (text.isPresent() && stated.isPresent() && !byObjective.containsKey(stated.get())) {
                byObjective.put(stated.get(), text.get());
            } else if (text.isPresent() && stated.isEmpty()) {
                unplaced.add(family);
            }
        }
        for (FamilyGrades family : unplaced) {
            Optional<String> illustration = audit.panelReviewFor(family.family().id())
                    .flatMap(PanelReview::illustration)
                    .filter(text -> !text.isBlank());
            if (illustration.isEmpty()) {
                continue;
            }
            List<Objective> worstFirst = new ArrayList<>(objectives);
            worstFirst.sort(Comparator.comparingInt((Objective o) -> -rank(scale, family, o)));
            worstFirst.stream()
                    .filter(o -> rank(scale, family, o) >= 0 && !byObjective.containsKey(o.id()))
                    .findFirst()
                    .ifPresent(o -> byObjective.put(o.id(), illustration.get()));
        }
    }

    /** The grade's place on the scale, 0 for the best; -1 where the panel gave no grade on the scale. */
    private static int rank(GradingScale scale, FamilyGrades family, Objective objective) {
        return family.cell(objective.id())
                .flatMap(PanelCell::grade)
                .map(g -> scale.rank(g.id()).orElse(-1))
                .orElse(-1);
    }

    /** The illustration placed under this objective, if any. */
    Optional<String> forObjective(String objectiveId) {
        return Optional.ofNullable(byObjective.get(objectiveId));
    }
}
