package dev.maca.report.documents;

/** Where a report to the Business Group stands, as its cover says: a draft, the final draft, or final. */
public enum ReportStatus {
    /** A working draft, for comment. */
    DRAFT("Draft"),
    /** The final draft presented to the Business Group for approval. */
    FINAL_DRAFT("Final draft"),
    /** Approved by the Business Group. */
    FINAL("Final");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The status as the cover prints it, e.g. "Final draft". */
    public String label() {
        return label;
    }
}
