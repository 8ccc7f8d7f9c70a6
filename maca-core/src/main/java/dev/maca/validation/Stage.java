package dev.maca.validation;

/**
 * How far an audit has gone, so validation asks of it only what that stage needs: a file about to become agency forms
 * needs no panel reviews yet; a final report needs a review of every family.
 */
public enum Stage {
    /** The agencies' audit-tool forms are being sent out: the scope and cohort must be sound. */
    FORMS("forms"),
    /** The multi-agency panel is about to meet: the returns are in. */
    PANEL("panel"),
    /** A draft report is being written: missing panel content is a warning. */
    DRAFT_REPORT("draft-report"),
    /** The final report goes to the Business Group: missing panel content is an error. */
    FINAL_REPORT("final-report");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage as the command line names it, e.g. {@code final-report}. */
    public String id() {
        return id;
    }

    /** Whether this stage comes after the panel has met, so that a family without a review is a gap. */
    public boolean isAfterPanel() {
        return this == DRAFT_REPORT || this == FINAL_REPORT;
    }
}
