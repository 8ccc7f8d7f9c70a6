package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;

/**
 * An unborn baby of a case, by pseudonym and the month the birth was expected.
 *
 * @param pseudonym e.g. "Unborn C"
 * @param expected the month the birth was expected
 */
public record UnbornRecord(String pseudonym, YearMonth expected) {
    public UnbornRecord {
        nonBlank(pseudonym, "unborn pseudonym");
        present(expected, "unborn expected");
    }
}
