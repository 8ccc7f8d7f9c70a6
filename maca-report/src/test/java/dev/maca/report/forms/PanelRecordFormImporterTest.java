package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FAMILY_2;
import static dev.maca.report.forms.FormFixtures.FATHERS;
import static dev.maca.report.forms.FormFixtures.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing a completed panel record form")
class PanelRecordFormImporterTest {
    private static final Audit AUDIT = FormFixtures.audit();
    private static final PanelRecordForms FORMS =
            PanelRecordForms.of(FormFixtures.guarded(AUDIT), Map.of(POLICE, FormFixtures.policeTool()));
    private static final PanelRecordFormImporter IMPORTER = PanelRecordFormImporter.of(AUDIT);

    private static byte[] filled() throws IOException {
        return PanelFixtures.filler(PanelFixtures.review()).fill(FORMS.formFor(FAMILY_1));
    }

    private static FormImportException refused(byte[] pdf, ImportOptions options) {
        return catchThrowableOfType(
                FormImportException.class, () -> IMPORTER.read(pdf, "family-01-panel.pdf", options));
    }

    @Test
    @DisplayName("a filled panel record form imports back into an equal panel review")
    void roundTrip() throws IOException {
        PanelRecord record = IMPORTER.read(filled(), "family-01-panel.pdf", ImportOptions.defaults());

        assertThat(record.review()).isEqualTo(PanelFixtures.review());
        assertThat(record.raised()).isEmpty();
    }

    @Test
    @DisplayName("a form filled from a recorded review, to reopen and amend it, imports back into the same review")
    void reopened() {
        byte[] pdf = FORMS.formFor(FAMILY_1, PanelFixtures.review());

        assertThat(IMPORTER.read(pdf, "reopened.pdf", ImportOptions.defaults()).review())
                .isEqualTo(PanelFixtures.review());
    }

    @Test
    @DisplayName(
            "the objective the panel chose for its illustration imports with it, and goes back into a reopened form")
    void illustrationObjective() {
        var review = PanelFixtures.review().toBuilder()
                .illustration("A toddler drew her father 'very big'; nobody asked her why.", FormFixtures.FATHERS)
                .build();
        byte[] reopened = FORMS.formFor(FAMILY_1, review);

        var imported = IMPORTER.read(reopened, "reopened.pdf", ImportOptions.defaults())
                .review();

        assertThat(imported.illustrationObjective()).contains(FormFixtures.FATHERS);
        assertThat(imported).isEqualTo(review);
    }

    @Test
    @DisplayName("a concern the panel found imports as an open immediate concern raised at the panel")
    void concern() throws IOException {
        byte[] pdf = PanelFixtures.filler(PanelFixtures.review())
                .set(FormFields.CONCERN_RAISED, "Yes")
                .set(FormFields.CONCERN_WHAT, "Nobody has seen Baby B since March.")
                .set(FormFields.CONCERN_ACTION, "The chair asked the duty team to visit today.")
                .set(FormFields.CONCERN_TOLD, "Duty team manager, Children's Services\nDesignated Nurse")
                .set(FormFields.CONCERN_OWNER, "Head of Service, Children's Services")
                .set(FormFields.CONCERN_DATE, "28/04/2021")
                .fill(FORMS.formFor(FAMILY_1));

        ImmediateConcern concern =
                IMPORTER.read(pdf, "p.pdf", ImportOptions.defaults()).raised().orElseThrow();

        assertThat(concern.source()).isEqualTo(ConcernSource.PANEL);
        assertThat(concern.status()).isEqualTo(ConcernStatus.OPEN);
        assertThat(concern.caseId()).isEqualTo(FAMILY_1);
        assertThat(concern.raisedOn()).isEqualTo(LocalDate.of(2021, 4, 28));
        assertThat(concern.toldRoles()).containsExactly("Duty team manager, Children's Services", "Designated Nurse");
    }

    @Test
    @DisplayName("a concern missing what was done, who was told or its owner is refused, naming what is missing")
    void incompleteConcern() throws IOException {
        byte[] pdf = PanelFixtures.filler(PanelFixtures.review())
                .set(FormFields.CONCERN_RAISED, "Yes")
                .set(FormFields.CONCERN_WHAT, "Nobody has seen Baby B since March.")
                .fill(FORMS.formFor(FAMILY_1));

        assertThat(refused(pdf, ImportOptions.defaults()).problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.message()).contains("what was done", "who was told", "who owns the follow-up"));
    }

    @Test
    @DisplayName("a record for another family than the one expected is refused")
    void otherCase() throws IOException {
        assertThat(refused(filled(), ImportOptions.defaults().expectingCase(FAMILY_2))
                        .problems())
                .extracting(Problem::path)
                .containsExactly(FormFields.CASE_ID);
    }

    @Test
    @DisplayName("a record from another audit is refused")
    void otherAudit() throws IOException {
        Audit other = FormFixtures.audit("MACA T8");
        byte[] pdf = PanelFixtures.filler(PanelFixtures.review())
                .fill(PanelRecordForms.of(FormFixtures.guarded(other), Map.of(POLICE, FormFixtures.policeTool()))
                        .formFor(FAMILY_1));

        assertThat(refused(pdf, ImportOptions.defaults()).problems())
                .extracting(Problem::path)
                .contains(FormFields.AUDIT_REFERENCE);
    }

    @Test
    @DisplayName("a record whose identity was edited is refused by its checksum")
    void editedIdentity() throws IOException {
        byte[] pdf = new FormFiller().set(FormFields.CASE_ID, FAMILY_2).fill(filled());

        assertThat(refused(pdf, ImportOptions.defaults()).problems())
                .extracting(Problem::path)
                .contains(FormFields.CHECKSUM);
    }

    @Test
    @DisplayName("a grade that is not one of the options is refused, naming the field and not the value")
    void badOption() throws IOException {
        byte[] pdf = new FormFiller()
                .set(FormFields.panelGrade(FATHERS), "Excellent")
                .fill(filled());

        assertThat(refused(pdf, ImportOptions.defaults()).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo(FormFields.panelGrade(FATHERS));
                    assertThat(p.message()).doesNotContain("Excellent");
                });
    }

    @Test
    @DisplayName("an agency's audit-tool form is refused by the panel importer, and the other way round")
    void kinds() throws IOException {
        byte[] agencyForm = AuditToolForms.of(FormFixtures.guarded(AUDIT), FormFixtures.tools())
                .formFor(FAMILY_1, POLICE);
        FormImportException panelRefuses = refused(agencyForm, ImportOptions.defaults());
        byte[] panelForm = filled();
        FormImportException agencyRefuses = catchThrowableOfType(
                FormImportException.class, () -> AuditToolFormImporter.of(AUDIT, FormFixtures.tools())
                        .read(panelForm, "p.pdf", ImportOptions.defaults()));

        assertThat(panelRefuses.problems().get(0).message()).contains("not a panel record form");
        assertThat(agencyRefuses.problems().get(0).message()).contains("not an agency's audit-tool form");
    }

    @Test
    @DisplayName("an existing review of the family is not replaced unless asked, and is replaced when asked")
    void merge() throws IOException {
        PanelRecord record = IMPORTER.read(filled(), "p.pdf", ImportOptions.defaults());
        Audit once = PanelRecordFormImporter.merge(AUDIT, record, "p.pdf", ImportOptions.defaults());

        FormImportException again = catchThrowableOfType(
                FormImportException.class,
                () -> PanelRecordFormImporter.merge(once, record, "p.pdf", ImportOptions.defaults()));
        Audit replaced = PanelRecordFormImporter.merge(
                once, record, "p.pdf", ImportOptions.defaults().replaceExisting());

        assertThat(once.panelReviews()).containsExactly(PanelFixtures.review());
        assertThat(again.problems()).extracting(Problem::path).containsExactly("/panelReviews/0");
        assertThat(replaced.panelReviews()).containsExactly(PanelFixtures.review());
        assertThat(List.of(AUDIT.panelReviews().size())).containsExactly(0);
    }
}
