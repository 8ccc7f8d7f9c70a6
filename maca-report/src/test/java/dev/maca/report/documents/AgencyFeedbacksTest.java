package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.Recommendation;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Block;
import dev.maca.report.document.Document;
import dev.maca.report.document.Section;
import dev.maca.report.document.Table;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import dev.maca.returns.AuditReturn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The single-agency feedback")
class AgencyFeedbacksTest {
    private static final String FATHERS = DocumentFixtures.FATHERS;
    private static final String COVID = DocumentFixtures.COVID;
    private static final String MODERATED_VIEW = "Nobody saw the father in person; a check stood in for an assessment.";
    private static final String RESOLUTION =
            "The agencies agreed their own grades had counted the check as an" + " assessment.";
    private static final String POLICE_GOOD = "Officers recorded what the child said at the door.";
    private static final String MIDWIFERY_GOOD = "The booking visit asked who the baby's father is.";

    private static AgencyFeedbacks feedback;
    private static String police;
    private static String midwifery;
    private static byte[] policePdf;

    /**
     * The document fixtures with a panel review of each family, a concern raised by the police and one owned by
     * Midwifery, and a partnership action that names Police.
     */
    static Audit audit() {
        Audit audit = DocumentFixtures.audit();
        List<AuditReturn> returns = new ArrayList<>();
        for (AuditReturn r : audit.returns()) {
            if (r.caseId().equals("family-02") && r.agencyId().equals("police")) {
                r = r.toBuilder().goodPractice(POLICE_GOOD).build();
            } else if (r.caseId().equals("family-01") && r.agencyId().equals("midwifery")) {
                r = r.toBuilder().goodPractice(MIDWIFERY_GOOD).build();
            }
            returns.add(r);
        }
        List<Recommendation> recommendations = new ArrayList<>(audit.recommendations());
        recommendations.add(new Recommendation(
                "R2",
                "The partnership shares what it knows about men in the household.",
                List.of(FATHERS),
                List.of(
                        new Action(
                                "2.1",
                                "Agree with Police how a check on a new partner reaches the social worker.",
                                "Partnership Business Manager",
                                Optional.empty(),
                                Optional.of(LocalDate.of(2021, 4, 30)),
                                ActionStatus.ON_TRACK,
                                Optional.of(LocalDate.of(2021, 4, 1)),
                                ""),
                        new Action(
                                "2.2",
                                "Publish a guide to working with fathers.",
                                "Partnership Business Manager",
                                Optional.empty(),
                                Optional.of(LocalDate.of(2021, 12, 31)),
                                ActionStatus.NOT_STARTED,
                                Optional.empty(),
                                ""))));
        return audit.withReturns(returns)
                .withRecommendations(recommendations)
                .withImmediateConcerns(List.of(
                        concern("ic-01", ConcernSource.RETURN, Optional.of("police"), "Detective Inspector, Police"),
                        concern("ic-02", ConcernSource.PANEL, Optional.empty(), "Named Midwife, Midwifery")))
                .withPanelReviews(List.of(
                        review("family-01", "good", "good")
                                .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                                .build(),
                        review("family-02", "requires-improvement", "requires-improvement")
                                .build(),
                        review("family-03", "inadequate", "good")
                                .grade(
                                        FATHERS,
                                        PanelGrade.of("inadequate", "No agency assessed the father.")
                                                .moderated(MODERATED_VIEW, RESOLUTION))
                                .build()));
    }

    private static PanelReview.Builder review(String caseId, String fathers, String covid) {
        return PanelReview.builder(caseId, YearMonth.of(2021, 4))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .grade(FATHERS, PanelGrade.of(fathers, "As the records show together."))
                .grade(COVID, PanelGrade.of(covid, "As the records show together."))
                .keyLearning("A check on a man is not an assessment of him.");
    }

    private static ImmediateConcern concern(
            String id, ConcernSource source, Optional<String> raisedBy, String ownerRole) {
        return new ImmediateConcern(
                id,
                "family-02",
                LocalDate.of(2021, 4, 22),
                source,
                raisedBy,
                "Adult AF is back in the home against his bail conditions.",
                "The auditor told the public protection unit the same day.",
                List.of(ownerRole),
                ownerRole,
                ConcernStatus.OPEN,
                "",
                Optional.empty());
    }

    @BeforeAll
    static void render() throws IOException {
        feedback = AgencyFeedbacks.of(DocumentFixtures.guarded(audit()), DocumentFixtures.tools());
        policePdf = feedback.feedback("police").toPdf();
        police = text(policePdf);
        midwifery = text(feedback.feedback("midwifery").toPdf());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfInspection inspection = new PdfInspection(pdf)) {
            return inspection.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("there is one document per agency that returned anything, in the scope's order")
    void onePerAgency() {
        assertThat(feedback.all())
                .extracting(AgencyFeedback::agencyId)
                .containsExactly("police", "midwifery", "health-visiting");
    }

    @Test
    @DisplayName(
            "the cover names the partnership, the agency and the audit, is not for onward circulation and is dated")
    void cover() {
        assertThat(police)
                .contains(
                        "Seaside Safeguarding Children Partnership",
                        "Feedback to Police from the multi-agency case audit MACA T1",
                        "Not for onward circulation",
                        "May 2021");
    }

    @Test
    @DisplayName("opens with what the audit was and how the panel moderated, and who from the agency sat on it")
    void opening() {
        assertThat(police)
                .contains(
                        "The audit looked at the records of 3 families over January to December 2020",
                        "audited its own records for all 3",
                        "Good or better meets the expected standard",
                        "agreed one grade per family and objective",
                        "It met in April 2021 and reviewed every family",
                        "Your agency was represented by the Detective Inspector, Public Protection");
    }

    @Test
    @DisplayName("sets the agency's own grade beside the panel's for each family it returned for, by pseudonym")
    void gradesBesideThePanels() {
        assertThat(police)
                .contains(
                        "Family 1 Good Good Agreed",
                        "Family 2 Inadequate Requires improvement 1 grade higher",
                        "Family 3 Good Inadequate 2 grades lower");
    }

    @Test
    @DisplayName("counts in words where the panel agreed, graded lower or graded higher")
    void counts() {
        assertThat(police)
                .contains("The panel agreed with your grade for 1 of 3 families and graded 1 lower and 1 higher.")
                .contains("The panel agreed with your grade for all 3 families.");
        assertThat(midwifery)
                .contains("The panel did not agree with your grade for any of the 3 families: it graded 3 lower.");
    }

    @Test
    @DisplayName(
            "quotes the panel's moderated view where it moved the agency's grade by two or more, not how others graded")
    void moderatedView() {
        assertThat(police)
                .contains("Family 3: you graded Good, the panel Inadequate. The panel's moderated view: “"
                        + MODERATED_VIEW + "”")
                .doesNotContain(RESOLUTION);
        assertThat(police.indexOf(MODERATED_VIEW))
                .as("quoted once, under the objective it moved")
                .isEqualTo(police.lastIndexOf(MODERATED_VIEW));
    }

    @Test
    @DisplayName("its grades tables hold no other agency's name or grades")
    void noOtherAgency() {
        Document document = feedback.feedback("police").toDocument();
        List<Table> grades = tables(document).stream()
                .filter(t -> t.caption().orElse("").startsWith("Your grade and the panel's"))
                .toList();

        assertThat(grades).hasSize(2);
        for (Table table : grades) {
            String cells = String.join(" ", table.header()) + " "
                    + String.join(
                            " ", table.rows().stream().flatMap(List::stream).toList());
            assertThat(cells).doesNotContain("Midwifery", "Health Visiting").contains("Family 1");
            assertThat(table.rows()).hasSize(3);
        }
        assertThat(police).doesNotContain("Midwifery's", "Health Visiting's", "league");
    }

    @Test
    @DisplayName("quotes its own auditors' good practice by family, and no other agency's")
    void goodPractice() {
        assertThat(police).contains("Family 2: " + POLICE_GOOD).doesNotContain(MIDWIFERY_GOOD);
        assertThat(midwifery).contains("Family 1: " + MIDWIFERY_GOOD).doesNotContain(POLICE_GOOD);
    }

    @Test
    @DisplayName("counts the immediate concerns the agency raised or owns, without their detail")
    void concerns() {
        assertThat(police)
                .contains("Your agency raised 1 immediate concern during the audit, about a child who might be at risk"
                        + " now: it is still open.")
                .doesNotContain("bail conditions");
        assertThat(midwifery)
                .contains("Your agency owns the follow-up of 1 immediate concern raised elsewhere in the audit: it is"
                        + " still open.");
    }

    @Test
    @DisplayName("lists the agency's own actions and the partnership actions that name it, with owner, date and status")
    void actions() {
        assertThat(police)
                .contains(
                        "1.1 Add the father's details to the police vulnerability screening. Detective Inspector,"
                                + " Public Protection 30 September 2021 At risk",
                        "Partnership actions whose wording names Police",
                        "2.1 Agree with Police how a check on a new partner reaches the social worker. Partnership"
                                + " Business Manager 30 April 2021 Overdue",
                        "Each action's status is as at 31 May 2021")
                .doesNotContain("Record the father's identity at booking", "Publish a guide to working with fathers");
        assertThat(midwifery)
                .contains("1.2 Record the father's identity at booking.")
                .doesNotContain("Add the father's details to the police vulnerability screening");
    }

    @Test
    @DisplayName(
            "says how each action will be judged: its evidence and its recommendation's measure, baseline and target")
    void actionsJudgedBy() {
        assertThat(police)
                .contains("How it will be judged")
                .contains("At risk Measure of R1: Families the panel graded")
                .contains("1 of 3 families now; target 3 at")
                .contains("2.1 Agree with Police how a check on a new partner reaches the social worker. Partnership"
                        + " Business Manager 30 April 2021 Overdue To be agreed");
        assertThat(midwifery)
                .contains("Not started Evidence: A re-audit shows fathers recorded in most bookings. Measure of R1:");
    }

    @Test
    @DisplayName("every page is marked OFFICIAL-SENSITIVE")
    void markedOnEveryPage() throws IOException {
        try (PdfInspection pdf = new PdfInspection(policePdf)) {
            assertThat(pdf.pages()).isGreaterThan(1);
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.pageText(page)).as("page %d", page).contains("OFFICIAL-SENSITIVE");
            }
        }
    }

    @Test
    @DisplayName("an agency that returned nothing has no feedback, and the error names the agencies that do")
    void noReturns() {
        assertThatThrownBy(() -> feedback.feedback("early-years"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'early-years' returned nothing")
                .hasMessageContaining("[police, midwifery, health-visiting]");
    }

    @Test
    @DisplayName("the document passes veraPDF PDF/UA-1 and PDF/A-2b, and its HTML declares its language")
    void conforms() throws Exception {
        assertThat(VeraPdf.failures(policePdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(policePdf, "2b")).isEmpty();
        assertThat(new String(feedback.feedback("police").toHtml(), StandardCharsets.UTF_8))
                .contains("lang=\"en-GB\"", "Feedback to Police");
    }

    private static List<Table> tables(Document document) {
        List<Table> tables = new ArrayList<>();
        for (Section section : document.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table table) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
