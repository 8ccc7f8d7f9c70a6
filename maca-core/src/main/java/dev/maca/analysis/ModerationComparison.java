package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * One agency's own grades for one objective against the grades the panel agreed for the same families: how often the
 * panel agreed, and how far moderation moved the rest — the one place a document shows agencies' self-assessments
 * beside the multi-agency view.
 *
 * <p>A family is compared when the agency's counted return grades the objective on the scale (not "not applicable")
 * and the panel's review grades it on the scale too. Every count is of the families compared, and the five add up to
 * them. "Higher" means the agency graded its own practice better than the panel did.
 *
 * <pre>{@code
 * ModerationComparison police = analysis.panel().moderation("fathers-and-males", "police").orElseThrow();
 * police.agreed();                    // "3 of 12 families": the panel agreed the agency's own grade
 * police.agencyHigherByTwoOrMore();   // the agency graded itself two or more grades better than the panel
 * }</pre>
 *
 * @param objective the objective
 * @param agency the agency, as the scope names it
 * @param pairs each family compared, in cohort order
 * @param agreed families where the panel agreed the agency's own grade
 * @param agencyHigherByOne families where the agency's own grade was one grade better than the panel's
 * @param agencyHigherByTwoOrMore families where it was two or more grades better
 * @param agencyLowerByOne families where it was one grade worse than the panel's
 * @param agencyLowerByTwoOrMore families where it was two or more grades worse
 */
public record ModerationComparison(
        Objective objective,
        AgencyRequirement agency,
        List<ModeratedGrade> pairs,
        FamilyCount agreed,
        FamilyCount agencyHigherByOne,
        FamilyCount agencyHigherByTwoOrMore,
        FamilyCount agencyLowerByOne,
        FamilyCount agencyLowerByTwoOrMore) {
    public ModerationComparison {
        present(objective, "moderation comparison objective");
        present(agency, "moderation comparison agency");
        pairs = list(pairs, "moderation comparison pairs");
        FamilyCount.checkPartition(
                "the comparison of agency '" + agency.id() + "' on objective '" + objective.id() + "'",
                pairs.size(),
                List.of(
                        present(agreed, "moderation comparison agreed"),
                        present(agencyHigherByOne, "moderation comparison agencyHigherByOne"),
                        present(agencyHigherByTwoOrMore, "moderation comparison agencyHigherByTwoOrMore"),
                        present(agencyLowerByOne, "moderation comparison agencyLowerByOne"),
                        present(agencyLowerByTwoOrMore, "moderation comparison agencyLowerByTwoOrMore")));
    }

    /** The comparison of these pairs, counted by how far the panel moved the agency's grade. */
    static ModerationComparison of(Objective objective, AgencyRequirement agency, List<ModeratedGrade> pairs) {
        List<List<String>> byBand = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            byBand.add(new ArrayList<>());
        }
        for (ModeratedGrade pair : pairs) {
            int d = pair.difference();
            int band = d == 0 ? 0 : d == 1 ? 1 : d > 1 ? 2 : d == -1 ? 3 : 4;
            byBand.get(band).add(pair.family().id());
        }
        int n = pairs.size();
        return new ModerationComparison(
                objective,
                agency,
                pairs,
                FamilyCount.of(byBand.get(0), n),
                FamilyCount.of(byBand.get(1), n),
                FamilyCount.of(byBand.get(2), n),
                FamilyCount.of(byBand.get(3), n),
                FamilyCount.of(byBand.get(4), n));
    }

    /** The objective's id. */
    public String objectiveId() {
        return objective.id();
    }

    /** The agency's id. */
    public String agencyId() {
        return agency.id();
    }

    /** How many families were compared. */
    public int compared() {
        return pairs.size();
    }

    /** The families where moderation moved the agency's grade, up or down: the compared families less those agreed. */
    public FamilyCount moved() {
        List<String> moved = pairs.stream()
                .filter(p -> !p.agreed())
                .map(p -> p.family().id())
                .toList();
        return FamilyCount.of(moved, pairs.size());
    }

    /** The agency's returns compared, in cohort order. */
    public List<ReturnRef> sources() {
        return pairs.stream().map(ModeratedGrade::source).toList();
    }
}
