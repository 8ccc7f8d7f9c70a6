package dev.maca.returns;

/** How an agency's contacts with a family were made in a period, e.g. during the 2020 Covid-19 restrictions. */
public enum ContactMode {
    /** All or nearly all contacts were face to face. */
    FACE_TO_FACE("Face to face"),
    /** Contacts were a mix of face to face and virtual. */
    MIXED("Mixed"),
    /** Contacts were by telephone or video only. */
    VIRTUAL("Virtual"),
    /** There was no contact. */
    NONE("None");

    private final String label;

    ContactMode(String label) {
        this.label = label;
    }

    /** The mode as printed and offered on forms. */
    public String label() {
        return label;
    }
}
