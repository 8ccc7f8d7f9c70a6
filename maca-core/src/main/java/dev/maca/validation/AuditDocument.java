package dev.maca.validation;

/**
 * A document MACA renders from an audit, named so that validation can ask of an audit everything each document will
 * ask before it renders ({@link DocumentNeeds}), and a renderer can ask the same of its own document.
 */
public enum AuditDocument {
    /** The fillable audit-tool form for each family and agency involved. */
    AGENCY_FORMS("agency audit-tool forms"),
    /** The pack for each family that the multi-agency panel reads before it meets. */
    PANEL_PACK("panel pack"),
    /** The report to the Business Group. */
    REPORT("report to the Business Group"),
    /** The report's annex: question sets, grading scale and cohort selection. */
    ANNEX("annex to the report"),
    /** The feedback to each agency on its own returns. */
    AGENCY_FEEDBACK("agency feedback"),
    /** The two-page 7-minute briefing for each objective. */
    BRIEFING("7-minute briefing"),
    /** The one-page team huddle version of each briefing. */
    HUDDLE("Team huddle"),
    /** The learning event's pack, with every briefing. */
    SEMINAR_PACK("seminar pack");

    private final String label;

    AuditDocument(String label) {
        this.label = label;
    }

    /** The document as a sentence names it, e.g. "report to the Business Group". */
    public String label() {
        return label;
    }
}
