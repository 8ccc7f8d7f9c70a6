package dev.maca.analysis;

/**
 * Where one agency's return for one case stands: one cell of the completeness matrix.
 *
 * <p>Whether an agency is expected to return is taken from the case record: an agency is expected for every cohort case
 * it is recorded as involved in ({@code CaseRecord.involvements}).
 */
public enum ReturnState {
    /** The agency was involved and its return is complete. */
    RETURNED,
    /**
     * The agency was involved and returned, but the return is marked incomplete (required questions unanswered). It
     * counts as returned in {@link CompletenessRate#returnRate()} but not in {@link CompletenessRate#completeRate()},
     * and its answers and judgements count in every figure.
     */
    INCOMPLETE,
    /** The agency was involved in the case but sent no return. */
    MISSING,
    /** The agency was not involved in the case and sent nothing: nothing was expected. */
    NOT_INVOLVED,
    /**
     * The agency returned for a case its record does not show it involved in. The return counts in every figure, but
     * not in the return rates, which are of the returns expected.
     */
    UNEXPECTED;

    /** Whether a return was received (returned, incomplete or unexpected). */
    public boolean isReceived() {
        return this == RETURNED || this == INCOMPLETE || this == UNEXPECTED;
    }

    /** Whether a return was expected (the agency was involved). */
    public boolean isExpected() {
        return this == RETURNED || this == INCOMPLETE || this == MISSING;
    }
}
