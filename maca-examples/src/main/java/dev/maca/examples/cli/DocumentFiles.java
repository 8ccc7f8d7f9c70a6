package dev.maca.examples.cli;

import dev.maca.privacy.GuardedAudit;
import dev.maca.report.forms.AuditToolForms;
import dev.maca.report.forms.FormIdentity;
import dev.maca.report.forms.PanelRecordForms;
import dev.maca.tool.AuditTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each document goes in an output folder, the same for {@code maca demo} and the single commands: briefs as
 * {@code NN-<objective-id>.pdf} and {@code .html} with their one-page huddle versions as {@code
 * NN-<objective-id>-huddle.pdf} and {@code .html}, forms as {@code <case-id>/<agency-id>.pdf}, panel packs as {@code
 * <case-id>.pdf} and {@code .html} with the panel record forms as {@code forms/<case-id>.pdf}, agency feedback as
 * {@code <agency-id>.pdf} and {@code .html}.
 */
final class DocumentFiles {
    private DocumentFiles() {}

    /**
     * Every learning brief, PDF then HTML, each followed by its huddle page, into {@code folder/under}, shown relative to {@code folder} (give an empty
     * folder to show them as {@code under/...}).
     */
    static List<PlannedFile> briefs(Path folder, Path under, AuditDocuments documents) {
        List<PlannedFile> files = new ArrayList<>();
        for (AuditDocuments.Brief brief : documents.briefs()) {
            files.add(PlannedFile.in(folder, under.resolve(brief.baseName() + ".pdf"), brief.pdf()));
            files.add(PlannedFile.in(folder, under.resolve(brief.baseName() + ".html"), brief.html()));
            files.add(PlannedFile.in(folder, under.resolve(brief.baseName() + "-huddle.pdf"), brief.huddlePdf()));
            files.add(PlannedFile.in(folder, under.resolve(brief.baseName() + "-huddle.html"), brief.huddleHtml()));
        }
        return files;
    }

    /**
     * Every family's panel pack (PDF then HTML, {@code <case-id>.pdf} and {@code .html}) and panel record form
     * ({@code forms/<case-id>.pdf}) into {@code folder/under}, in cohort order.
     */
    static List<PlannedFile> panel(
            Path folder, Path under, AuditDocuments documents, GuardedAudit guarded, Map<String, AuditTool> tools) {
        List<PlannedFile> files = new ArrayList<>();
        for (AuditDocuments.Pack pack : documents.panelPacks()) {
            files.add(PlannedFile.in(folder, under.resolve(pack.caseId() + ".pdf"), pack.pdf()));
            files.add(PlannedFile.in(folder, under.resolve(pack.caseId() + ".html"), pack.html()));
        }
        PanelRecordForms forms = PanelRecordForms.of(guarded, tools);
        for (FormIdentity form : forms.forms()) {
            files.add(PlannedFile.in(
                    folder,
                    under.resolve("forms").resolve(form.caseId() + ".pdf"),
                    o -> forms.writeFormFor(form.caseId(), o)));
        }
        return files;
    }

    /** Every agency's feedback, PDF then HTML ({@code <agency-id>.pdf} and {@code .html}), into {@code folder/under}. */
    static List<PlannedFile> feedback(Path folder, Path under, AuditDocuments documents) {
        List<PlannedFile> files = new ArrayList<>();
        for (AuditDocuments.Feedback feedback : documents.feedback()) {
            files.add(PlannedFile.in(folder, under.resolve(feedback.agencyId() + ".pdf"), feedback.pdf()));
            files.add(PlannedFile.in(folder, under.resolve(feedback.agencyId() + ".html"), feedback.html()));
        }
        return files;
    }

    /** Every audit-tool form of the cohort into {@code folder/under}, case by case in cohort order. */
    static List<PlannedFile> forms(Path folder, Path under, GuardedAudit guarded, Map<String, AuditTool> tools) {
        AuditToolForms forms = AuditToolForms.of(guarded, tools.values());
        List<PlannedFile> files = new ArrayList<>();
        for (FormIdentity form : forms.forms()) {
            Path relative = under.resolve(form.caseId()).resolve(form.respondentId() + ".pdf");
            files.add(PlannedFile.in(folder, relative, o -> forms.writeFormFor(form.caseId(), form.respondentId(), o)));
        }
        return files;
    }
}
