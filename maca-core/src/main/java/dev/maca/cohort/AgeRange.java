package dev.maca.cohort;

/**
 * The ages, in completed years, of the children a cohort is about, both ends included: "aged 5 to 11" is {@code new
 * AgeRange(5, 11)}, "under one" is {@code new AgeRange(0, 0)}.
 *
 * <p>A family meets the range when at least one of its children is in it on the reference month, the last month of
 * the cohort's engagement period (see {@link CohortCriteria#childAge()}). A range whose first age is above its last
 * contains no age; validation reports it as an error.
 *
 * @param fromYears the youngest age included, at least 0
 * @param toYears the oldest age included, at least 0
 */
public record AgeRange(int fromYears, int toYears) {
    public AgeRange {
        if (fromYears < 0 || toYears < 0) {
            throw new IllegalArgumentException(
                    "an age range counts completed years from 0, so neither end may be negative (was " + fromYears
                            + " to " + toYears + ")");
        }
    }

    /** Whether a child of this age, in completed years, is in the range. */
    public boolean contains(int years) {
        return years >= fromYears && years <= toYears;
    }

    /** Whether every age of the band is in the range. */
    public boolean containsAll(AgeBand band) {
        return contains(band.minYears()) && contains(band.maxYears());
    }

    /** Whether no age of the band is in the range. */
    public boolean excludesAll(AgeBand band) {
        return band.maxYears() < fromYears || band.minYears() > toYears;
    }

    /** Whether the range holds at least one age: its first age is not above its last. */
    public boolean isOrdered() {
        return fromYears <= toYears;
    }

    /** The range in words, e.g. "aged 5 to 11", "aged 7", "under one" or "aged under one to 4". */
    public String label() {
        if (fromYears == toYears) {
            return fromYears == 0 ? "under one" : "aged " + fromYears;
        }
        return "aged " + (fromYears == 0 ? "under one" : String.valueOf(fromYears)) + " to " + toYears;
    }
}
