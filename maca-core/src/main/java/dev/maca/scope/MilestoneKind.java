package dev.maca.scope;

/** What a milestone of the audit timeline marks, so documents can find "the Business Group month" or "the seminar". */
public enum MilestoneKind {
    /** Agencies audit their cases and send their returns. */
    AUDIT,
    /** A practice learning event or multi-agency panel. */
    PANEL,
    /** The report is presented to the Business Group (or Executive). */
    REPORT,
    /** The Best Practice Seminar and dissemination of learning. */
    SEMINAR,
    /** The re-audit that tests whether the recommendations made a difference. */
    REAUDIT,
    /** Any other milestone. */
    OTHER
}
