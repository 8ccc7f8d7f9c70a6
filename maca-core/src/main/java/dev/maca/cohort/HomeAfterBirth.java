package dev.maca.cohort;

/** Where a baby went when it left hospital after the birth. */
public enum HomeAfterBirth {
    /** Home with both parents. */
    WITH_BOTH_PARENTS("home with both parents"),
    /** Home with the mother alone: the baby's father not living there. */
    WITH_MOTHER("home with the mother"),
    /** Home with the mother and her partner, who is not the baby's father. */
    WITH_MOTHER_AND_PARTNER("home with the mother and her partner"),
    /** Home with the father, the mother not living there. */
    WITH_FATHER("home with the father"),
    /** With the mother in a psychiatric mother and baby unit. */
    MOTHER_AND_BABY_UNIT("with the mother to a mother and baby unit"),
    /** With a parent to a parent-and-baby foster or residential placement. */
    PARENT_AND_BABY_PLACEMENT("to a parent-and-baby placement"),
    /** To relatives or friends (kinship care). */
    KINSHIP_CARERS("to relatives or family friends"),
    /** To foster carers. */
    FOSTER_CARE("to foster carers"),
    /** Still in hospital at the time of the audit. */
    STILL_IN_HOSPITAL("still in hospital");

    private final String label;

    HomeAfterBirth(String label) {
        this.label = label;
    }

    /** Where the baby went, as a phrase after "went", e.g. "home with the mother". */
    public String label() {
        return label;
    }
}
