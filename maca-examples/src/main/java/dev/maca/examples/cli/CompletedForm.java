package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.report.forms.AuditToolFormImporter;
import dev.maca.report.forms.FormImportException;
import dev.maca.report.forms.FormKind;
import dev.maca.report.forms.ImportOptions;
import dev.maca.report.forms.PanelRecord;
import dev.maca.report.forms.PanelRecordFormImporter;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ReturnStatus;
import java.nio.file.Path;

/**
 * One completed form read for {@code maca import}: an agency's return or the panel's record of a family, with what it
 * is for (so two forms for the same thing are caught), how to merge it and how to describe it.
 */
sealed interface CompletedForm {
    /** The form's file. */
    Path file();

    /** What the form is for, e.g. "case family-07 from police"; two forms with one key are refused. */
    String key();

    /** The audit with this form merged in. */
    Audit mergeInto(Audit audit, ImportOptions options);

    /** Whether the audit already holds what this form would replace. */
    boolean replacesIn(Audit audit);

    /** One line for the summary: "case family-07 from police (complete)". */
    String describe();

    /**
     * Reads a completed form of either kind.
     *
     * @throws FormImportException when the form is refused
     */
    static CompletedForm read(
            Path file,
            byte[] pdf,
            AuditToolFormImporter returns,
            PanelRecordFormImporter panel,
            ImportOptions options) {
        String name = file.toString();
        return FormKind.of(pdf, name) == FormKind.PANEL_RECORD
                ? new Record(file, panel.read(pdf, name, options))
                : new Return(file, returns.read(pdf, name, options));
    }

    /** An agency's audit-tool form, read into its return. */
    record Return(Path file, AuditReturn read) implements CompletedForm {
        @Override
        public String key() {
            return "case " + read.caseId() + " from " + read.agencyId();
        }

        @Override
        public Audit mergeInto(Audit audit, ImportOptions options) {
            return AuditToolFormImporter.merge(audit, read, file.toString(), options);
        }

        @Override
        public boolean replacesIn(Audit audit) {
            return audit.returns().stream()
                    .anyMatch(r ->
                            r.caseId().equals(read.caseId()) && r.agencyId().equals(read.agencyId()));
        }

        @Override
        public String describe() {
            String status = read.status() == ReturnStatus.COMPLETE
                    ? "complete"
                    : "incomplete, " + Problems.count(read.unanswered().size(), "required question") + " unanswered";
            return key() + " (" + status + ")";
        }
    }

    /** The panel's record form of a family, read into the panel review and any concern it raised. */
    record Record(Path file, PanelRecord read) implements CompletedForm {
        @Override
        public String key() {
            return "the panel's record of case " + read.review().caseId();
        }

        @Override
        public Audit mergeInto(Audit audit, ImportOptions options) {
            return PanelRecordFormImporter.merge(audit, read, file.toString(), options);
        }

        @Override
        public boolean replacesIn(Audit audit) {
            return audit.panelReviewFor(read.review().caseId()).isPresent();
        }

        @Override
        public String describe() {
            return key() + " (" + Problems.count(read.review().grades().size(), "objective") + " graded"
                    + (read.raised().isPresent() ? ", an immediate concern raised" : "")
                    + (read.updates().isEmpty()
                            ? ""
                            : ", " + Problems.count(read.updates().size(), "open concern") + " updated")
                    + ")";
        }
    }
}
