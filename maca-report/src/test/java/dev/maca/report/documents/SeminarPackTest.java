package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Audit;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import dev.maca.scope.Milestone;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The seminar pack")
class SeminarPackTest {
    private static byte[] bytes;
    private static PdfInspection pdf;
    private static List<LearningBrief> briefs;

    @BeforeAll
    static void render() throws IOException {
        AnalysedAudit analysed = BriefFixtures.analysed();
        briefs = LearningBriefs.of(analysed).all();
        bytes = SeminarPack.of(analysed).toPdf();
        pdf = new PdfInspection(bytes);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    @DisplayName("is titled with the event's name from the timeline, the partnership only on the cover")
    void title() throws IOException {
        String cover = pdf.pageText(1).replaceAll("\\s+", " ");
        assertThat(cover)
                .contains(BriefFixtures.EVENT)
                .contains("Seaside Safeguarding Children Partnership")
                .contains("Thursday 24 June 2021")
                .doesNotContain("Best Practice Seminar");
        assertThat(SeminarPack.of(BriefFixtures.analysed())
                        .toDocument()
                        .metadata()
                        .title())
                .isEqualTo(BriefFixtures.EVENT);
    }

    @Test
    @DisplayName("gives the event's day, times, venue, link and facilitators by role")
    void details() {
        assertThat(text())
                .containsSubsequence(
                        "The event",
                        "Thursday 24 June 2021, 09:30 to 12:30",
                        "Training room 2, Civic Offices",
                        "https://meet.example.org/learning-event",
                        "Partnership Business Manager (chair); Designated Nurse for Safeguarding (case study)");
    }

    @Test
    @DisplayName("has an agenda timed from start to end, built from the objectives, case study and voice segment")
    void agenda() {
        assertThat(text())
                .containsSubsequence(
                        "Agenda",
                        "09:30–",
                        "Welcome and the audit",
                        "What we found: Fathers and males in the household",
                        "Fathers were too often known about but not seen.",
                        "What we found: The impact of Covid-19",
                        "Case study: group work",
                        "The family's and practitioners' voice",
                        "What the partnership is doing, and your commitments")
                .containsPattern("\\d\\d:\\d\\d–12:30 What the partnership is doing");
    }

    @Test
    @DisplayName("gives the panel's agreed illustration as the case study, with each objective's question for groups")
    void caseStudy() {
        assertThat(text())
                .containsSubsequence(
                        "Case study for group work",
                        BriefFixtures.ILLUSTRATION,
                        "Questions for your group",
                        BriefFixtures.FATHERS_QUESTION,
                        "What does this family's story tell us about the impact of Covid-19?")
                .doesNotContainPattern("Family \\d");
    }

    @Test
    @DisplayName("has an attendance sheet with rows to fill in for every agency of the scope")
    void attendance() throws IOException {
        String sheet = text().substring(text().indexOf("Attendance by agency"), text().indexOf("On the day"));
        assertThat(sheet).contains("Agency", "Name", "Role and team", "Signature");
        for (String agency : DocumentFixtures.AGENCY_NAMES) {
            assertThat(sheet.split(java.util.regex.Pattern.quote(agency), -1))
                    .as(agency)
                    .hasSize(SeminarSections.ROWS_PER_AGENCY + 1);
        }
        assertThat(sheet).contains("Other (please say)");
    }

    @Test
    @DisplayName("has an evaluation form for the day and a follow-up three months after the event")
    void evaluation() {
        assertThat(text())
                .containsSubsequence(
                        "Evaluation",
                        "On the day",
                        "I feel confident about fathers and males in the household",
                        "One thing you will do differently",
                        "Three months on",
                        "On or after 24 September 2021",
                        "What have you done differently since the event?");
    }

    @Test
    @DisplayName("refuses a pack without the event's details or a usable case study, naming each field")
    void requiresEventAndCaseStudy() {
        Audit audit = BriefFixtures.audit();
        Milestone seminar = BriefFixtures.seminar(audit);
        Audit bare = BriefFixtures.withSeminar(
                        audit, Milestone.inMonth(seminar.id(), seminar.kind(), seminar.description(), seminar.month()))
                .withPanelReviews(audit.panelReviews().stream()
                        .map(r -> r.illustration().isPresent()
                                ? r.toBuilder()
                                        .illustration("In March 2020 the baby was seen.")
                                        .build()
                                : r)
                        .toList());
        assertThatThrownBy(() -> SeminarPack.of(BriefFixtures.analysed(bare)).toDocument())
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly(
                                "/scope/timeline/milestones/3/date",
                                "/scope/timeline/milestones/3/event",
                                "/panelReviews/0/illustration"));
    }

    @Test
    @DisplayName("follows the agenda with every brief, each starting on a new page")
    void everyBriefOnANewPage() throws IOException {
        int previous = firstPageWith("Three months on");
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
                        "Case study for group work",
                        "Attendance",
                        "Evaluation",
                        briefs.get(0).title(),
                        "  1. The question",
                        "  7. What the partnership is doing",
                        "  Questions for reflection",
                        briefs.get(1).title(),
                        "  1. The question");
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

    private static String text() {
        try {
            return pdf.text().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int firstPageWith(String text) throws IOException {
        for (int page = 1; page <= pdf.pages(); page++) {
            if (pdf.pageText(page).replaceAll("\\s+", " ").contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " not found");
    }

    @Test
    @DisplayName("keeps a proper event name's capitals inside a sentence and lowers a descriptive one")
    void eventNameInASentence() {
        assertThat(SeminarSections.eventName("Best Practice Seminar")).isEqualTo("Best Practice Seminar");
        assertThat(SeminarSections.eventName("Learning event for practitioners"))
                .isEqualTo("learning event for practitioners");
    }
}
