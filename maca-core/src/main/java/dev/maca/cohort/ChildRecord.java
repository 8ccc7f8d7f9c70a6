package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * A child of a case, by pseudonym and age band only.
 *
 * @param pseudonym e.g. "Child A"
 * @param ageBand the child's age band during the audit period
 */
public record ChildRecord(String pseudonym, AgeBand ageBand) {
    public ChildRecord {
        nonBlank(pseudonym, "child pseudonym");
        present(ageBand, "child ageBand");
    }
}
