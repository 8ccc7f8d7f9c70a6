package dev.maca.report.documents;

/**
 * The two shapes of a learning brief: the 7-minute briefing for a team meeting, on one sheet of A4 printed on both
 * sides, and the one-page version for a team huddle, which keeps the question, what was found, what to do, what the
 * partnership is doing and the questions to talk about.
 */
public enum BriefFormat {
    /** The full 7-minute briefing: seven numbered parts, questions for reflection and where to find out more. */
    BRIEFING("7-minute briefing", 2),
    /** The one-page version for a team huddle: no background figures, resources or "why it matters". */
    HUDDLE("Team huddle", 1);

    private final String label;
    private final int maxPages;

    BriefFormat(String label, int maxPages) {
        this.label = label;
        this.maxPages = maxPages;
    }

    /** The words a title starts with, e.g. "7-minute briefing". */
    public String label() {
        return label;
    }

    /** The document this shape is, as validation names it. */
    public dev.maca.validation.AuditDocument document() {
        return this == BRIEFING ? dev.maca.validation.AuditDocument.BRIEFING : dev.maca.validation.AuditDocument.HUDDLE;
    }

    /** The most pages a brief of this shape may take. */
    public int maxPages() {
        return maxPages;
    }
}
