package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a case record shows of one child's age in a cohort's reference month: the age in completed years when the
 * birth month is recorded, otherwise only the age band.
 *
 * @param pseudonym the child's pseudonym, e.g. "Child A" or "Baby B"
 * @param years the age in completed years, when the birth month is recorded
 * @param band the age band, used when the age in years is not known
 */
public record ChildAge(String pseudonym, OptionalInt years, AgeBand band) {
    public ChildAge {
        nonBlank(pseudonym, "child pseudonym");
        present(years, "child years");
        present(band, "child band");
    }

    /** Whether the record shows the child in, out of, or possibly in an age range. */
    public enum Placement {
        /** The child is in the range. */
        IN,
        /** The child is not in the range. */
        OUT,
        /** The child's age band straddles the range, so the record cannot show whether the child is in it. */
        UNKNOWN
    }

    /**
     * The ages of a family's children in month {@code on}, in the order of the record: every child, then every baby
     * first known as unborn whose recorded birth falls in or before {@code on}, by the name it was known by once born.
     */
    public static List<ChildAge> of(CaseRecord family, YearMonth on) {
        present(family, "family");
        present(on, "month");
        List<ChildAge> ages = new ArrayList<>();
        for (ChildRecord child : family.children()) {
            ages.add(new ChildAge(child.pseudonym(), child.ageIn(on), child.ageBand()));
        }
        for (UnbornRecord baby : family.unborn()) {
            baby.birth().filter(birth -> !birth.month().isAfter(on)).ifPresent(birth -> {
                int years = ChildRecord.completedYears(birth.month(), on);
                ages.add(new ChildAge(
                        birth.knownAs(), OptionalInt.of(years), years == 0 ? AgeBand.UNDER_1 : band(years)));
            });
        }
        return List.copyOf(ages);
    }

    /** Where this child stands against the range. */
    public Placement placement(AgeRange range) {
        if (years.isPresent()) {
            return range.contains(years.getAsInt()) ? Placement.IN : Placement.OUT;
        }
        if (range.containsAll(band)) {
            return Placement.IN;
        }
        return range.excludesAll(band) ? Placement.OUT : Placement.UNKNOWN;
    }

    /** The child's age in words: "Child A was 16", or "Child A's age is recorded only as the band 11–15". */
    public String describe() {
        if (years.isPresent()) {
            int age = years.getAsInt();
            return pseudonym + " was " + (age == 0 ? "under one" : String.valueOf(age));
        }
        return pseudonym + "'s age is recorded only as the band " + band.label();
    }

    private static AgeBand band(int years) {
        for (AgeBand band : AgeBand.values()) {
            if (years >= band.minYears() && years <= band.maxYears()) {
                return band;
            }
        }
        return AgeBand.AGE_16_TO_17;
    }
}
