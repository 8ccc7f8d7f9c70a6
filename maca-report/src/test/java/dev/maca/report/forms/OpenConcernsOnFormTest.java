package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FAMILY_2;
import static dev.maca.report.forms.FormFixtures.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.ImmediateConcern;
import dev.maca.report.testing.PdfInspection;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The panel record's rows on concerns already open")
class OpenConcernsOnFormTest {
    private static final ImmediateConcern OPEN = new ImmediateConcern(
            "ic-01",
            FAMILY_1,
            LocalDate.of(2021, 4, 20),
            ConcernSource.RETURN,
            Optional.of(POLICE),
            "The police auditor found a second domestic abuse call-out about Baby B's home not shared with health.",
            "The auditor referred the call-out to the MASH the same day.",
            List.of("MASH team manager"),
            "MASH team manager",
            ConcernStatus.OPEN,
            "",
            Optional.empty());
    private static final Audit AUDIT = FormFixtures.audit().withImmediateConcern(OPEN);
    private static final PanelRecordForms FORMS =
            PanelRecordForms.of(FormFixtures.guarded(AUDIT), Map.of(POLICE, FormFixtures.policeTool()));
    private static final PanelRecordFormImporter IMPORTER = PanelRecordFormImporter.of(AUDIT);

    private static FormFiller record() {
        return PanelFixtures.filler(PanelFixtures.review());
    }

    private static PanelRecord read(FormFiller filler) throws IOException {
        return IMPORTER.read(filler.fill(FORMS.formFor(FAMILY_1)), "family-01.pdf", ImportOptions.defaults());
    }

    private static List<Problem> refused(FormFiller filler) throws IOException {
        byte[] pdf = filler.fill(FORMS.formFor(FAMILY_1));
        return catchThrowableOfType(
                        FormImportException.class, () -> IMPORTER.read(pdf, "family-01.pdf", ImportOptions.defaults()))
                .problems();
    }

    @Test
    @DisplayName("the form lists each concern still open about the family, with who raised it and its owner")
    void listed() throws IOException {
        try (PdfInspection pdf = new PdfInspection(FORMS.formFor(FAMILY_1))) {
            assertThat(pdf.text().replaceAll("\\s+", " "))
                    .contains(
                            "Concerns already open",
                            "Raised 20 April 2021 by Police (its return)",
                            "second domestic abuse call-out",
                            "Owner of the follow-up: MASH team manager.",
                            "Last reported: the owner has not yet reported back.",
                            "Where it stands and the next step (or how it ended)",
                            "held in a statutory process");
        }
    }

    @Test
    @DisplayName("a family with no open concern has no rows on concerns already open")
    void noneOpen() throws IOException {
        try (PdfInspection pdf = new PdfInspection(FORMS.formFor(FAMILY_2))) {
            assertThat(pdf.text()).doesNotContain("Concerns already open");
        }
    }

    @Test
    @DisplayName("a row left empty records no update")
    void emptyRow() throws IOException {
        assertThat(read(record()).updates()).isEmpty();
    }

    @Test
    @DisplayName("a concern kept open imports as where it stands, and merging keeps it open with that outcome")
    void stillOpen() throws IOException {
        PanelRecord record = read(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.STILL_OPEN)
                .set(FormFields.openConcernStands("ic-01"), "Strategy discussion held; section 47 enquiry under way."));

        Audit merged = PanelRecordFormImporter.merge(AUDIT, record, "family-01.pdf", ImportOptions.defaults());

        assertThat(record.updates())
                .containsExactly(
                        ConcernUpdate.stillOpen("ic-01", "Strategy discussion held; section 47 enquiry under way."));
        ImmediateConcern now = merged.concernsFor(FAMILY_1).get(0);
        assertThat(now.isOpen()).isTrue();
        assertThat(now.outcome()).isEqualTo("Strategy discussion held; section 47 enquiry under way.");
        assertThat(now.actionTaken()).isEqualTo(OPEN.actionTaken());
    }

    @Test
    @DisplayName("a concern closed at the panel imports with how it ended and the day, and merging closes it")
    void closed() throws IOException {
        PanelRecord record = read(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.CLOSED)
                .set(FormFields.openConcernStands("ic-01"), "Health visitor told; joint visit found Baby B safe.")
                .set(FormFields.openConcernClosedOn("ic-01"), "27/04/2021"));

        ImmediateConcern now = PanelRecordFormImporter.merge(AUDIT, record, "f.pdf", ImportOptions.defaults())
                .concernsFor(FAMILY_1)
                .get(0);

        assertThat(now.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(now.closedOn()).contains(LocalDate.of(2021, 4, 27));
        assertThat(now.outcome()).isEqualTo("Health visitor told; joint visit found Baby B safe.");
    }

    @Test
    @DisplayName("a concern marked closed without the day it closed is refused, naming the date field")
    void closedWithoutDay() throws IOException {
        List<Problem> problems = refused(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.CLOSED)
                .set(FormFields.openConcernStands("ic-01"), "Visited; safe."));

        assertThat(problems).extracting(Problem::path).containsExactly(FormFields.openConcernClosedOn("ic-01"));
        assertThat(problems.get(0).message()).contains("does not say when");
    }

    @Test
    @DisplayName("a concern closed before the day it was raised is refused")
    void closedBeforeRaised() throws IOException {
        List<Problem> problems = refused(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.CLOSED)
                .set(FormFields.openConcernStands("ic-01"), "Visited; safe.")
                .set(FormFields.openConcernClosedOn("ic-01"), "01/04/2021"));

        assertThat(problems)
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .contains("before the day");
    }

    @Test
    @DisplayName("a status without where the concern stands is refused, asking for what the owner said")
    void statusWithoutText() throws IOException {
        List<Problem> problems =
                refused(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.STILL_OPEN));

        assertThat(problems).extracting(Problem::path).containsExactly(FormFields.openConcernStands("ic-01"));
    }

    @Test
    @DisplayName("where a concern stands, written without choosing open or closed, is refused")
    void textWithoutStatus() throws IOException {
        List<Problem> problems = refused(record().set(FormFields.openConcernStands("ic-01"), "Visited; safe."));

        assertThat(problems).extracting(Problem::path).containsExactly(FormFields.openConcernStatus("ic-01"));
    }

    @Test
    @DisplayName("an update of a concern closed since the form was made is not applied unless replacing is allowed")
    void closedSince() throws IOException {
        PanelRecord record = read(record().set(FormFields.openConcernStatus("ic-01"), OpenConcernsOnForm.STILL_OPEN)
                .set(FormFields.openConcernStands("ic-01"), "Enquiry under way."));
        Audit closedSince = AUDIT.withImmediateConcern(OPEN.closed(LocalDate.of(2021, 4, 22), "Visited; Baby B safe."));

        FormImportException refused = catchThrowableOfType(
                FormImportException.class,
                () -> PanelRecordFormImporter.merge(closedSince, record, "f.pdf", ImportOptions.defaults()));
        Audit replaced = PanelRecordFormImporter.merge(
                closedSince, record, "f.pdf", ImportOptions.defaults().replaceExisting());

        assertThat(refused.problems()).extracting(Problem::path).containsExactly("/immediateConcerns/0");
        assertThat(replaced.concernsFor(FAMILY_1).get(0).outcome()).isEqualTo("Enquiry under way.");
    }

    @Test
    @DisplayName("a form with a row for a concern the importing audit does not have is refused, naming the concern")
    void unknownConcern() throws IOException {
        byte[] pdf = record().fill(FORMS.formFor(FAMILY_1));
        PanelRecordFormImporter other = PanelRecordFormImporter.of(FormFixtures.audit());

        FormImportException refused = catchThrowableOfType(
                FormImportException.class, () -> other.read(pdf, "family-01.pdf", ImportOptions.defaults()));

        assertThat(refused.problems()).extracting(Problem::path).containsExactly(FormFields.openConcernStatus("ic-01"));
        assertThat(refused.problems().get(0).message()).contains("'ic-01'", "does not have");
    }
}
