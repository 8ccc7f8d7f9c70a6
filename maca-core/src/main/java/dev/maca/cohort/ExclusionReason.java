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

    /** Whether this reason leaves the candidate eligible: it was left out only by the selection method. */
    public boolean isEligible() {
        return kind == Kind.COHORT_FULL || kind == Kind.NOT_DRAWN;
    }

    /** The kinds of reason a candidate is excluded. */
    public enum Kind {
        /** A required case feature is missing. */
        MISSING_FEATURE,
        /** No key service was involved during the engagement period. */
        NO_ENGAGEMENT,
        /** No child of the family is shown to be in the criteria's age range in the reference month. */
        AGE_OUT_OF_RANGE,
        /** Care proceedings were live, and the criteria exclude such families. */
        LIVE_CARE_PROCEEDINGS,
        /** A practice review of the family was under way, and the criteria exclude such families. */
        CURRENT_PRACTICE_REVIEW,
        /** The family is the index family of the review that led to the audit, and the criteria exclude it. */
        INDEX_FAMILY,
        /** The candidate meets the criteria, but the cohort had already reached its target size (listed order). */
        COHORT_FULL,
        /** The candidate meets the criteria, but was not drawn by the random or stratified selection method. */
        NOT_DRAWN,
        /** Another candidate listed earlier has the same case id. */
        DUPLICATE_ID
    }
}
