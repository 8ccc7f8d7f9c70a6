package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.CONTACT;
import static dev.maca.report.forms.FormFixtures.COVID;
import static dev.maca.report.forms.FormFixtures.DASH;
import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FAMILY_2;
import static dev.maca.report.forms.FormFixtures.FATHERS;
import static dev.maca.report.forms.FormFixtures.LOCKDOWN_NOTES;
import static dev.maca.report.forms.FormFixtures.MIDWIFERY;
import static dev.maca.report.forms.FormFixtures.POLICE;
import static dev.maca.report.forms.FormFixtures.RISK_GRADE;
import static dev.maca.report.forms.FormFixtures.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.maca.audit.Audit;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ChildExperience;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Importing a completed audit-tool form")
class AuditToolFormImporterTest {
    private static final Audit AUDIT = FormFixtures.audit();
    private static final AuditToolForms FORMS = AuditToolForms.of(FormFixtures.guarded(AUDIT), FormFixtures.tools());
    private static final AuditToolFormImporter IMPORTER = AuditToolFormImporter.of(AUDIT, FormFixtures.tools());
    private static final String LIVED =
            "Child A’s days were shaped by shouting at home;\nshe hid under the bed — “scared”.";

    static FormFiller completed() {
        return new FormFiller()
                .set(FormFields.choice(DASH), "Partly")
                .set(FormFields.text(DASH), "DASH at 2 of 3 incidents; pregnancy question not asked on 14 May.")
                .set(FormFields.text(VOICE), "Child A was spoken to alone and said she was frightened.")
                .set(FormFields.choice(RISK_GRADE), "Requires improvement")
                .set(FormFields.text(RISK_GRADE), "ViST graded standard but not shared with health.")
                .set(FormFields.choice(CONTACT), "Virtual")
                .set(FormFields.text(CONTACT), "Telephone contacts only from March to June 2020.")
                .set(FormFields.choice(LOCKDOWN_NOTES), "Not applicable")
                .set(FormFields.objectiveGrade(FATHERS), "Good")
                .set(FormFields.objectiveRationale(FATHERS), "The father was seen and his history checked.")
                .set(FormFields.objectiveGrade(COVID), "Inadequate")
                .set(FormFields.objectiveRationale(COVID), "No face-to-face contact for four months.")
                .set(FormFields.choice(FormFields.INDEPENDENCE), AgencyFormModel.NOT_INVOLVED)
                .set(FormFields.text(FormFields.RECORDS_EXAMINED), "Incident logs and ViSTs for 2020.")
                .set(FormFields.childExperience("Child A"), LIVED)
                .set(FormFields.childExperience("Baby B"), "Baby B was not seen by officers after the birth.")
                .set(FormFields.text(FormFields.IMPACT), "The ViST brought the health visitor back within a week.")
                .set(FormFields.text(FormFields.GOOD_PRACTICE), "Prompt DASH after the first call.")
                .set(FormFields.text(FormFields.AREAS_FOR_DEVELOPMENT), "Share ViST with health visiting.")
                .set(FormFields.choice(FormFields.OVERALL_JUDGEMENT), "Good")
                .set(FormFields.text(FormFields.OVERALL_JUDGEMENT), "Sound practice with gaps in sharing.")
                .set(FormFields.choice(FormFields.ACTION_NOW), "No")
                .set(FormFields.COMPLETED_ON, "20/04/2021")
                .set(FormFields.AUDITOR_ROLE, "Detective Sergeant, Public Protection");
    }

    static AuditReturn expectedReturn() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(
                DASH,
                new Answer.Evidenced(
                        EvidenceRating.PARTLY, "DASH at 2 of 3 incidents; pregnancy question not asked on 14 May."));
        answers.put(VOICE, new Answer.FreeText("Child A was spoken to alone and said she was frightened."));
        answers.put(
                RISK_GRADE,
                new Answer.Graded(
                        new Judgement("requires-improvement", "ViST graded standard but not shared with health.")));
        answers.put(
                CONTACT, new Answer.Contact(ContactMode.VIRTUAL, "Telephone contacts only from March to June 2020."));
        answers.put(LOCKDOWN_NOTES, new Answer.Evidenced(EvidenceRating.NOT_APPLICABLE, ""));
        return AuditReturn.builder(FAMILY_1, POLICE)
                .toolVersion(FormFixtures.policeTool().version())
                .completedOn(LocalDate.of(2021, 4, 20))
                .auditorRole("Detective Sergeant, Public Protection")
                .answers(answers)
                .objectiveJudgements(Map.of(
                        FATHERS,
                        new Judgement("good", "The father was seen and his history checked."),
                        COVID,
                        new Judgement("inadequate", "No face-to-face contact for four months.")))
                .overall(Optional.of(new Judgement("good", "Sound practice with gaps in sharing.")))
                .livedExperienceByChild(List.of(
                        new ChildExperience("Child A", LIVED),
                        new ChildExperience("Baby B", "Baby B was not seen by officers after the birth.")))
                .impact("The ViST brought the health visitor back within a week.")
                .goodPractice("Prompt DASH after the first call.")
                .areasForDevelopment("Share ViST with health visiting.")
                .actionNow(ActionNow.nothingNeeded())
                .independence(AuditorIndependence.independent())
                .recordsExamined("Incident logs and ViSTs for 2020.")
                .build();
    }

    static byte[] policeForm() {
        return FORMS.formFor(FAMILY_1, POLICE);
    }

    @Test
    @DisplayName("a completed form reads back into the return that was filled in")
    void roundTrip() throws IOException {
        byte[] filled = completed().fill(policeForm());

        AuditReturn imported = IMPORTER.read(filled, "police.pdf", ImportOptions.defaults());

        assertThat(imported).isEqualTo(expectedReturn());
    }

    @Test
    @DisplayName("a form re-saved by another PDF tool (qpdf) still imports")
    void resavedByQpdf(@TempDir Path dir) throws Exception {
        assumeThat(qpdfAvailable()).as("qpdf is installed").isTrue();
        Path in = dir.resolve("in.pdf");
        Path out = dir.resolve("out.pdf");
        Files.write(in, completed().fill(policeForm()));
        Process qpdf = new ProcessBuilder("qpdf", "--newline-before-endstream", in.toString(), out.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qpdf.exitValue())
                .as(new String(qpdf.getInputStream().readAllBytes()))
                .isIn(0, 3);

        AuditReturn imported = IMPORTER.read(out, ImportOptions.defaults());

        assertThat(imported).isEqualTo(expectedReturn());
    }

    @Test
    @DisplayName("a partly completed form gives an INCOMPLETE return listing the unanswered required questions")
    void partlyCompleted() throws IOException {
        byte[] filled = new FormFiller()
                .set(FormFields.choice(DASH), "Yes")
                .set(FormFields.text(DASH), "DASH at every incident.")
                .set(FormFields.childExperience("Child A"), "Frightened by shouting.")
                .fill(policeForm());

        AuditReturn imported =
                IMPORTER.read(filled, "police.pdf", ImportOptions.defaults().receivedOn(LocalDate.of(2021, 5, 2)));

        assertThat(imported.status()).isEqualTo(ReturnStatus.INCOMPLETE);
        assertThat(imported.unanswered())
                .containsExactly(
                        RISK_GRADE,
                        CONTACT,
                        "core-auditor-independence",
                        "core-records-examined",
                        "core-lived-experience",
                        "core-impact",
                        "core-good-practice",
                        "core-areas-for-development",
                        "core-overall-judgement",
                        "core-action-now");
        assertThat(imported.livedExperienceByChild())
                .containsExactly(new ChildExperience("Child A", "Frightened by shouting."));
        assertThat(imported.answers()).containsOnlyKeys(DASH);
        assertThat(imported.completedOn()).isEqualTo(LocalDate.of(2021, 5, 2));
    }

    @Test
    @DisplayName("a form for another case than the one expected is refused, naming both cases")
    void otherCase() {
        byte[] family2 = FORMS.formFor(FAMILY_2, POLICE);

        FormImportException e = refused(family2, ImportOptions.defaults().expecting(FAMILY_1, POLICE));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.CASE_ID))
                .satisfies(p -> assertThat(p.message()).contains("another case", FAMILY_2, FAMILY_1));
    }

    @Test
    @DisplayName("a form for a case outside the audit's cohort is refused")
    void caseOutsideCohort() {
        Audit otherCohort = new Audit(
                AUDIT.scope(), List.of(FormFixtures.cases().get(1)), List.of(), List.of(), List.of(), List.of());
        AuditToolFormImporter importer = AuditToolFormImporter.of(otherCohort, FormFixtures.tools());

        FormImportException e = catchThrowableOfType(
                FormImportException.class, () -> importer.read(policeForm(), "police.pdf", ImportOptions.defaults()));

        assertThat(messages(e)).anySatisfy(m -> assertThat(m).contains("case 'family-01'", "not in the cohort"));
    }

    @Test
    @DisplayName("a form from another agency than the one expected is refused")
    void otherAgency() {
        byte[] midwifery = FORMS.formFor(FAMILY_1, MIDWIFERY);

        FormImportException e = refused(midwifery, ImportOptions.defaults().expecting(FAMILY_1, POLICE));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.AGENCY_ID))
                .satisfies(p -> assertThat(p.message()).contains("another agency", MIDWIFERY));
    }

    @Test
    @DisplayName("a form from another audit is refused")
    void otherAudit() {
        AuditToolFormImporter importer = AuditToolFormImporter.of(FormFixtures.audit("MACA T8"), FormFixtures.tools());

        FormImportException e = catchThrowableOfType(
                FormImportException.class, () -> importer.read(policeForm(), "police.pdf", ImportOptions.defaults()));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.AUDIT_REFERENCE))
                .satisfies(p -> assertThat(p.message()).contains("another audit", "MACA T7", "MACA T8"));
    }

    @Test
    @DisplayName("a form for another version of the agency's tool is refused")
    void otherToolVersion() {
        AuditToolFormImporter importer = AuditToolFormImporter.of(
                AUDIT, List.of(FormFixtures.policeTool("9b8c7d6e"), FormFixtures.midwiferyTool()));

        FormImportException e = catchThrowableOfType(
                FormImportException.class, () -> importer.read(policeForm(), "police.pdf", ImportOptions.defaults()));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.TOOL_VERSION))
                .satisfies(p -> assertThat(p.message()).contains("another version", "3f9a1c2e", "9b8c7d6e"));
    }

    @Test
    @DisplayName("a form whose identity field was edited is refused by its checksum")
    void alteredIdentity() throws IOException {
        byte[] altered = completed().set(FormFields.CASE_ID, FAMILY_2).fill(policeForm());

        FormImportException e = refused(altered, ImportOptions.defaults());

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.CHECKSUM))
                .satisfies(p -> assertThat(p.message()).contains("identity fields were changed"));
    }

    @Test
    @DisplayName(
            "a choice holding a value that is not one of its options is refused, naming the field but not the value")
    void badOption() throws IOException {
        byte[] filled = completed().set(FormFields.choice(DASH), "Maybe").fill(policeForm());

        FormImportException e = refused(filled, ImportOptions.defaults());

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo(FormFields.choice(DASH)))
                .satisfies(p -> assertThat(p.message())
                        .contains("Was a DASH risk assessment completed", "not one of its options")
                        .doesNotContain("Maybe"))
                .satisfies(p -> assertThat(p.fix()).contains("Yes, Partly, No, Not applicable"));
    }

    @Test
    @DisplayName("evidence written without a rating is refused rather than lost")
    void evidenceWithoutRating() throws IOException {
        byte[] filled =
                new FormFiller().set(FormFields.text(DASH), "Seen in the log.").fill(policeForm());

        FormImportException e = refused(filled, ImportOptions.defaults());

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo(FormFields.choice(DASH)));
    }

    @Test
    @DisplayName("a completion date that is not a date is refused, naming the field")
    void badDate() throws IOException {
        byte[] filled = completed().set(FormFields.COMPLETED_ON, "next Tuesday").fill(policeForm());

        FormImportException e = refused(filled, ImportOptions.defaults());

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo(FormFields.COMPLETED_ON));
    }

    @Test
    @DisplayName("every problem of a form is reported at once, with the file name")
    void allProblemsAtOnce() throws IOException {
        byte[] filled = completed()
                .set(FormFields.choice(DASH), "Maybe")
                .set(FormFields.choice(CONTACT), "By carrier pigeon")
                .set(FormFields.COMPLETED_ON, "soon")
                .fill(policeForm());

        FormImportException e = refused(filled, ImportOptions.defaults());

        assertThat(e.fileName()).isEqualTo("police.pdf");
        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactly(FormFields.choice(DASH), FormFields.choice(CONTACT), FormFields.COMPLETED_ON);
        assertThat(e.getMessage()).contains("police.pdf", "3 problems");
    }

    @Test
    @DisplayName("a file that is not a PDF is refused with the same exception type")
    void notAPdf(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("return.pdf"), "Dear coordinator, please find my answers.");

        FormImportException e =
                catchThrowableOfType(FormImportException.class, () -> IMPORTER.read(file, ImportOptions.defaults()));

        assertThat(e.fileName()).isEqualTo("return.pdf");
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not a PDF"));
    }

    @Test
    @DisplayName("a PDF without form fields is refused with the same exception type")
    void pdfWithoutForm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }

        FormImportException e = refused(out.toByteArray(), ImportOptions.defaults());

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no form fields"));
    }

    @Test
    @DisplayName("importing into an audit adds the return")
    void importInto(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("police.pdf"), completed().fill(policeForm()));

        Audit updated = IMPORTER.importInto(AUDIT, file, ImportOptions.defaults());

        assertThat(updated.returns()).containsExactly(expectedReturn());
    }

    @Test
    @DisplayName("an existing return for the same case and agency is not replaced unless asked")
    void existingReturnKept(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("police.pdf"), completed().fill(policeForm()));
        Audit withReturn = IMPORTER.importInto(AUDIT, file, ImportOptions.defaults());

        FormImportException e = catchThrowableOfType(
                FormImportException.class, () -> IMPORTER.importInto(withReturn, file, ImportOptions.defaults()));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/returns/0"))
                .satisfies(
                        p -> assertThat(p.message()).contains("already has a return", FAMILY_1, POLICE, "2021-04-20"))
                .satisfies(p -> assertThat(p.fix()).contains("replaceExisting"));
    }

    @Test
    @DisplayName("an existing return is replaced when the options ask for it")
    void existingReturnReplaced(@TempDir Path dir) throws IOException {
        Path first = Files.write(dir.resolve("first.pdf"), new FormFiller().fill(policeForm()));
        Path second = Files.write(dir.resolve("second.pdf"), completed().fill(policeForm()));
        Audit withDraft = IMPORTER.importInto(AUDIT, first, ImportOptions.defaults());

        Audit updated =
                IMPORTER.importInto(withDraft, second, ImportOptions.defaults().replaceExisting());

        assertThat(updated.returns()).containsExactly(expectedReturn());
    }

    private static FormImportException refused(byte[] pdf, ImportOptions options) {
        return catchThrowableOfType(FormImportException.class, () -> IMPORTER.read(pdf, "police.pdf", options));
    }

    private static List<String> messages(FormImportException e) {
        return e.problems().stream().map(Problem::message).toList();
    }

    private static boolean qpdfAvailable() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
