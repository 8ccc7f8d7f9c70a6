package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.report.testing.PdfInspection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an immediate concern may and may not reach: its detail stays in the panel's own, OFFICIAL-SENSITIVE papers. */
@DisplayName("An immediate concern's detail in the documents")
class PublicationTest {
    private static AnalysedAudit analysed;

    @BeforeAll
    static void analyse() {
        Audit audit = BriefFixtures.ready(PanelPacksTest.audit());
        analysed = AnalysedAudit.of(DocumentFixtures.guarded(audit), DocumentFixtures.tools());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PdfInspection inspection = new PdfInspection(pdf)) {
            return inspection.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("never appears in a 7-minute briefing, PDF or HTML, or in the seminar pack")
    void notInPublishedDocuments() throws IOException {
        for (LearningBrief brief : LearningBriefs.of(analysed).all()) {
            assertThat(pdfText(brief.toPdf())).doesNotContain("bail conditions");
            assertThat(new String(brief.toHtml(), StandardCharsets.UTF_8)).doesNotContain("bail conditions");
        }
        assertThat(pdfText(SeminarPack.of(analysed).toPdf())).doesNotContain("bail conditions");
    }

    @Test
    @DisplayName("never appears in the report to the Business Group")
    void notInTheReport() throws IOException {
        assertThat(pdfText(BusinessGroupReport.of(analysed).toPdf())).doesNotContain("bail conditions");
    }

    @Test
    @DisplayName("appears only in the family's own OFFICIAL-SENSITIVE panel pack")
    void onlyInThePanelPack() throws IOException {
        assertThat(pdfText(PanelPacks.of(analysed).pack("family-01").toPdf()))
                .contains("bail conditions")
                .contains("OFFICIAL-SENSITIVE");
        assertThat(pdfText(PanelPacks.of(analysed).pack("family-02").toPdf())).doesNotContain("bail conditions");
    }
}
