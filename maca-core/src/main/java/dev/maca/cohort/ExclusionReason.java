package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * Why a candidate case was left out of the cohort.
 *
 * @param kind the kind of reason, for counting and filtering
 * @param message the reason in words, naming the unmet feature or the period (e.g. "does not have: Maternal ill mental
 *     health")
 */
public record ExclusionReason(Kind kind, String message) {
    public ExclusionReason {
        present(kind, "exclusion kind");
        nonBlank(message, "exclusion message");
    }

    /** The kinds of reason a candidate is excluded. */
    public enum Kind {
        /** A required case feature is missing. */
        MISSING_FEATURE,
        /** No key service was involved during the engagement period. */
        NO_ENGAGEMENT,
        /** The candidate meets the criteria, but the cohort had already reached its target size. */
        COHORT_FULL,
        /** Another candidate listed earlier has the same case id. */
        DUPLICATE_ID
    }
}
