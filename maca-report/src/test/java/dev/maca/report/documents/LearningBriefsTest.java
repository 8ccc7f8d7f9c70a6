package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.privacy.Policy;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.document.Document;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The 7-minute learning briefs")
class LearningBriefsTest {
    private static final List<String> PARTS = List.of(
            "1. The question",
            "2. Why it matters",
            "3. What we found",
            "4. Strengths and gaps",
            "5. Things to note and remember",
            "6. What to do",
            "7. What the partnership is doing",
            "Questions for reflection",
            "Find out more");

    private static AnalysedAudit analysed;
    private static List<LearningBrief> briefs;

    @BeforeAll
    static void build() {
        analysed = BriefFixtures.analysed();
        briefs = LearningBriefs.of(analysed).all();
    }

    @Test
    @DisplayName("gives one brief per objective, in the scope's order")
    void onePerObjective() {
        assertThat(briefs)
                .extracting(b -> b.objective().id())
                .containsExactly(DocumentFixtures.FATHERS, DocumentFixtures.COVID);
    }

    @Test
    @DisplayName("gives every brief the same seven numbered parts, then questions for reflection and where to find out"
            + " more")
    void sevenParts() {
        for (LearningBrief brief : briefs) {
            assertThat(brief.partTitles()).isEqualTo(PARTS);
            Document document = brief.toDocument();
            assertThat(document.sections()).extracting(Section::title).containsExactly(LearningBrief.SECTION);
            List<String> subheadings = new ArrayList<>();
            document.sections().get(0).blocks().stream()
                    .filter(b -> b instanceof Subheading)
                    .forEach(b -> subheadings.add(((Subheading) b).text()));
            assertThat(subheadings).isEqualTo(PARTS);
        }
    }

    @Test
    @DisplayName("fits every brief on at most two pages, with the parts in order and OFFICIAL on every page")
    void twoPagesAndMarked() throws IOException {
        for (LearningBrief brief : briefs) {
            try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
                assertThat(pdf.pages()).as(brief.title()).isLessThanOrEqualTo(LearningBrief.MAX_PAGES);
                assertThat(pdf.text()).containsSubsequence(PARTS);
                for (int page = 1; page <= pdf.pages(); page++) {
                    assertThat(pdf.pageText(page)).contains("OFFICIAL").doesNotContain("OFFICIAL-SENSITIVE");
                }
            }
        }
    }

    @Test
    @DisplayName("puts the objective as its plain question in part 1")
    void question() throws IOException {
        try (PdfInspection pdf = new PdfInspection(briefs.get(0).toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .containsSubsequence("1. The question", BriefFixtures.FATHERS_QUESTION, "2. Why it matters")
                    .doesNotContain("one question the audit asked")
                    .doesNotContain(briefs.get(0).objective().statement());
        }
    }

    @Test
    @DisplayName(
            "quotes the statement as the audit's aim, never as a question, when the objective has no question form")
    void noQuestionForm() throws IOException {
        LearningBrief covid = briefs.get(1);
        assertThat(covid.objective().question()).isEmpty();
        try (PdfInspection pdf = new PdfInspection(covid.toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("This briefing is about the impact of Covid-19. The audit set out to: understand the"
                            + " extent to which Covid-19 had an impact on interventions with families.")
                    .doesNotContain("question the audit asked");
        }
    }

    @Test
    @DisplayName("gives family-level facts from the panel's grades and shared measures, not pooled answers or agencies")
    void familyFacts() throws IOException {
        try (PdfInspection pdf = new PdfInspection(briefs.get(0).toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            String found = text.substring(text.indexOf("3. What we found"), text.indexOf("4. Strengths and gaps"));
            assertThat(found)
                    .contains("the panel found practice Good or better in 1 of the 3 families and below Good in 2")
                    .doesNotContain("judgements")
                    .doesNotContain("answers")
                    .doesNotContainPattern("\\d+%");
            for (String agency : DocumentFixtures.AGENCY_NAMES) {
                assertThat(found).as("no league table of agencies").doesNotContain(agency);
            }
        }
    }

    @Test
    @DisplayName("lists what the partnership is doing: each linked recommendation, then its actions by reference, owner"
            + " role and date")
    void partnershipActions() throws IOException {
        try (PdfInspection pdf = new PdfInspection(briefs.get(0).toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .containsSubsequence(
                            "7. What the partnership is doing",
                            "R1: Agencies identify, see and assess every man in the household.",
                            "Owner: Chair, Quality Assurance Subgroup, by 31 March 2022.",
                            "Its actions: R1 action 1.1 (Detective Inspector, Public Protection, by 30 September 2021);",
                            "R1 action 1.2 (Named Midwife for Safeguarding, by 31 December 2021).");
        }
    }

    @Test
    @DisplayName("gives each resource its address and the day it was checked, then the review date and the contact")
    void resourcesReviewAndContact() throws IOException {
        try (PdfInspection pdf = new PdfInspection(briefs.get(0).toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text)
                    .containsSubsequence(
                            "Find out more",
                            "https://www.example.org/resources/learning (checked 1 June 2021).",
                            "Review by: 30 June 2022.",
                            "Contact: Partnership Business Manager.");
        }
    }

    @Test
    @DisplayName("refuses a brief without a review date, a contact or a resource's address, naming each field")
    void requiresReviewContactAndAddress() {
        Audit audit = BriefFixtures.audit();
        LearningContent l = audit.learning().get(0);
        Audit bare = audit.withLearning(List.of(
                new LearningContent(
                        l.objectiveId(),
                        l.whyItMatters(),
                        l.whatGoodLooksLike(),
                        l.thingsToRemember(),
                        l.whatToDo(),
                        l.reflectionQuestions(),
                        List.of(new LearningResource("A local protocol", "the partnership"))),
                audit.learning().get(1)));
        assertThatThrownBy(() -> LearningBriefs.of(BriefFixtures.analysed(bare)).brief(DocumentFixtures.FATHERS))
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly(
                                "/learning/0/reviewBy",
                                "/learning/0/contactRole",
                                "/learning/0/resources/0/url",
                                "/learning/0/resources/0/checkedOn"))
                .hasMessageContaining("the day the brief is reviewed by for objective 'fathers-and-males'");
    }

    @Test
    @DisplayName("refuses a brief when the panel has graded no family for its objective")
    void requiresPanelGrades() {
        Audit audit = BriefFixtures.audit().withPanelReviews(List.of());
        assertThatThrownBy(
                        () -> LearningBriefs.of(BriefFixtures.analysed(audit)).brief(DocumentFixtures.FATHERS))
                .isInstanceOfSatisfying(
                        MissingContentException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("/panelReviews"));
    }

    @Test
    @DisplayName("names no family, child or adult, though the report may")
    void disguisesCases() throws IOException {
        for (LearningBrief brief : briefs) {
            try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
                assertThat(pdf.text())
                        .doesNotContainPattern("Family \\d")
                        .doesNotContainPattern("(Child|Unborn) [A-Z]\\b")
                        .doesNotContainPattern("Adult \\d");
            }
        }
    }

    @Test
    @DisplayName("refuses panel text that names a family, pointing at the field")
    void refusesPseudonyms() {
        Audit audit = BriefFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        Audit naming = withFindings(
                audit,
                new ObjectiveFindings(
                        fathers.objectiveId(),
                        fathers.grade(),
                        "In Family 2 the father was never seen.",
                        fathers.narrative(),
                        fathers.goodPractice(),
                        fathers.areasForDevelopment()));
        LearningBriefs of = LearningBriefs.of(BriefFixtures.analysed(naming));
        assertThatThrownBy(() -> of.brief(DocumentFixtures.FATHERS))
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly("/findings/0/keyMessage"))
                .hasMessageNotContaining("father was never seen");
    }

    @Test
    @DisplayName("names every missing piece of every brief at once")
    void missingContent() {
        Audit audit = BriefFixtures.audit();
        Audit withoutLearning = audit.withFindings(List.of(audit.findings().get(1)))
                .withLearning(List.of(audit.learning().get(0)));
        LearningBriefs of = LearningBriefs.of(BriefFixtures.analysed(withoutLearning));
        assertThatThrownBy(of::all).isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                .extracting(Problem::message)
                .containsExactly(
                        "The 7-minute briefing needs the panel's findings for objective 'fathers-and-males'"
                                + " (Fathers and males in the household).",
                        "The 7-minute briefing needs learning content for objective 'covid-19-impact' (The"
                                + " impact of Covid-19)."));
    }

    @Test
    @DisplayName("says how many values the privacy guard redacted")
    void redactionNote() throws IOException {
        Audit audit = BriefFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        Audit named = withFindings(
                audit,
                new ObjectiveFindings(
                        fathers.objectiveId(),
                        fathers.grade(),
                        fathers.keyMessage(),
                        List.of("Where men were engaged, as with Jason Smith, practice was strong."),
                        fathers.goodPractice(),
                        fathers.areasForDevelopment()));
        var guarded = PrivacyGuard.builder()
                .names(List.of("Jason Smith"))
                .policy(Policy.REDACT)
                .build()
                .apply(named);
        LearningBrief brief =
                LearningBriefs.of(guarded, DocumentFixtures.tools()).brief(DocumentFixtures.FATHERS);
        try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .doesNotContain("Jason")
                    .contains("The privacy guard replaced 1 value in the audit's free text");
        }
    }

    @Test
    @DisplayName(
            "prints all of what good looks like, in the PDF and the HTML alike, and leaves the panel's narrative to"
                    + " the report")
    void neverDropsContent() throws IOException {
        Audit audit = BriefFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        List<String> narrative = List.of(
                "Where men were engaged, practice was strong and histories were checked.",
                "In many cases, however, men were not seen and their histories were not checked.",
                "Covid-19 rules kept partners out of appointments.");
        LearningContent learning = audit.learning().get(0);
        List<String> good = List.of(
                "Every man in or around the household is identified.",
                "Fathers are seen in their own right.",
                "The plan says what is expected of each man.");
        Audit full = audit.withFindings(List.of(
                        new ObjectiveFindings(
                                fathers.objectiveId(),
                                fathers.grade(),
                                fathers.keyMessage(),
                                narrative,
                                fathers.goodPractice(),
                                fathers.areasForDevelopment()),
                        audit.findings().get(1)))
                .withLearning(List.of(
                        withWhatGoodLooksLike(learning, good), audit.learning().get(1)));
        LearningBrief brief = LearningBriefs.of(BriefFixtures.analysed(full)).brief(DocumentFixtures.FATHERS);
        String html = new String(brief.toHtml(), StandardCharsets.UTF_8);
        try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains(good).contains("What good looks like").doesNotContain(narrative.get(1));
        }
        assertThat(html).contains(good).doesNotContain(narrative.get(1));
    }

    @Test
    @DisplayName(
            "refuses a brief too long for two pages, naming the field to shorten and by how much, never cutting it")
    void refusesTooLong() {
        Audit audit = BriefFixtures.audit();
        List<String> good = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            good.add("Practice point " + i + ": every man in or around the household is identified, seen in his own"
                    + " right, and his history checked with the police and adult services.");
        }
        Audit tooLong = audit.withLearning(List.of(
                withWhatGoodLooksLike(audit.learning().get(0), good),
                audit.learning().get(1)));
        LearningBriefs of = LearningBriefs.of(BriefFixtures.analysed(tooLong));
        assertThatThrownBy(() -> of.brief(DocumentFixtures.FATHERS))
                .isInstanceOfSatisfying(MissingContentException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("/learning/0/whatGoodLooksLike");
                    assertThat(e.problems().get(0).message())
                            .contains("what good looks like for objective 'fathers-and-males' to be shorter")
                            .containsPattern("it has \\d+ words where a brief has room for about \\d+")
                            .containsPattern("runs to \\d+ pages, about \\d+ words more than 2 pages hold");
                    assertThat(e.problems().get(0).fix())
                            .containsPattern("Cut about \\d+ words from what good looks like");
                });
    }

    @Test
    @DisplayName("publishes each brief as HTML too")
    void html() {
        String html = new String(briefs.get(0).toHtml(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("7-minute briefing: Fathers and males in the household")
                .contains("7. What the partnership is doing");
    }

    @Test
    @DisplayName("passes veraPDF's PDF/UA-1 and PDF/A-2a rules")
    void conformance() throws Exception {
        byte[] pdf = briefs.get(0).toPdf();
        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
    }

    @Test
    @DisplayName("besides the part it claims (PDF/UA-1), passes every veraPDF PDF/UA-2 rule")
    void pdfUa2() throws Exception {
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(briefs.get(0).toPdf()))
                .isEmpty();
    }

    @Test
    @DisplayName("refuses an objective the scope does not have")
    void unknownObjective() {
        assertThatThrownBy(() -> LearningBriefs.of(analysed).brief("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fathers-and-males");
    }

    private static LearningContent withWhatGoodLooksLike(LearningContent learning, List<String> good) {
        return new LearningContent(
                learning.objectiveId(),
                learning.whyItMatters(),
                good,
                learning.thingsToRemember(),
                learning.whatToDo(),
                learning.reflectionQuestions(),
                learning.resources(),
                learning.reviewBy(),
                learning.contactRole());
    }

    private static Audit withFindings(Audit audit, ObjectiveFindings first) {
        return audit.withFindings(List.of(first, audit.findings().get(1)));
    }
}
