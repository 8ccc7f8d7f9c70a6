package dev.maca.cohort;

/** The plan a baby had when it was born, from no plan to being looked after. */
public enum PlanAtBirth {
    /** No plan. */
    NONE("no plan"),
    /** Early help, called Family Help under the Families First programme from 2025. */
    FAMILY_HELP("an early help plan"),
    /** A child in need plan (section 17 of the Children Act 1989). */
    CHILD_IN_NEED("a child in need plan"),
    /** A child protection plan. */
    CHILD_PROTECTION("a child protection plan"),
    /** Pre-proceedings under the Public Law Outline. */
    PRE_PROCEEDINGS("pre-proceedings under the Public Law Outline"),
    /** Looked after by the local authority. */
    LOOKED_AFTER("looked after by the local authority");

    private final String label;

    PlanAtBirth(String label) {
        this.label = label;
    }

    /** The plan as a phrase after "with", e.g. "a child protection plan". */
    public String label() {
        return label;
    }

    /** Whether the plan is at least a child protection plan: child protection, pre-proceedings or looked after. */
    public boolean isProtective() {
        return this == CHILD_PROTECTION || this == PRE_PROCEEDINGS || this == LOOKED_AFTER;
    }
}
