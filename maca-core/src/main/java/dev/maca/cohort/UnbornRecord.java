package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.Optional;

/**
 * An unborn baby of a case, by pseudonym and the month the birth was expected, and the birth once it has happened.
 *
 * @param pseudonym e.g. "Unborn C"
 * @param expected the month the birth was expected
 * @param birth the birth, once recorded: the baby is then known by {@link Birth#knownAs()}
 */
public record UnbornRecord(String pseudonym, YearMonth expected, Optional<Birth> birth) {
    public UnbornRecord {
        nonBlank(pseudonym, "unborn pseudonym");
        present(expected, "unborn expected");
        birth = optional(birth);
    }

    /** An unborn baby whose birth is not (yet) recorded. */
    public UnbornRecord(String pseudonym, YearMonth expected) {
        this(pseudonym, expected, Optional.empty());
    }

    /** This baby with its birth recorded. */
    public UnbornRecord born(Birth value) {
        return new UnbornRecord(pseudonym, expected, Optional.of(present(value, "birth")));
    }

    /** The name the baby goes by now: its name once born, else its unborn pseudonym. */
    public String currentPseudonym() {
        return birth.map(Birth::knownAs).orElse(pseudonym);
    }
}
