package dev.maca.cohort;

/** How many weeks into the pregnancy a baby was born, in the bands neonatal services use. */
public enum Gestation {
    /** Born at 37 weeks or later. */
    TERM("at term (37 weeks or more)"),
    /** Born from 32 to 36 weeks. */
    MODERATE_TO_LATE_PRETERM("moderate to late preterm (32 to 36 weeks)"),
    /** Born from 28 to 31 weeks. */
    VERY_PRETERM("very preterm (28 to 31 weeks)"),
    /** Born before 28 weeks. */
    EXTREMELY_PRETERM("extremely preterm (under 28 weeks)"),
    /** The records examined do not say. */
    NOT_RECORDED("gestation not recorded");

    private final String label;

    Gestation(String label) {
        this.label = label;
    }

    /** The band as a phrase after "born", e.g. "at term (37 weeks or more)". */
    public String label() {
        return label;
    }

    /** Whether the baby was born before 37 weeks. */
    public boolean isPreterm() {
        return this == MODERATE_TO_LATE_PRETERM || this == VERY_PRETERM || this == EXTREMELY_PRETERM;
    }
}
