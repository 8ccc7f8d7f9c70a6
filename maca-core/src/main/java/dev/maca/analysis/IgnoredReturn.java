package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

/**
 * A return the analysis left out of every figure, and why; audit validation reports the same returns as problems.
 *
 * @param ref the return's case and agency
 * @param reason why it was left out
 */
public record IgnoredReturn(ReturnRef ref, Reason reason) {
    public IgnoredReturn {
        present(ref, "ignored return ref");
        present(reason, "ignored return reason");
    }

    /** Why a return was left out. */
    public enum Reason {
        /** Its case is not in the cohort (not a candidate, or not selected). */
        CASE_NOT_IN_COHORT,
        /** Its agency is not one the scope requires. */
        AGENCY_NOT_IN_SCOPE,
        /** An earlier return in the audit is for the same case and agency; the first is analysed. */
        DUPLICATE
    }
}
