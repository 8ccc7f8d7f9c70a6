package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Best Practice Seminar pack")
class SeminarPackTest {
    private static byte[] bytes;
    private static PdfInspection pdf;
    private static List<LearningBrief> briefs;

    @BeforeAll
    static void render() throws IOException {
        AnalysedAudit analysed = DocumentFixtures.analysed();
        briefs = LearningBriefs.of(analysed).all();
        bytes = SeminarPack.of(analysed).toPdf();
        pdf = new PdfInspection(bytes);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    @DisplayName("opens with an agenda for the seminar month with a session per objective")
    void agenda() throws IOException {
        String agenda = pdf.pageText(2).replaceAll("\\s+", " ");
        assertThat(pdf.pageText(1)).contains("June 2021");
        assertThat(agenda)
                .contains("Agenda")
                .contains("The Best Practice Seminar in June 2021")
                .containsSubsequence(
                        "Welcome",
                        "Session 1: Fathers and males in the household",
                        "Fathers were too often known about but not seen.",
                        "Session 2: The impact of Covid-",
                        "Close");
    }

    @Test
    @DisplayName("follows the agenda with every brief, each starting on a new page")
    void everyBriefOnANewPage() throws IOException {
        int previous = 2;
        for (LearningBrief brief : briefs) {
            int start = firstPageWith(brief.title());
            assertThat(start).as(brief.title()).isGreaterThan(previous);
            assertThat(pdf.pageText(start).replaceAll("\\s+", " ").strip())
                    .as("%s opens its page", brief.title())
                    .startsWith(brief.title());
            previous = start;
        }
    }

    @Test
    @DisplayName("has a bookmark per brief with its parts beneath")
    void bookmarks() {
        assertThat(pdf.bookmarks())
                .containsSubsequence(
                        "Agenda",
                        briefs.get(0).title(),
                        "  1. Background",
                        "  7. What to do",
                        "  Questions for reflection",
                        briefs.get(1).title(),
                        "  1. Background");
    }

    @Test
    @DisplayName("is marked OFFICIAL on every page")
    void marking() throws IOException {
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.pageText(page)).contains("OFFICIAL").doesNotContain("OFFICIAL-SENSITIVE");
        }
    }

    @Test
    @DisplayName("passes veraPDF's PDF/UA-1 rules")
    void pdfUa() throws Exception {
        assertThat(VeraPdf.failures(bytes, "ua1")).isEmpty();
    }

    @Test
    @DisplayName("passes veraPDF's PDF/A-2a rules")
    void pdfA() throws Exception {
        assertThat(VeraPdf.failures(bytes, "2a")).isEmpty();
    }

    @Test
    @DisplayName("besides the part it claims (PDF/UA-1), passes every veraPDF PDF/UA-2 rule")
    void pdfUa2() throws Exception {
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(bytes)).isEmpty();
    }

    private static int firstPageWith(String text) throws IOException {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (pdf.pageText(page).replaceAll("\\s+", " ").contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
