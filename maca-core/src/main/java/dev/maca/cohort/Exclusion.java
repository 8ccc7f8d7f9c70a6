package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * A candidate case left out of the cohort, with every reason it was left out.
 *
 * @param candidate the case
 * @param reasons each reason, in the order of the criteria (never empty)
 */
public record Exclusion(CaseRecord candidate, List<ExclusionReason> reasons) {
    public Exclusion {
        present(candidate, "exclusion candidate");
        reasons = list(reasons, "exclusion reasons");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an exclusion of '" + candidate.id() + "' needs at least one reason");
        }
    }

    /** Whether the candidate met every criterion and was left out only by the selection method (a full cohort). */
    public boolean isEligible() {
        return reasons.stream().allMatch(ExclusionReason::isEligible);
    }

    /** The kinds of its reasons, each once, in the order of the reasons. */
    public java.util.List<ExclusionReason.Kind> kinds() {
        return reasons.stream().map(ExclusionReason::kind).distinct().toList();
    }
}
