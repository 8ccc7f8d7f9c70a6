package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.writing.WritingRules;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report keeps the writing rules on two audits of different shapes. */
@DisplayName("The report's writing")
class ReportWritingRulesTest {
    private static final Audit NEGLECT = NeglectAudit.audit();

    private static Document neglectReport() {
        return BusinessGroupReport.of(DocumentFixtures.guarded(NEGLECT), Map.of())
                .toDocument();
    }

    @Test
    @DisplayName("keeps every writing rule for an audit shaped like the fixture's (four-point scale, Covid-19, linked)")
    void fixtureReport() {
        Audit audit = DocumentFixtures.audit();
        assertThat(WritingRules.of(audit)
                        .check(BusinessGroupReport.of(DocumentFixtures.analysed())
                                .toDocument()))
                .isEmpty();
        assertThat(WritingRules.of(audit)
                        .check(BusinessGroupReport.of(DocumentFixtures.analysed())
                                .marking(ProtectiveMarking.OFFICIAL)
                                .toDocument()))
                .isEmpty();
    }

    @Test
    @DisplayName("keeps every writing rule for a RAG-scaled neglect audit with four objectives, no Covid-19, no review")
    void neglectReportKeepsTheRules() {
        assertThat(WritingRules.of(NEGLECT).check(neglectReport())).isEmpty();
    }

    @Test
    @DisplayName("gives a section only where the audit has its content: no previous reviews, no grades by family")
    void sectionsOnlyWithContent() {
        List<String> titles =
                neglectReport().sections().stream().map(Section::title).toList();
        assertThat(titles)
                .doesNotContain("Learning from previous reviews", "The panel's grades by family")
                .contains(
                        "Findings: Seeing the child",
                        "Findings: Home conditions",
                        "Findings: Health needs",
                        "Findings: School attendance");
    }

    @Test
    @DisplayName("words the expected standard from the RAG scale: Green, and below Green")
    void scaleWords() throws IOException {
        try (PdfInspection pdf = new PdfInspection(BusinessGroupReport.of(DocumentFixtures.guarded(NEGLECT), Map.of())
                .toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("RAG rating")
                    .contains("Green meets the expected standard.")
                    .contains("Below Green")
                    .doesNotContain("Green or better")
                    .doesNotContain("Ofsted")
                    .doesNotContain("Riverside Safeguarding Children Partnership Riverside");
        }
    }
}
