package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FAMILY_2;
import static dev.maca.report.forms.FormFixtures.FATHERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Panel record forms")
class PanelRecordFormsTest {
    private static final PanelRecordForms FORMS =
            PanelRecordForms.of(FormFixtures.guarded(), Map.of("police", FormFixtures.policeTool()));

    @Test
    @DisplayName("there is one panel record form for each family of the cohort, of kind panel-record")
    void onePerFamily() {
        assertThat(FORMS.forms())
                .extracting(FormIdentity::caseId, FormIdentity::kind, FormIdentity::respondentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FAMILY_1, FormKind.PANEL_RECORD, FormIdentity.PANEL),
                        org.assertj.core.groups.Tuple.tuple(FAMILY_2, FormKind.PANEL_RECORD, FormIdentity.PANEL));
    }

    @Test
    @DisplayName("the form shows the family, the audit period, each objective to grade, the voices and action now")
    void content() throws IOException {
        try (PdfInspection pdf = new PdfInspection(FORMS.formFor(FAMILY_1))) {
            assertThat(pdf.text())
                    .contains(
                            "Panel record: Family 1",
                            "OFFICIAL-SENSITIVE",
                            "No agency graded this objective.",
                            "About this family",
                            "Child A – aged 1–4",
                            "Baby B – born in August 2020",
                            "The audit period: January to December 2020.",
                            "Month the panel met (MM/YYYY)",
                            "Objective 1: Birth fathers and males in the household",
                            "The panel's agreed grade",
                            "Moderation",
                            "The key learning from this family's case",
                            "The family's voice",
                            "The practitioners' voice",
                            "Did the panel find anything that needs action now?",
                            "Page 1 of");
            assertThat(pdf.text()).doesNotContain("Torbay");
        }
    }

    @Test
    @DisplayName("grades offer the scale and \"not applicable\"; agencies offer the scope's agencies and none")
    void options() throws IOException {
        try (PdfInspection pdf = new PdfInspection(FORMS.formFor(FAMILY_1))) {
            PDAcroForm form = pdf.pdf().getDocumentCatalog().getAcroForm(null);
            assertThat(((PDComboBox) form.getField(FormFields.panelGrade(FATHERS))).getOptions())
                    .containsExactly(
                            "Outstanding",
                            "Good",
                            "Requires improvement",
                            "Inadequate",
                            "Not applicable / no material involvement");
            assertThat(((PDComboBox) form.getField(FormFields.attendeeAgency(1))).getOptions())
                    .containsExactly("Police", "Midwifery", PanelRecordFormModel.NO_AGENCY);
            assertThat(form.getField(FormFields.FORM_KIND).getValueAsString()).isEqualTo("panel-record");
            assertThat(form.getField(FormFields.FORM_KIND).isReadOnly()).isTrue();
            assertThat(form.getFieldTree())
                    .allSatisfy(f -> assertThat(f.getAlternateFieldName()).isNotBlank());
        }
    }

    @Test
    @DisplayName("the same audit gives the same bytes")
    void deterministic() {
        assertThat(FORMS.formFor(FAMILY_1)).isEqualTo(FORMS.formFor(FAMILY_1));
    }

    @Test
    @DisplayName("a case outside the cohort has no panel record form")
    void outsideCohort() {
        assertThatThrownBy(() -> FORMS.formFor("family-99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("family-99");
    }

    @Test
    @DisplayName("writeAll writes panel/forms/<case>.pdf for every family")
    void writeAll(@TempDir Path dir) {
        List<Path> written = FORMS.writeAll(dir);

        assertThat(written)
                .containsExactly(dir.resolve("panel/forms/family-01.pdf"), dir.resolve("panel/forms/family-02.pdf"));
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
    }

    @Test
    @DisplayName("blank and filled, the form passes veraPDF PDF/UA-1 and PDF/A-2a")
    void conforms() throws Exception {
        byte[] blank = FORMS.formFor(FAMILY_1);
        byte[] filled = PanelFixtures.filler(PanelFixtures.review()).fill(blank);

        assertThat(VeraPdf.failures(blank, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(blank, "2a")).isEmpty();
        assertThat(VeraPdf.failures(filled, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(filled, "2a")).isEmpty();
    }

    @Test
    @DisplayName("blank and filled, the form passes every veraPDF PDF/UA-2 rule besides the part it claims (PDF/UA-1)")
    void pdfUa2() throws Exception {
        byte[] blank = FORMS.formFor(FAMILY_1);
        byte[] filled = PanelFixtures.filler(PanelFixtures.review()).fill(blank);

        assertThat(VeraPdf.ua2FailuresBesidesIdentification(blank)).isEmpty();
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(filled)).isEmpty();
    }
}
