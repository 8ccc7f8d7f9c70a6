package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The one-page brief for a team huddle")
class HuddleBriefsTest {
    private static List<LearningBrief> huddles;

    @BeforeAll
    static void build() {
        huddles = LearningBriefs.of(BriefFixtures.analysed()).huddles();
    }

    @Test
    @DisplayName("fits on one page, marked OFFICIAL")
    void onePage() throws IOException {
        for (LearningBrief huddle : huddles) {
            try (PdfInspection pdf = new PdfInspection(huddle.toPdf())) {
                assertThat(pdf.pages()).as(huddle.title()).isEqualTo(BriefFormat.HUDDLE.maxPages());
                assertThat(pdf.pageText(1)).contains("OFFICIAL").doesNotContain("OFFICIAL-SENSITIVE");
            }
        }
    }

    @Test
    @DisplayName(
            "keeps the question, what was found, what to do, the partnership's actions and questions to talk about")
    void keepsWhatAHuddleNeeds() throws IOException {
        LearningBrief fathers = huddles.get(0);
        assertThat(fathers.title()).isEqualTo("Team huddle: Fathers and males in the household");
        assertThat(fathers.partTitles()).isEqualTo(BriefWriter.HUDDLE_TITLES);
        try (PdfInspection pdf = new PdfInspection(fathers.toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .containsSubsequence(
                            BriefFixtures.FATHERS_QUESTION,
                            "The panel's key message: Fathers were too often known about but not seen.",
                            "Strength: Police checks on new partners.",
                            "To develop: See fathers in their own right.",
                            "Ask every mother who else lives in or visits the home.",
                            "The partnership has agreed 2 actions on this question (R1 action 1.1, R1 action 1.2), due"
                                    + " between 30 September 2021 and 31 December 2021.",
                            "How many fathers have you met in person?",
                            "Review by: 30 June 2022.");
        }
    }

    @Test
    @DisplayName("drops what a huddle does not need: why it matters, the narrative and the resources")
    void dropsTheRest() throws IOException {
        try (PdfInspection pdf = new PdfInspection(huddles.get(0).toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .doesNotContain("Most injuries to babies are caused by male carers")
                    .doesNotContain("Where men were engaged, practice was strong.")
                    .doesNotContain("https://www.example.org/resources/learning")
                    .doesNotContain("2. Why it matters");
        }
    }

    @Test
    @DisplayName("publishes as HTML and passes veraPDF's PDF/UA-1 and PDF/A-2b rules")
    void conformance() throws Exception {
        byte[] pdf = huddles.get(0).toPdf();
        assertThat(new String(huddles.get(0).toHtml(), StandardCharsets.UTF_8)).contains("For the team huddle");
        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
    }
}
