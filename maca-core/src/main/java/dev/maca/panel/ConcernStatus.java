package dev.maca.panel;

/** Whether an immediate concern still needs following up. */
public enum ConcernStatus {
    /** Action is still under way, or its outcome is not yet known. */
    OPEN("Open"),
    /** The action is complete and its outcome recorded. */
    CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    /** The status as printed. */
    public String label() {
        return label;
    }
}
