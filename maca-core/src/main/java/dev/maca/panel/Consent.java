package dev.maca.panel;

/** Whether a family member agreed to share their view with the audit. */
public enum Consent {
    /** They agreed, and what they said may be used (disguised) in the audit. */
    GIVEN("Given"),
    /** They were asked and declined. */
    DECLINED("Declined"),
    /** They were not asked (the family was not invited, or could not be reached). */
    NOT_SOUGHT("Not sought");

    private final String label;

    Consent(String label) {
        this.label = label;
    }

    /** The answer as printed and offered on forms. */
    public String label() {
        return label;
    }
}
