package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.tool.AuditTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's examples of generating documents from code, kept here so that they compile and run. */
@DisplayName("The documents API, as the README shows it")
class ApiExamplesTest {

    @Test
    @DisplayName("writes the report, every brief and the seminar pack from a guarded audit")
    void readmeExample() throws IOException {
        Audit audit = BriefFixtures.audit();
        Map<String, AuditTool> tools = DocumentFixtures.tools(); // AuditTools.assembleAll(scope, registry)
        Map<String, ByteArrayOutputStream> files = new HashMap<>();

        // README: generating the documents
        GuardedAudit guarded = PrivacyGuard.builder().build().apply(audit);
        AnalysedAudit analysed = AnalysedAudit.of(guarded, tools);

        try (OutputStream out = open(files, "report.pdf")) {
            BusinessGroupReport.of(analysed).status(ReportStatus.FINAL_DRAFT).writePdf(out);
        }
        for (LearningBrief brief : LearningBriefs.of(analysed).all()) {
            try (OutputStream out = open(files, brief.objective().id() + ".pdf")) {
                brief.writePdf(out);
            }
            try (OutputStream out = open(files, brief.objective().id() + ".html")) {
                brief.writeHtml(out);
            }
        }
        try (OutputStream out = open(files, "seminar-pack.pdf")) {
            SeminarPack.of(analysed).writePdf(out);
        }
        // end of README example

        assertThat(files.keySet())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        "report.pdf",
                        "fathers-and-males.pdf",
                        "fathers-and-males.html",
                        "covid-19-impact.pdf",
                        "covid-19-impact.html",
                        "seminar-pack.pdf"));
        assertThat(files.get("report.pdf").toByteArray())
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(files.get("report.pdf").toByteArray())
                .isEqualTo(BusinessGroupReport.of(analysed).toPdf());
    }

    @Test
    @DisplayName("builds the model without rendering, for hosts and tests")
    void modelOnly() {
        AnalysedAudit analysed = BriefFixtures.analysed();
        assertThat(BusinessGroupReport.of(analysed).toDocument().metadata().title())
                .isEqualTo(BusinessGroupReport.TITLE);
        assertThat(LearningBriefs.of(analysed)
                        .brief("fathers-and-males")
                        .toDocument()
                        .metadata()
                        .title())
                .isEqualTo("7-minute briefing: Fathers and males in the household");
        assertThat(SeminarPack.of(analysed).toDocument().sections().get(1).title())
                .isEqualTo("Agenda");
    }

    private static OutputStream open(Map<String, ByteArrayOutputStream> files, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.put(name, out);
        return out;
    }
}
