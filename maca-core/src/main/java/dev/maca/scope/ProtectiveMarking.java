package dev.maca.scope;

/** The Government Security Classification marking shown on every page of a document. */
public enum ProtectiveMarking {
    /** The default for audit material and published learning. */
    OFFICIAL("OFFICIAL"),
    /** A handling caveat a partnership may choose for the report to its Business Group. */
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

    private final String label;

    ProtectiveMarking(String label) {
        this.label = label;
    }

    /** The marking as printed, e.g. "OFFICIAL-SENSITIVE". */
    public String label() {
        return label;
    }
}
