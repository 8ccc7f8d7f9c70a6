package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;

import java.util.HashSet;
import java.util.List;

/**
 * How many of the returns expected (one per case an agency was involved in) were received, and how many complete.
 *
 * @param returned the expected returns received, complete or incomplete, in cohort then agency order
 * @param incomplete those of {@code returned} marked incomplete
 * @param missing the expected returns not received (a chasing list: case and agency)
 * @param unexpected returns received from agencies the case record does not show involved; not in the rates
 */
public record CompletenessRate(
        List<ReturnRef> returned, List<ReturnRef> incomplete, List<ReturnRef> missing, List<ReturnRef> unexpected) {
    public CompletenessRate {
        returned = list(returned, "completeness returned");
        incomplete = list(incomplete, "completeness incomplete");
        missing = list(missing, "completeness missing");
        unexpected = list(unexpected, "completeness unexpected");
        if (!new HashSet<>(returned).containsAll(incomplete)) {
            throw new IllegalArgumentException("every incomplete return must also be listed as returned");
        }
    }

    /** How many returns were expected. */
    public int expected() {
        return returned.size() + missing.size();
    }

    /** How many expected returns were received and complete. */
    public int complete() {
        return returned.size() - incomplete.size();
    }

    /** Returned (complete or not) of expected. */
    public Proportion returnRate() {
        return new Proportion(returned.size(), expected());
    }

    /** Returned complete of expected. */
    public Proportion completeRate() {
        return new Proportion(complete(), expected());
    }

    /** The returns behind {@link #returnRate()}. */
    public List<ReturnRef> sources() {
        return returned;
    }
}
