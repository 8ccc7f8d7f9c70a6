package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.analysis.Proportion;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.document.Table;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.Objective;
import dev.maca.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The report to the Business Group")
class BusinessGroupReportTest {
    private static AnalysedAudit analysed;
    private static AuditAnalysis analysis;
    private static byte[] pdfBytes;
    private static PdfInspection pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        analysed = DocumentFixtures.analysed();
        analysis = analysed.analysis();
        pdfBytes = BusinessGroupReport.of(analysed).toPdf();
        pdf = new PdfInspection(pdfBytes);
        text = pdf.text().replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static String share(Proportion p, String unit) {
        return p.count() + " of " + p.total() + " " + unit + " (" + p.percent().getAsInt() + "%)";
    }

    @Test
    @DisplayName("has every section the issue asks for, in the order readers expect")
    void sectionsInOrder() {
        List<String> titles = BusinessGroupReport.of(analysed).toDocument().sections().stream()
                .map(Section::title)
                .toList();
        assertThat(titles)
                .containsExactly(
                        "Contents",
                        "Executive summary",
                        "Background",
                        "Purpose",
                        "Objectives",
                        "Methodology",
                        "Cohort profile",
                        "Findings: Fathers and males in the household",
                        "Findings: The impact of Covid-19",
                        "Agency participation and completeness",
                        "Multi-agency consistency",
                        "Contact with families during Covid-19",
                        "Learning from previous reviews",
                        "Recommendations",
                        "Action plan",
                        "Appendix A: each agency's audit questions",
                        "Appendix B: grading definitions",
                        "Appendix C: cohort selection");
    }

    @Test
    @DisplayName("states every objective as the scope does and names every agency")
    void objectivesAndAgencies() {
        for (Objective objective : analysed.guarded().audit().scope().objectives()) {
            assertThat(text).contains(objective.statement());
        }
        assertThat(text).contains(DocumentFixtures.AGENCY_NAMES);
    }

    @Test
    @DisplayName("prints each objective's headline figures exactly as the analysis computes them")
    void figuresEqualTheAnalysis() {
        for (ObjectiveAnalysis objective : analysis.objectives()) {
            var judgements = objective.judgements();
            assertThat(text)
                    .contains("In " + share(judgements.byCase().atOrAboveExpected(), "cases")
                            + " every agency that judged the case found practice Good or better.")
                    .contains(share(judgements.all().belowExpected(), "agency judgements") + " were below Good.");
        }
        var fathers = analysis.objective(DocumentFixtures.FATHERS).orElseThrow();
        assertThat(text)
                .contains(share(
                        fathers.evidence().overall().shareOfApplicable(EvidenceRating.YES), "applicable answers"));
        assertThat(text)
                .contains("Agencies sent "
                        + share(analysis.completeness().overall().returnRate(), "expected returns"));
    }

    @Test
    @DisplayName("charts each objective's judgements with the analysis' counts and says them in its alternative text")
    void chartsFromTheAnalysis() {
        Document document = BusinessGroupReport.of(analysed).toDocument();
        var figures = document.sections().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof dev.maca.report.document.Figure)
                .map(b -> (dev.maca.report.document.Figure) b)
                .toList();
        assertThat(figures).hasSize(analysis.objectives().size());
        for (int i = 0; i < figures.size(); i++) {
            var all = analysis.objectives().get(i).judgements().all();
            var chart = (dev.maca.report.document.BarChart) figures.get(i).chart();
            assertThat(chart.categories()).isEqualTo(all.labels());
            assertThat(chart.series().get(0).values())
                    .isEqualTo(all.counts().stream().map(Integer::doubleValue).toList());
            assertThat(figures.get(i).altText()).contains("Good " + all.count("good"));
            assertThat(figures.get(i).showDataTable()).isTrue();
        }
    }

    @Test
    @DisplayName("lists the cases of concern by pseudonym, each grade followed by the agencies that gave it")
    void casesOfConcern() {
        assertThat(text)
                .contains("Family 1: Requires improvement (Health Visiting)")
                .contains("Family 2: Inadequate (Police)");
    }

    @Test
    @DisplayName("shows the marking at the top and bottom of every page")
    void markingOnEveryPage() throws IOException {
        for (int page = 1; page <= pdf.pages(); page++) {
            String pageText = pdf.pageText(page);
            assertThat(pageText.split("OFFICIAL-SENSITIVE", -1))
                    .as("page %d", page)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    @DisplayName("puts the partnership, status, reference and Business Group month on its cover")
    void cover() throws IOException {
        String cover = pdf.pageText(1).replaceAll("\\s+", " ");
        assertThat(cover)
                .contains("Seaside Safeguarding Children Partnership")
                .contains(BusinessGroupReport.TITLE)
                .contains("Audit reference: MACA T1, linked with R7")
                .contains("Status: Final draft")
                .contains("Presented to the Business Group, May 2021")
                .contains("Protective marking: OFFICIAL-SENSITIVE");
    }

    @Test
    @DisplayName("takes another status and marking when asked")
    void statusAndMarking() {
        Document document = BusinessGroupReport.of(analysed)
                .status(ReportStatus.FINAL)
                .marking(ProtectiveMarking.OFFICIAL)
                .toDocument();
        assertThat(document.metadata().marking()).isEqualTo(ProtectiveMarking.OFFICIAL);
        assertThat(document.cover().orElseThrow().status()).contains("Status: Final");
    }

    @Test
    @DisplayName("is dated from the report milestone, so the same audit gives the same bytes")
    void reproducible() {
        Document document = BusinessGroupReport.of(analysed).toDocument();
        assertThat(document.metadata().created()).hasToString("2021-05-01T09:00Z");
        assertThat(BusinessGroupReport.of(DocumentFixtures.analysed()).toPdf()).isEqualTo(pdfBytes);
    }

    @Test
    @DisplayName("lays out the action plan with ref, action, owner, target date and RAG status")
    void actionPlan() {
        Table plan = (Table) section("Action plan").blocks().get(0);
        assertThat(plan.header())
                .containsExactly("Ref", "Action", "Owner", "Target date", "RAG status", "Evidence of impact");
        assertThat(plan.rows())
                .containsExactly(
                        List.of(
                                "1.1",
                                "Add the father's details to the police vulnerability screening.",
                                "Police",
                                "30 September 2021",
                                "Amber",
                                "To be agreed"),
                        List.of(
                                "1.2",
                                "Record the father's identity at booking.",
                                "Midwifery",
                                "31 December 2021",
                                "Green",
                                "A re-audit shows fathers recorded in most bookings."));
    }

    @Test
    @DisplayName("leaves a family make-up no case has out of the cohort profile's table and says so instead")
    void cohortProfileWithoutZeroRows() {
        assertThat(text)
                .contains("No case in the cohort had a baby under 1 (born by the time of the audit).")
                .doesNotContain("A baby under 1 (born by the time of the audit) 0")
                .contains("A birth father or other male in the household recorded 3 100%");
    }

    @Test
    @DisplayName("lists each agency's questions with their themes, and every candidate with its outcome")
    void appendices() {
        assertThat(text)
                .contains("Was a DASH completed and the father's history checked?")
                .contains("fathers and males")
                .contains("Family 4 Excluded Does not have: Domestic abuse.");
    }

    @Test
    @DisplayName("names the missing return and the divergent case")
    void participationAndConsistency() {
        assertThat(text).contains("Family 3: Health Visiting");
        assertThat(text)
                .contains(
                        "Family 1, fathers and males in the household: from Outstanding (Midwifery) to Requires improvement"
                                + " (Health Visiting)");
    }

    @Test
    @DisplayName("refuses an audit without a panel narrative, naming the objective and the path")
    void missingNarrative() {
        Audit audit = DocumentFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        Audit withoutNarrative = new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                List.of(
                        new ObjectiveFindings(
                                fathers.objectiveId(),
                                Optional.empty(),
                                fathers.keyMessage(),
                                List.of(),
                                fathers.goodPractice(),
                                fathers.areasForDevelopment()),
                        audit.findings().get(1)),
                audit.recommendations(),
                audit.learning());
        BusinessGroupReport report =
                BusinessGroupReport.of(DocumentFixtures.guarded(withoutNarrative), DocumentFixtures.tools());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> report.writePdf(out))
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly("/findings/0/grade", "/findings/0/narrative"))
                .hasMessageContaining("the panel's narrative for objective 'fathers-and-males'");
        assertThat(out.size()).isZero();
    }

    @Test
    @DisplayName("passes veraPDF's PDF/UA-1 rules")
    void pdfUa() throws Exception {
        assertThat(VeraPdf.failures(pdfBytes, "ua1")).isEmpty();
    }

    @Test
    @DisplayName("passes veraPDF's PDF/A-2a rules")
    void pdfA() throws Exception {
        assertThat(VeraPdf.failures(pdfBytes, "2a")).isEmpty();
    }

    @Test
    @DisplayName("besides the part it claims (PDF/UA-1), passes every veraPDF PDF/UA-2 rule")
    void pdfUa2() throws Exception {
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(pdfBytes)).isEmpty();
    }

    @Test
    @DisplayName("renders as one HTML page with the same findings")
    void html() {
        String html = new String(BusinessGroupReport.of(analysed).toHtml(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Fathers were too often known about but not seen.")
                .contains("OFFICIAL-SENSITIVE");
    }

    private static Section section(String title) {
        return BusinessGroupReport.of(analysed).toDocument().sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
