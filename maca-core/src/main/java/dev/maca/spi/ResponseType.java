package dev.maca.spi;

/** How a question is answered on an audit tool. */
public enum ResponseType {
    /** Is it evidenced in the record: Yes / Partly / No / Not applicable, with the evidence as text. */
    EVIDENCED,
    /** A judgement on the audit's grading scale, with a rationale. */
    GRADED,
    /** Free text. */
    FREE_TEXT,
    /** How contacts were made in a period: face to face, mixed, virtual or none, with the evidence as text. */
    CONTACT_MODE
}
