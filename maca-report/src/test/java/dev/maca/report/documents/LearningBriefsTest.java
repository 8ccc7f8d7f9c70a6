package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.analysis.Proportion;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
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
            "1. Background",
            "2. Why it matters",
            "3. What we found: the figures",
            "4. What we found: the panel's view",
            "5. What we found: strengths and gaps",
            "6. Things to note and remember",
            "7. What to do",
            "Questions for reflection");

    private static AnalysedAudit analysed;
    private static List<LearningBrief> briefs;

    @BeforeAll
    static void build() {
        analysed = DocumentFixtures.analysed();
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
    @DisplayName("gives every brief the same seven numbered parts, then questions for reflection")
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
    @DisplayName("states the objective and the figures exactly as the analysis computes them")
    void figures() throws IOException {
        for (LearningBrief brief : briefs) {
            ObjectiveAnalysis objective =
                    analysed.analysis().objective(brief.objective().id()).orElseThrow();
            Proportion good = objective.judgements().byCase().atOrAboveExpected();
            Proportion below = objective.judgements().all().belowExpected();
            try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
                String text = pdf.text().replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(brief.objective().statement())
                        .contains(good.count() + " of " + good.total() + " cases")
                        .contains(below.count() + " of " + below.total() + " agency judgements were below Good");
            }
        }
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
        Audit audit = DocumentFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        List<String> narrative = List.of("In Family 2 the father was never seen.");
        Audit naming = withFindings(
                audit,
                new ObjectiveFindings(
                        fathers.objectiveId(),
                        fathers.grade(),
                        fathers.keyMessage(),
                        narrative,
                        fathers.goodPractice(),
                        fathers.areasForDevelopment()));
        LearningBriefs of = LearningBriefs.of(DocumentFixtures.guarded(naming), DocumentFixtures.tools());
        assertThatThrownBy(() -> of.brief(DocumentFixtures.FATHERS))
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly("/findings/0/narrative/0"))
                .hasMessageNotContaining("father was never seen");
    }

    @Test
    @DisplayName("names every missing piece of every brief at once")
    void missingContent() {
        Audit audit = DocumentFixtures.audit();
        Audit withoutLearning = new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                List.of(audit.findings().get(1)),
                audit.recommendations(),
                List.of(audit.learning().get(0)));
        LearningBriefs of = LearningBriefs.of(DocumentFixtures.guarded(withoutLearning), DocumentFixtures.tools());
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
        Audit audit = DocumentFixtures.audit();
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
    @DisplayName("prints all of the panel's narrative and what good looks like, in the PDF and the HTML alike")
    void neverDropsContent() throws IOException {
        Audit audit = DocumentFixtures.audit();
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
        Audit full = new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                List.of(
                        new ObjectiveFindings(
                                fathers.objectiveId(),
                                fathers.grade(),
                                fathers.keyMessage(),
                                narrative,
                                fathers.goodPractice(),
                                fathers.areasForDevelopment()),
                        audit.findings().get(1)),
                audit.recommendations(),
                List.of(withWhatGoodLooksLike(learning, good), audit.learning().get(1)));
        LearningBrief brief = LearningBriefs.of(DocumentFixtures.guarded(full), DocumentFixtures.tools())
                .brief(DocumentFixtures.FATHERS);
        String html = new String(brief.toHtml(), StandardCharsets.UTF_8);
        try (PdfInspection pdf = new PdfInspection(brief.toPdf())) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains(narrative).contains(good).contains("What good looks like");
        }
        assertThat(html).contains(narrative).contains(good);
    }

    @Test
    @DisplayName(
            "refuses a brief too long for two pages, naming the field to shorten and by how much, never cutting it")
    void refusesTooLong() {
        Audit audit = DocumentFixtures.audit();
        List<String> good = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            good.add("Practice point " + i + ": every man in or around the household is identified, seen in his own"
                    + " right, and his history checked with the police and adult services.");
        }
        Audit tooLong = new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                audit.findings(),
                audit.recommendations(),
                List.of(
                        withWhatGoodLooksLike(audit.learning().get(0), good),
                        audit.learning().get(1)));
        LearningBriefs of = LearningBriefs.of(DocumentFixtures.guarded(tooLong), DocumentFixtures.tools());
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
                .contains("7. What to do");
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
                learning.resources());
    }

    private static Audit withFindings(Audit audit, ObjectiveFindings first) {
        return new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                List.of(first, audit.findings().get(1)),
                audit.recommendations(),
                audit.learning());
    }
}
