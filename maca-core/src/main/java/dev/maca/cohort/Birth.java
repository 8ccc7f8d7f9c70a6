package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.List;

/**
 * The birth of a baby the audit first knew as unborn: when, at what gestation, where the baby went home to and the
 * plan in place, and any injury or hospital attendance in the first year. Month precision only, never a date of birth.
 *
 * @param knownAs the baby's pseudonym once born (e.g. "Baby B"), which returns and documents use from then on
 * @param month the month of the birth
 * @param gestation the gestation band at birth
 * @param wentHomeTo where the baby went when it left hospital
 * @param planAtBirth the plan in place when the baby was born
 * @param firstYear each injury or hospital attendance in the first year, in order
 */
public record Birth(
        String knownAs,
        YearMonth month,
        Gestation gestation,
        HomeAfterBirth wentHomeTo,
        PlanAtBirth planAtBirth,
        List<FirstYearEvent> firstYear) {
    public Birth {
        nonBlank(knownAs, "birth knownAs");
        present(month, "birth month");
        present(gestation, "birth gestation");
        present(wentHomeTo, "birth wentHomeTo");
        present(planAtBirth, "birth planAtBirth");
        firstYear = list(firstYear, "birth firstYear");
    }

    /** Whether the baby was under one year old at any time from {@code from} to {@code to} inclusive. */
    public boolean underOneDuring(YearMonth from, YearMonth to) {
        return !month.isAfter(to) && month.plusMonths(11).compareTo(from) >= 0;
    }
}
