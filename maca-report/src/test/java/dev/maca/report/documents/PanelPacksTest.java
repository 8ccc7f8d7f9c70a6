package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Audit;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Section;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
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

@DisplayName("The panel packs")
class PanelPacksTest {
    private static final String CONCERN = "Adult AF is back in the home against his bail conditions.";
    private static PanelPacks packs;
    private static String family1;

    /** The document fixtures, with Family 1's baby born, an open concern about Family 1 and its panel review. */
    static Audit audit() {
        Audit audit = DocumentFixtures.audit();
        List<CaseRecord> candidates = new ArrayList<>(audit.candidates());
        CaseRecord first = candidates.get(0);
        candidates.set(
                0,
                new CaseRecord(
                        first.id(),
                        first.pseudonym(),
                        first.children(),
                        List.of(first.unborn()
                                .get(0)
                                .born(new Birth(
                                        "Baby A",
                                        YearMonth.of(2020, 8),
                                        Gestation.MODERATE_TO_LATE_PRETERM,
                                        HomeAfterBirth.WITH_MOTHER,
                                        PlanAtBirth.CHILD_PROTECTION,
                                        List.of(new FirstYearEvent(
                                                YearMonth.of(2020, 11),
                                                FirstYearEvent.Kind.INJURY,
                                                "A bruise on Baby A's arm, seen by the health visitor."))))),
                        first.adults(),
                        first.features(),
                        first.involvements()));
        return audit.withCandidates(candidates)
                .withImmediateConcerns(List.of(new ImmediateConcern(
                        "ic-01",
                        "family-01",
                        LocalDate.of(2021, 4, 22),
                        ConcernSource.RETURN,
                        Optional.of("police"),
                        CONCERN,
                        "The auditor told the public protection unit the same day.",
                        List.of("Detective Inspector, Public Protection"),
                        "Detective Inspector, Public Protection",
                        ConcernStatus.OPEN,
                        "",
                        Optional.empty())))
                .withPanelReviews(List.of(PanelReview.builder("family-01", YearMonth.of(2021, 4))
                        .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                        .grade(
                                DocumentFixtures.FATHERS,
                                PanelGrade.of("requires-improvement", "Police checked the father; nobody assessed him.")
                                        .moderated("Not yet good.", "Midwifery agreed its grade reflected one visit."))
                        .keyLearning("A check on a man is not an assessment of him.")
                        .build()));
    }

    @BeforeAll
    static void render() throws IOException {
        packs = PanelPacks.of(DocumentFixtures.guarded(audit()), DocumentFixtures.tools());
        try (PdfInspection pdf = new PdfInspection(packs.pack("family-01").toPdf())) {
            family1 = pdf.text().replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("there is one pack per family of the cohort, in cohort order")
    void onePerFamily() {
        assertThat(packs.all()).extracting(PanelPack::caseId).containsExactly("family-01", "family-02", "family-03");
    }

    @Test
    @DisplayName("opens with the family by pseudonym, the baby's birth, the audit period and each agency's involvement")
    void frontSheet() {
        assertThat(family1)
                .contains(
                        "Panel pack: Family 1",
                        "OFFICIAL-SENSITIVE",
                        "Child A aged 1–4",
                        "Baby A born in August 2020 (due September 2020), moderate to late preterm",
                        "a child protection plan at birth",
                        "The audit period is January to December 2020",
                        "Police From January 2020 and still involved Received 20 April 2021 (Safeguarding lead)");
    }

    @Test
    @DisplayName("puts the open immediate concern first, in a call-out, with what was done, who was told and the owner")
    void openConcern() {
        assertThat(family1)
                .contains("Open immediate concern, raised 22 April 2021", CONCERN, "Told: Detective Inspector");
        assertThat(family1.indexOf(CONCERN)).isLessThan(family1.indexOf("Each agency's own grades"));
        assertThat(family1).contains("The owner has not yet reported back");
    }

    @Test
    @DisplayName("the cover says the pack is not for onward circulation and dates the information it holds")
    void asAt() throws IOException {
        PanelPacks early = PanelPacks.of(DocumentFixtures.guarded(audit()), DocumentFixtures.tools())
                .dated(java.time.OffsetDateTime.parse("2021-04-21T09:00:00Z"));

        assertThat(family1)
                .as("a pack is not dated before the latest return or concern it holds")
                .contains("Not for onward circulation. Information as at 22 April 2021");
        try (PdfInspection pdf = new PdfInspection(early.pack("family-01").toPdf())) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .as("never later than the day the pack is made")
                    .contains("Information as at 21 April 2021");
        }
    }

    @Test
    @DisplayName("an open concern whose owner has reported back says where it stands")
    void whereItStands() throws IOException {
        Audit audit = audit();
        Audit updated = audit.withImmediateConcern(
                ConcernUpdate.stillOpen("ic-01", "Strategy discussion held; enquiry under way.")
                        .applyTo(audit.immediateConcerns().get(0)));
        PanelPacks updatedPacks = PanelPacks.of(DocumentFixtures.guarded(updated), DocumentFixtures.tools());

        try (PdfInspection pdf =
                new PdfInspection(updatedPacks.pack("family-01").toPdf())) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .contains("Where it stands: Strategy discussion held; enquiry under way.")
                    .doesNotContain("not yet reported back");
        }
    }

    @Test
    @DisplayName("sets the agencies' own grades side by side and names the objectives two or more grades apart")
    void ownGradesAndDivergence() {
        assertThat(family1)
                .contains(
                        "Agencies' own grades for Family 1, by objective",
                        "The grades are O outstanding, G good, RI requires improvement, I inadequate, N/A not"
                                + " applicable",
                        "Two or more grades apart: objective 1 (Outstanding from Midwifery against Requires"
                                + " improvement from Health Visiting)");
    }

    @Test
    @DisplayName("gives every agency's answers question by question under their objective, and each agency's view")
    void answers() {
        assertThat(family1)
                .contains(
                        "The agencies' answers for objective 1",
                        "Each agency's view of the family as a whole",
                        "Life for Child A",
                        "Life for Baby A");
    }

    @Test
    @DisplayName("has a chronology in month order, with the birth and the first-year injury")
    void chronology() {
        int birth = family1.indexOf("Baby A born in August 2020");
        int injury = family1.indexOf("Baby A: an injury");
        assertThat(family1).contains("Chronology of Family 1", "Police: involvement began");
        assertThat(birth).isPositive();
        assertThat(injury).isGreaterThan(family1.indexOf("Chronology of Family 1"));
    }

    @Test
    @DisplayName("shows the panel's record once the panel has met, and what the panel is to agree")
    void panelRecord() {
        assertThat(family1)
                .contains(
                        "For the multi-agency panel of MACA T1, with the record of what the panel agreed",
                        "The panel met in April 2021",
                        "Police checked the father; nobody assessed him.",
                        "Key learning: A check on a man is not an assessment of him.",
                        "For the panel to agree");
    }

    @Test
    @DisplayName("sets the panel's rationale and its moderation in columns of their own, as the record form has them")
    void rationaleAndModeration() {
        String html = new String(packs.pack("family-01").toHtml(), StandardCharsets.UTF_8);

        assertThat(html)
                .contains("<th scope=\"col\">Rationale</th>", "Moderation: the view reached and how")
                .contains("<td>Not yet good. Midwifery agreed its grade reflected one visit.</td>");
    }

    @Test
    @DisplayName("a family with no concern says so, and no family's pack carries another family's concern")
    void noConcern() {
        List<String> sections = packs.pack("family-02").toDocument().sections().stream()
                .map(Section::title)
                .toList();
        String html = new String(packs.pack("family-02").toHtml(), StandardCharsets.UTF_8);

        assertThat(sections).contains("Immediate concerns", "Chronology", "For the panel to agree");
        assertThat(html)
                .contains("No agency and no earlier panel has raised a concern")
                .doesNotContain(CONCERN);
    }

    @Test
    @DisplayName("a case outside the cohort has no pack")
    void outsideCohort() {
        assertThatThrownBy(() -> packs.pack("family-04")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the pack passes veraPDF PDF/UA-1 and PDF/A-2a, and its HTML declares its language")
    void conforms() throws Exception {
        byte[] pdf = packs.pack("family-01").toPdf();

        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
        assertThat(new String(packs.pack("family-01").toHtml(), StandardCharsets.UTF_8))
                .contains("lang=\"en-GB\"");
    }

    @Test
    @DisplayName("the pack, besides the part it claims (PDF/UA-1), passes every veraPDF PDF/UA-2 rule")
    void pdfUa2() throws Exception {
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(
                        packs.pack("family-01").toPdf()))
                .isEmpty();
    }
}
