package dev.maca.panel;

/** Where in the audit an immediate concern was first raised. */
public enum ConcernSource {
    /** By an agency's auditor, answering "Is there anything in this case that needs action now?" in its return. */
    RETURN("an agency's return"),
    /** At the multi-agency panel. */
    PANEL("the panel"),
    /** Elsewhere in the audit, e.g. by the coordinator reading the returns. */
    COORDINATOR("the audit coordinator");

    private final String label;

    ConcernSource(String label) {
        this.label = label;
    }

    /** The source as a phrase after "raised by", e.g. "the panel". */
    public String label() {
        return label;
    }
}
