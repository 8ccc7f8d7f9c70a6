package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A child of a case, by pseudonym and age band, and — where a cohort's age rule needs it — the month and year of
 * birth, never the day, so that the record cannot be matched to a date of birth.
 *
 * @param pseudonym e.g. "Child A"
 * @param ageBand the child's age band during the audit period
 * @param born the month and year the child was born, when recorded
 */
public record ChildRecord(String pseudonym, AgeBand ageBand, Optional<YearMonth> born) {
    public ChildRecord {
        nonBlank(pseudonym, "child pseudonym");
        present(ageBand, "child ageBand");
        born = optional(born);
    }

    /** A child known by age band only (as every child of a MACA 0.1 file is). */
    public ChildRecord(String pseudonym, AgeBand ageBand) {
        this(pseudonym, ageBand, Optional.empty());
    }

    /**
     * The child's age in completed years in month {@code on}, when the birth month is recorded and falls no later:
     * with month precision, a child is taken to reach each birthday at the start of the birth month, so a child born
     * in March 2010 is 10 in March 2020 and 9 in February 2020.
     */
    public OptionalInt ageIn(YearMonth on) {
        present(on, "month");
        return born.filter(month -> !month.isAfter(on))
                .map(month -> OptionalInt.of(completedYears(month, on)))
                .orElse(OptionalInt.empty());
    }

    /** Completed years from a birth month to a later month, by the rule of {@link #ageIn(YearMonth)}. */
    static int completedYears(YearMonth born, YearMonth on) {
        return on.getYear() - born.getYear() - (on.getMonthValue() < born.getMonthValue() ? 1 : 0);
    }
}
