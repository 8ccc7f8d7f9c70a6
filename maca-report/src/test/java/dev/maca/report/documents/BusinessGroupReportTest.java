package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.Proportion;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.document.Table;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
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
    @DisplayName("has every section the issue asks for, in the order readers expect, and no appendices")
    void sectionsInOrder() {
        List<String> titles = BusinessGroupReport.of(analysed).toDocument().sections().stream()
                .map(Section::title)
                .toList();
        assertThat(titles)
                .containsExactly(
                        "Document control",
                        "Contents",
                        "Executive summary",
                        "Background and purpose",
                        "Method",
                        "Returns received",
                        "Limitations",
                        "Cohort profile",
                        "Findings: Fathers and males in the household",
                        "Findings: The impact of Covid-19",
                        "The panel's grades by family",
                        "Children's lived experience and voice",
                        "Immediate concerns found during the audit",
                        "Learning from previous reviews",
                        "Recommendations",
                        "Action plan");
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
    @DisplayName("tables each objective's panel grades with the families at each grade, as the analysis counts them")
    void panelGradesPerObjective() {
        Table fathers = (Table) section("Findings: Fathers and males in the household").blocks().stream()
                .filter(b -> b instanceof Table)
                .findFirst()
                .orElseThrow();
        assertThat(fathers.header()).containsExactly("The panel's grade", "Families");
        assertThat(fathers.rows())
                .containsExactly(
                        List.of("Outstanding", "0"),
                        List.of("Good", "1"),
                        List.of("Requires improvement", "1"),
                        List.of("Inadequate", "1"));
        assertThat(analysis.panel()
                        .objective(DocumentFixtures.FATHERS)
                        .orElseThrow()
                        .grade("good")
                        .count())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("pools no agency's self-grades: no chart of agency judgements and no answers as a unit")
    void noPooledSelfGrades() {
        Document document = BusinessGroupReport.of(analysed).toDocument();
        assertThat(document.sections().stream().flatMap(s -> s.blocks().stream()))
                .noneMatch(b -> b instanceof dev.maca.report.document.Figure);
        assertThat(text).doesNotContain("agency judgements").doesNotContain(" answers");
    }

    @Test
    @DisplayName("never lists agencies against a family: the grades by family are the panel's only")
    void noAgencyListsPerFamily() {
        assertThat(text)
                .doesNotContain("Family 1: Requires improvement (Health Visiting)")
                .doesNotContain("(Police)");
        Table grid = (Table) section("The panel's grades by family").blocks().get(1);
        assertThat(grid.rows()).contains(List.of("Family 2", "I", "RI"));
        assertThat(text).contains("O outstanding, G good, RI requires improvement, I inadequate");
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
    @DisplayName(
            "lays out the action plan with each action's owner role, target date, status as at the report and last update")
    void actionPlan() {
        Table plan = (Table) section("Action plan").blocks().get(1);
        assertThat(plan.header()).containsExactly("Ref", "Action", "Owner", "Target date", "Status", "Last update");
        assertThat(plan.rows())
                .containsExactly(
                        List.of(
                                "1.1",
                                "Add the father's details to the police vulnerability screening.",
                                "Detective Inspector, Public Protection",
                                "30 September 2021",
                                "At risk",
                                "1 July 2021"),
                        List.of(
                                "1.2",
                                "Record the father's identity at booking. Evidence: A re-audit shows fathers recorded in"
                                        + " most bookings.",
                                "Named Midwife for Safeguarding",
                                "31 December 2021",
                                "Not started",
                                "None yet"));
    }

    @Test
    @DisplayName("prints the key to every action status under the plan")
    void actionPlanKey() {
        assertThat(text)
                .contains("Key to the statuses:")
                .contains("Not started: Agreed, with an owner and a target date, but not yet begun.")
                .contains("Overdue: Its target date has passed and it is not done.");
    }

    @Test
    @DisplayName("leaves a family make-up no case has out of the cohort profile's table and says so instead")
    void cohortProfileWithoutZeroRows() {
        assertThat(text)
                .contains("No family in the cohort had a baby born by the time of the audit or two or more adult men in"
                        + " or around the household.")
                .contains("An unborn baby during the audit period 3")
                .doesNotContain("100%")
                .doesNotContain("A birth father or other male in the household recorded");
    }

    @Test
    @DisplayName("leaves the question sets, grading definitions and candidates to the annex, without internal themes")
    void annex() throws IOException {
        byte[] annex = ReportAnnex.of(analysed).toPdf();
        try (PdfInspection inspection = new PdfInspection(annex)) {
            String annexText = inspection.text().replaceAll("\\s+", " ");
            assertThat(annexText)
                    .contains(ReportAnnex.TITLE)
                    .contains("Was a DASH completed and the father's history checked?")
                    .contains("Family 4 Excluded Does not have: Domestic abuse.")
                    .contains("Good or better meets the expected standard.")
                    .doesNotContain("Themes");
        }
        assertThat(text).doesNotContain("Was a DASH completed and the father's history checked?");
    }

    @Test
    @DisplayName("names the missing return, and sets the agencies' own grades against the panel's by family")
    void returnsAndModeration() {
        assertThat(text).contains("Family 3: Health Visiting");
        Table moderation = (Table) section("Findings: Fathers and males in the household").blocks().stream()
                .filter(b -> b instanceof Table t && t.header().get(0).equals("Families where"))
                .findFirst()
                .orElseThrow();
        assertThat(moderation.rows())
                .contains(List.of("The panel graded lower than at least one agency had", "2"))
                .contains(List.of("... of them, two or more grades lower", "2"));
    }

    @Test
    @DisplayName("refuses an audit without a panel narrative, naming the objective and the path")
    void missingNarrative() {
        Audit audit = DocumentFixtures.audit();
        ObjectiveFindings fathers = audit.findings().get(0);
        Audit withoutNarrative = audit.withFindings(List.of(
                new ObjectiveFindings(
                        fathers.objectiveId(),
                        Optional.empty(),
                        fathers.keyMessage(),
                        List.of(),
                        fathers.goodPractice(),
                        fathers.areasForDevelopment()),
                audit.findings().get(1)));
        BusinessGroupReport report =
                BusinessGroupReport.of(DocumentFixtures.guarded(withoutNarrative), DocumentFixtures.tools());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> report.writePdf(out))
                .isInstanceOfSatisfying(MissingContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path)
                        .containsExactly("/findings/0/narrative"))
                .hasMessageContaining("the panel's narrative for objective 'fathers-and-males'");
        assertThat(out.size()).isZero();
    }

    @Test
    @DisplayName("opens with a document control block: version, date, status, author's role, distribution, route")
    void documentControl() {
        Table control = (Table) section("Document control").blocks().get(0);
        assertThat(control.rows())
                .contains(List.of("Version", "0.4"))
                .contains(List.of("Date", "31 May 2021"))
                .contains(List.of("Status", "Final draft"))
                .contains(List.of("Author", "Partnership Business Manager"))
                .contains(List.of("Handling", "Not for onward circulation."))
                .contains(List.of(
                        "Approval route",
                        "The Business Group, then the Delegated Safeguarding Partners, then the Lead Safeguarding"
                                + " Partners"));
    }

    @Test
    @DisplayName("answers the commissioning question in the panel's words at the head of the executive summary")
    void conclusion() {
        assertThat(text)
                .contains("asked: Are the Rapid Review's themes common in current practice?")
                .contains("Conclusion The review's themes are common in current practice: the panel found fathers"
                        + " unseen in two of the three families.");
    }

    @Test
    @DisplayName("asks the Business Group for its decisions: the recommendations, the re-audit and the approval route")
    void decisionsAsked() {
        assertThat(text)
                .contains("Decisions asked of the Business Group")
                .contains("Agree the 1 recommendation and the action plan, and the owners named in them.")
                .contains("Agree the re-audit in April 2022, against the baselines in this report.")
                .contains("Send the report on to the Delegated Safeguarding Partners and the Lead Safeguarding"
                        + " Partners for approval.")
                .doesNotContain("still open, and ask");
    }

    @Test
    @DisplayName("states the limitations the data shows, then the panel's own")
    void limitations() {
        assertThat(text)
                .contains("With 3 families, figures are given as counts, not percentages")
                .contains("Practice from January 2020 to December 2020 was judged in April 2021, up to 15 months"
                        + " later")
                .contains("1 expected return did not arrive")
                .contains("The panel did not hear from any family's midwife in person.");
    }

    @Test
    @DisplayName("says how the panel worked: when, who by agency and role, how it moderated, who was heard")
    void panelMethod() {
        assertThat(text)
                .contains("The panel reviewed 3 families in April 2021.")
                .contains("Its members came from Police, Midwifery and the Partnership Business Manager (chair)")
                .contains("recorded the view it reached and how, for 1 objective in 1 family.")
                .contains("1 family was invited to contribute and 1 took part");
    }

    @Test
    @DisplayName("quotes the family and practitioners without saying whose words they are")
    void voices() {
        assertThat(text)
                .contains("What parents said:")
                .contains("Mother said the midwife listened.")
                .contains("What helped:")
                .contains("Knowing the midwife by name.")
                .contains("No time to read the history.")
                .doesNotContain("Family 1: Mother said");
    }

    @Test
    @DisplayName("places the panel's disguised illustration under the objective it graded the family lowest on")
    void illustration() {
        assertThat(section("Findings: Fathers and males in the household").blocks())
                .anySatisfy(b -> assertThat(b)
                        .isInstanceOfSatisfying(dev.maca.report.document.Callout.class, c -> assertThat(c.title())
                                .isEqualTo("Case illustration")));
        assertThat(text).contains(BriefFixtures.ILLUSTRATION);
    }

    @Test
    @DisplayName("places an illustration under the objective the panel named for it")
    void illustrationWhereThePanelSaid() {
        Audit audit = DocumentFixtures.audit();
        List<dev.maca.panel.PanelReview> reviews = new java.util.ArrayList<>(audit.panelReviews());
        reviews.set(
                0,
                reviews.get(0).toBuilder()
                        .illustration(BriefFixtures.ILLUSTRATION, DocumentFixtures.COVID)
                        .build());
        Document document = BusinessGroupReport.of(
                        DocumentFixtures.guarded(audit.withPanelReviews(reviews)), DocumentFixtures.tools())
                .toDocument();
        Section covid = document.sections().stream()
                .filter(s -> s.title().equals("Findings: The impact of Covid-19"))
                .findFirst()
                .orElseThrow();
        assertThat(covid.blocks()).anySatisfy(b -> assertThat(b)
                .isInstanceOfSatisfying(dev.maca.report.document.Callout.class, c -> assertThat(c.title())
                        .isEqualTo("Case illustration")));
    }

    @Test
    @DisplayName("says for each previous review how well its learning is embedded and its impact")
    void previousReviews() {
        assertThat(text)
                .contains(
                        "MACA 2019/02: Multi-agency case audit of domestic abuse in families with babies Its messages:")
                .doesNotContain("(2019)")
                .contains("How well it is embedded: Mothers were asked about domestic abuse alone in two of the three"
                        + " families.")
                .contains("Its impact: Routine enquiry is now recorded at booking");
    }

    @Test
    @DisplayName("makes each recommendation SMART: owner by role, date, and a measure with this audit's baseline")
    void smartRecommendations() {
        assertThat(text)
                .contains("Owner: Chair, Quality Assurance Subgroup.")
                .contains("By: 31 March 2022.")
                .contains("Measure: Families the panel graded Good or better for fathers and males in the household:"
                        + " 1 of 3 families now; target 3 at re-audit.")
                .contains("at the re-audit in April 2022");
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
