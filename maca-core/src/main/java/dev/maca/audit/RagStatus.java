package dev.maca.audit;

/** Progress of an action in the action plan, as Business Groups track it. */
public enum RagStatus {
    /** Not started or off track. */
    RED("Red"),
    /** Started, with risks to completion. */
    AMBER("Amber"),
    /** On track. */
    GREEN("Green"),
    /** Completed, with evidence of impact. */
    COMPLETE("Complete");

    private final String label;

    RagStatus(String label) {
        this.label = label;
    }

    /** The status as printed. */
    public String label() {
        return label;
    }
}
