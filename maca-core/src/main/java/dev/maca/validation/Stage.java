package dev.maca.validation;

import dev.maca.audit.Audit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an audit has gone, so validation asks of it only what that stage needs: a file about to become agency forms
 * needs no panel reviews yet; a final report needs a review of every family. Each stage renders its {@link
 * #documents()}, and those of the stages before it.
 */
public enum Stage {
    /** The agencies' audit-tool forms are being sent out: the scope and cohort must be sound. */
    FORMS("forms", List.of(AuditDocument.AGENCY_FORMS)),
    /** The multi-agency panel is about to meet: the returns are in, and each family's panel pack is made. */
    PANEL("panel", List.of(AuditDocument.AGENCY_FORMS, AuditDocument.PANEL_PACK)),
    /** A draft report is being written: missing panel content is a warning; the report must render. */
    DRAFT_REPORT(
            "draft-report",
            List.of(
                    AuditDocument.AGENCY_FORMS,
                    AuditDocument.PANEL_PACK,
                    AuditDocument.REPORT,
                    AuditDocument.ANNEX,
                    AuditDocument.AGENCY_FEEDBACK)),
    /** The final report goes to the Business Group: missing panel content is an error; the learning must render. */
    FINAL_REPORT(
            "final-report",
            List.of(
                    AuditDocument.AGENCY_FORMS,
                    AuditDocument.PANEL_PACK,
                    AuditDocument.REPORT,
                    AuditDocument.ANNEX,
                    AuditDocument.AGENCY_FEEDBACK,
                    AuditDocument.BRIEFING,
                    AuditDocument.HUDDLE,
                    AuditDocument.SEMINAR_PACK));

    private final String id;
    private final List<AuditDocument> documents;

    Stage(String id, List<AuditDocument> documents) {
        this.id = id;
        this.documents = documents;
    }

    /** The stage as the command line names it, e.g. {@code final-report}. */
    public String id() {
        return id;
    }

    /** The documents an audit at this stage must be ready to render, in the order they are made. */
    public List<AuditDocument> documents() {
        return documents;
    }

    /** Whether this stage comes after the panel has met, so that a family without a review is a gap. */
    public boolean isAfterPanel() {
        return this == DRAFT_REPORT || this == FINAL_REPORT;
    }

    /** The stage with this id, e.g. {@code draft-report}; empty when there is none. */
    public static Optional<Stage> byId(String id) {
        Objects.requireNonNull(id, "stage id is required but was null");
        for (Stage stage : values()) {
            if (stage.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /**
     * The strictest stage the audit's content allows, and why: report content whose document control calls its
     * version final ("1.0 final", "0.9 (final draft)") means the final report; panel reviews, findings or report
     * content otherwise mean a draft report; returns alone mean the panel; a scope and cohort alone mean the forms.
     *
     * @param audit the audit; never null
     */
    public static Choice strictestFor(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        if (audit.report().isPresent()
                && audit.report()
                        .get()
                        .control()
                        .version()
                        .toLowerCase(Locale.ROOT)
                        .contains("final")) {
            return new Choice(
                    FINAL_REPORT,
                    "the report's document control calls version '"
                            + audit.report().get().control().version() + "' final");
        }
        if (audit.report().isPresent()) {
            return new Choice(DRAFT_REPORT, "the file has report content, not yet called final in its version");
        }
        if (!audit.panelReviews().isEmpty() || !audit.findings().isEmpty()) {
            return new Choice(DRAFT_REPORT, "the file has the panel's reviews or findings but no report content yet");
        }
        if (!audit.returns().isEmpty()) {
            return new Choice(PANEL, "the file has returns but no panel reviews yet");
        }
        return new Choice(FORMS, "the file has a scope and cohort but no returns yet");
    }

    /**
     * A stage chosen for an audit, with the reason in words a person reads after "because".
     *
     * @param stage the stage
     * @param reason why, e.g. "the file has returns but no panel reviews yet"
     */
    public record Choice(Stage stage, String reason) {
        public Choice {
            Objects.requireNonNull(stage, "stage is required but was null");
            dev.maca.model.Preconditions.nonBlank(reason, "stage reason");
        }
    }
}
