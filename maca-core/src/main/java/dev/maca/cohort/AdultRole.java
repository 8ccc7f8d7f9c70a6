package dev.maca.cohort;

/** The role of an adult in a child's household, as audits of men's and mothers' risk need it. */
public enum AdultRole {
    /** The children's mother. */
    MOTHER("Mother"),
    /** The birth father of one or more of the children. */
    BIRTH_FATHER("Birth father"),
    /** The mother's partner who is not a birth father. */
    MOTHERS_PARTNER("Mother's partner"),
    /** Another male living in or frequenting the household. */
    OTHER_MALE_IN_HOUSEHOLD("Other male in the household"),
    /** Any other adult of significance (e.g. a grandparent carer). */
    OTHER_ADULT("Other adult");

    private final String label;

    AdultRole(String label) {
        this.label = label;
    }

    /** The role as printed. */
    public String label() {
        return label;
    }

    /** Whether the role is one of the males the "invisible men" learning is about. */
    public boolean isMale() {
        return this == BIRTH_FATHER || this == MOTHERS_PARTNER || this == OTHER_MALE_IN_HOUSEHOLD;
    }
}
