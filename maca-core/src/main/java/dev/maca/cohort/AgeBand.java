package dev.maca.cohort;

/**
 * A child's age as a band, never a date of birth, so case records stay pseudonymised; each band spans whole years, so
 * it can be set against a cohort's {@link AgeRange}.
 */
public enum AgeBand {
    /** Under one year. */
    UNDER_1("under 1", 0, 0),
    /** One to four years. */
    AGE_1_TO_4("1–4", 1, 4),
    /** Five to ten years. */
    AGE_5_TO_10("5–10", 5, 10),
    /** Eleven to fifteen years. */
    AGE_11_TO_15("11–15", 11, 15),
    /** Sixteen or seventeen years. */
    AGE_16_TO_17("16–17", 16, 17);

    private final String label;
    private final int minYears;
    private final int maxYears;

    AgeBand(String label, int minYears, int maxYears) {
        this.label = label;
        this.minYears = minYears;
        this.maxYears = maxYears;
    }

    /** The band as printed, e.g. "1–4". */
    public String label() {
        return label;
    }

    /** The youngest age in the band, in completed years (0 for under one). */
    public int minYears() {
        return minYears;
    }

    /** The oldest age in the band, in completed years. */
    public int maxYears() {
        return maxYears;
    }
}
