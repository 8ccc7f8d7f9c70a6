package dev.maca.privacy;

/** What {@link AuditRewriter} does with each string of an audit, by the part the string plays. */
interface FieldVisitor {

    /** Free text, which may be replaced: returns the text to keep. */
    String text(FieldPath path, String text);

    /** An identifier other parts of the audit refer to, which is checked but never replaced. */
    void identifier(FieldPath path, String identifier);

    /** A map key (a question or objective id): returns whether it holds personal data, so paths leave it out. */
    boolean key(FieldPath map, String key);
}
