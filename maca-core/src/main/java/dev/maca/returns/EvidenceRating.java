package dev.maca.returns;

/** Whether a standard of practice is evidenced in the agency's record. */
public enum EvidenceRating {
    /** Fully evidenced. */
    YES("Yes"),
    /** Evidenced in part. */
    PARTLY("Partly"),
    /** Not evidenced. */
    NO("No"),
    /** The question does not apply to this case. */
    NOT_APPLICABLE("Not applicable");

    private final String label;

    EvidenceRating(String label) {
        this.label = label;
    }

    /** The rating as printed and offered on forms. */
    public String label() {
        return label;
    }
}
