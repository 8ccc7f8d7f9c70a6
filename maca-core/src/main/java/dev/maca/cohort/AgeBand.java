package dev.maca.cohort;

/** A child's age as a band, never a date of birth, so case records stay pseudonymised. */
public enum AgeBand {
    /** Under one year. */
    UNDER_1("under 1"),
    /** One to four years. */
    AGE_1_TO_4("1–4"),
    /** Five to ten years. */
    AGE_5_TO_10("5–10"),
    /** Eleven to fifteen years. */
    AGE_11_TO_15("11–15"),
    /** Sixteen or seventeen years. */
    AGE_16_TO_17("16–17");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    /** The band as printed, e.g. "1–4". */
    public String label() {
        return label;
    }
}
