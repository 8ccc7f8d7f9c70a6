package dev.maca.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.json.AuditJson;
import dev.maca.panel.PanelReview;
import dev.maca.privacy.GuardedAudit;
import dev.maca.privacy.Policy;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.documents.AnalysedAudit;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.report.documents.LearningBrief;
import dev.maca.report.documents.LearningBriefs;
import dev.maca.report.documents.PanelPack;
import dev.maca.report.documents.PanelPacks;
import dev.maca.report.documents.ReportStatus;
import dev.maca.report.documents.SeminarPack;
import dev.maca.report.forms.AuditToolForms;
import dev.maca.report.forms.ImportOptions;
import dev.maca.report.forms.PanelRecordFormImporter;
import dev.maca.report.forms.PanelRecordForms;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.tool.ToolAnswersCheck;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Embedding MACA" example, kept here so that it compiles and runs. */
@DisplayName("The README's embedding example")
class ReadmeEmbeddingTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("reads, validates, guards, analyses and renders an audit file from code")
    void embeddingExample() throws IOException {
        Path auditFile = folder.resolve("audit.json");
        AuditJson.write(TorbayAudit.audit(AgencyRegistry.discover()), auditFile);
        Path names = Files.writeString(folder.resolve("names.txt"), "# real names, kept outside the audit file\n");
        Path out = Files.createDirectories(folder.resolve("out"));
        Audit torbay = AuditJson.read(auditFile);
        Map<String, AuditTool> torbayTools = AuditTools.assembleAll(torbay.scope(), AgencyRegistry.discover());
        PanelReview recorded = torbay.panelReviews().get(0);
        Path completedRecord = Files.write(
                folder.resolve("completed-record.pdf"),
                PanelRecordForms.of(PrivacyGuard.builder().build().apply(torbay), torbayTools)
                        .formFor(recorded.caseId(), recorded));

        // README: embedding
        Audit audit = AuditJson.read(auditFile); // AuditFileException: every problem with its JSON path and fix
        AgencyRegistry agencies = AgencyRegistry.discover(); // the bundled agencies and any plugin jars
        Map<String, AuditTool> tools = AuditTools.assembleAll(audit.scope(), agencies);

        ValidationReport report =
                AuditValidator.standard().with(new ToolAnswersCheck(tools)).validate(audit);
        report.orThrow(); // AuditValidationException listing every error and warning

        GuardedAudit guarded = PrivacyGuard.builder()
                .namesFrom(names) // case members' real names, kept outside the audit file
                .policy(Policy.FAIL) // the default: refuse to render, list findings by path and kind
                .build()
                .apply(audit);
        AnalysedAudit analysed = AnalysedAudit.of(guarded, tools);

        try (OutputStream pdf = Files.newOutputStream(out.resolve("report.pdf"))) {
            BusinessGroupReport.of(analysed).status(ReportStatus.FINAL_DRAFT).writePdf(pdf);
        }
        for (LearningBrief brief : LearningBriefs.of(analysed).all()) {
            try (OutputStream html =
                    Files.newOutputStream(out.resolve(brief.objective().id() + ".html"))) {
                brief.writeHtml(html);
            }
        }
        try (OutputStream pdf = Files.newOutputStream(out.resolve("seminar-pack.pdf"))) {
            SeminarPack.of(analysed).writePdf(pdf);
        }
        List<Path> forms = AuditToolForms.of(guarded, tools).writeAll(out); // out/forms/<case>/<agency>.pdf
        for (PanelPack pack : PanelPacks.of(analysed).all()) { // one per family, for the panel
            try (OutputStream pdf = Files.newOutputStream(out.resolve(pack.caseId() + "-panel-pack.pdf"))) {
                pack.writePdf(pdf);
            }
        }
        List<Path> records = PanelRecordForms.of(guarded, tools).writeAll(out); // out/panel/forms/<case>.pdf

        // After the panel: a completed record form goes back into the audit, refused with every reason
        // (FormImportException) if it is not this audit's or this family's, or its identity was edited
        Audit reviewed = PanelRecordFormImporter.of(audit)
                .importInto(audit, completedRecord, ImportOptions.defaults().replaceExisting());
        PanelAnalysis panel = AuditAnalysis.of(reviewed, tools).panel(); // the panel's grades, family by family
        // end of README example

        assertThat(report.errors()).isEmpty();
        try (var pdf =
                org.apache.pdfbox.Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(BusinessGroupReport.TITLE);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("Torbay Safeguarding Children Partnership", "Final draft");
        }
        assertThat(out.resolve("fathers-and-males.html")).content().contains("<html lang=\"en-GB\"");
        assertThat(forms).hasSize(95);
        assertThat(records).hasSize(15);
        assertThat(out.resolve(recorded.caseId() + "-panel-pack.pdf")).isNotEmptyFile();
        assertThat(reviewed.panelReviews()).isEqualTo(audit.panelReviews());
        assertThat(panel.reviewed().count()).isEqualTo(15);
    }
}
