package dev.maca.privacy;

/** A kind of personal data the {@link PrivacyGuard} looks for; findings and redaction markers name the kind, never the value. */
public enum Kind {
    /** A name from the host's list of case members' real names. */
    PERSON_NAME("name"),
    /** A ten-digit NHS number with a valid modulus-11 check digit. */
    NHS_NUMBER("NHS number"),
    /** A full UK postcode. */
    POSTCODE("postcode"),
    /** A UK landline or mobile number. */
    PHONE_NUMBER("phone number"),
    /** An e-mail address. */
    EMAIL("e-mail address"),
    /** A full calendar date (day, month and year), or a day and month given as a date of birth. */
    DATE_OF_BIRTH("date"),
    /** A school, GP practice or other place from the host's list. */
    PLACE_NAME("school or GP practice");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The kind as people read it, e.g. "NHS number". */
    public String label() {
        return label;
    }

    /** The visible marker that replaces a value of this kind under {@link Policy#REDACT}, e.g. "[redacted: NHS number]". */
    public String marker() {
        return "[redacted: " + label + "]";
    }
}
