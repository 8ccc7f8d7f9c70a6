package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.DASH;
import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FAMILY_2;
import static dev.maca.report.forms.FormFixtures.MIDWIFERY;
import static dev.maca.report.forms.FormFixtures.POLICE;
import static dev.maca.report.forms.FormFixtures.RISK_GRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.report.testing.VeraPdf;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Audit-tool forms")
class AuditToolFormsTest {
    private static final AuditToolForms FORMS = AuditToolForms.of(FormFixtures.guarded(), FormFixtures.tools());

    @Test
    @DisplayName("there is one form for each case of the cohort and each agency involved in it")
    void oneFormPerCaseAndAgency() {
        assertThat(FORMS.forms())
                .extracting(FormIdentity::caseId, FormIdentity::respondentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FAMILY_1, POLICE),
                        org.assertj.core.groups.Tuple.tuple(FAMILY_1, MIDWIFERY),
                        org.assertj.core.groups.Tuple.tuple(FAMILY_2, POLICE));
    }

    @Test
    @DisplayName("the form shows the audit, the case, the agency, the marking, the objectives, questions and guidance")
    void showsItsContent() throws IOException {
        String text = text(FORMS.formFor(FAMILY_1, POLICE));

        assertThat(text)
                .contains(
                        "Audit tool: Devon and Cornwall Police",
                        "MACA T7",
                        "Unborn babies and their older siblings",
                        "Case: Family 1",
                        "OFFICIAL-SENSITIVE",
                        "How to complete and return this form",
                        "Objective 1: Birth fathers and males in the household",
                        "Objective 2: The impact of Covid-19",
                        "Q3 Was a DASH risk assessment completed at every domestic abuse incident?",
                        "Look at each incident log for the DASH checklist",
                        "Your judgement for objective 2",
                        "About this family",
                        "Child A – aged 1–4",
                        "Baby B – born in August 2020 (due September 2020), at term (37 weeks or more); went home with",
                        "Adult 1 – mother",
                        "The audit period: January to December 2020.",
                        "Were you involved in this case?",
                        "Which records did you examine?",
                        "The children",
                        "Q1 What was life like for Child A?",
                        "Q2 What was life like for Baby B, before and after the birth?",
                        "The four-point practice scale",
                        "Your agency's involvement with the family: from February 2020 and still involved.",
                        "What difference did your agency's involvement make for the child?",
                        "Is there anything in this case that needs action now?",
                        "Your role (not your name)",
                        "Page 1 of");
        assertThat(text.replaceAll("\\s+", " "))
                .contains(
                        "Return it by the day the audit coordinator gives you (the audit takes place in April 2021).",
                        "Good: Practice meets the expected standard");
        assertThat(text.indexOf("Is there anything in this case that needs action now?"))
                .as("action now is asked with the first questions, before the children and the objectives")
                .isLessThan(text.indexOf("The children"));
        assertThat(text.indexOf("What was life like")).isLessThan(text.indexOf("Objective 1"));
        assertThat(text.indexOf("Objective 1")).isLessThan(text.indexOf("Q6 How were contacts"));
        assertThat(text.indexOf("About this family")).isLessThan(text.indexOf("Objective 1"));
    }

    @Test
    @DisplayName("every question gets its fields: a choice and a text for evidenced, graded and contact questions")
    void fieldsPerResponseType() throws IOException {
        try (PDDocument document = Loader.loadPDF(FORMS.formFor(FAMILY_1, POLICE))) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);

            assertThat(options(form, FormFields.choice(DASH))).containsExactly("Yes", "Partly", "No", "Not applicable");
            assertThat(options(form, FormFields.choice(RISK_GRADE)))
                    .containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
            assertThat(options(form, FormFields.choice(FormFixtures.CONTACT)))
                    .containsExactly("Face to face", "Mixed", "Virtual", "None");
            assertThat(options(form, FormFields.objectiveGrade(FormFixtures.COVID)))
                    .containsExactly(
                            "Outstanding",
                            "Good",
                            "Requires improvement",
                            "Inadequate",
                            "Not applicable / no material involvement");
            assertThat(options(form, FormFields.choice(FormFields.ACTION_NOW))).containsExactly("No", "Yes");
            assertThat(form.getField(FormFields.childExperience("Baby B"))).isInstanceOf(PDTextField.class);
            assertThat(form.getField(FormFields.text(DASH)))
                    .isInstanceOfSatisfying(
                            PDTextField.class, f -> assertThat(f.isMultiline()).isTrue());
            assertThat(form.getField(FormFields.text(FormFixtures.VOICE))).isInstanceOf(PDTextField.class);
            assertThat(form.getField(FormFields.choice(FormFixtures.VOICE))).isNull();
            assertThat(form.getField(FormFields.COMPLETED_ON)).isInstanceOf(PDTextField.class);
            assertThat(form.getField(FormFields.AUDITOR_ROLE)).isInstanceOf(PDTextField.class);
        }
    }

    @Test
    @DisplayName("identity fields are read-only, visible, and hold the identity and its checksum")
    void identityFields() throws IOException {
        FormIdentity identity = new FormIdentity("MACA T7", FAMILY_1, POLICE, "3f9a1c2e");
        try (PDDocument document = Loader.loadPDF(FORMS.formFor(FAMILY_1, POLICE))) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);

            assertThat(List.of(
                            FormFields.AUDIT_REFERENCE,
                            FormFields.CASE_ID,
                            FormFields.AGENCY_ID,
                            FormFields.TOOL_VERSION,
                            FormFields.CHECKSUM))
                    .extracting(name -> form.getField(name).getValueAsString())
                    .containsExactly("MACA T7", FAMILY_1, POLICE, "3f9a1c2e", identity.checksum());
            assertThat(Stream.of(FormFields.CASE_ID, FormFields.CHECKSUM).map(form::getField))
                    .allSatisfy(f -> {
                        assertThat(f.isReadOnly()).isTrue();
                        assertThat(f.getWidgets().get(0).isHidden()).isFalse();
                    });
        }
    }

    @Test
    @DisplayName("every field has an accessible name naming its question")
    void accessibleNames() throws IOException {
        try (PDDocument document = Loader.loadPDF(FORMS.formFor(FAMILY_1, POLICE))) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);

            assertThat(form.getFieldTree())
                    .allSatisfy(f -> assertThat(f.getAlternateFieldName()).isNotBlank());
            assertThat(form.getField(FormFields.text(DASH)).getAlternateFieldName())
                    .isEqualTo("Q3 Was a DASH risk assessment completed at every domestic abuse incident?"
                            + " – evidence from the record");
        }
    }

    @Test
    @DisplayName("the tab order is the structure order, and the structure lists the fields in reading order")
    void tabOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(FORMS.formFor(FAMILY_1, POLICE))) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")))
                        .isEqualTo(COSName.S);
            }
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            List<String> inStructureOrder = new ArrayList<>();
            collectFields(document.getDocumentCatalog().getStructureTreeRoot(), form, inStructureOrder);
            List<String> onPages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                page.getAnnotations().stream()
                        .filter(a -> a instanceof PDAnnotationWidget)
                        .forEach(a -> onPages.add(fieldOf(form, (PDAnnotationWidget) a)));
            }

            assertThat(inStructureOrder).hasSize(form.getFields().size()).isEqualTo(onPages);
            assertThat(inStructureOrder.subList(0, 5))
                    .containsExactly(
                            FormFields.AUDIT_REFERENCE,
                            FormFields.CASE_ID,
                            FormFields.AGENCY_ID,
                            FormFields.TOOL_VERSION,
                            FormFields.CHECKSUM);
            assertThat(inStructureOrder.subList(5, 14))
                    .containsExactly(
                            FormFields.choice(FormFields.INDEPENDENCE),
                            FormFields.text(FormFields.INDEPENDENCE),
                            FormFields.text(FormFields.RECORDS_EXAMINED),
                            FormFields.choice(FormFields.ACTION_NOW),
                            FormFields.text(FormFields.ACTION_NOW),
                            FormFields.actionNowTold(),
                            FormFields.actionNowDate(),
                            FormFields.childExperience("Child A"),
                            FormFields.childExperience("Baby B"));
            assertThat(inStructureOrder).endsWith(FormFields.COMPLETED_ON, FormFields.AUDITOR_ROLE);
        }
    }

    @Test
    @DisplayName("long questions flow across A4 pages and no field leaves its page")
    void flowsAcrossPages() throws IOException {
        AuditTool big = longTool(40);
        AuditToolForms forms = AuditToolForms.of(FormFixtures.guarded(), List.of(big, FormFixtures.midwiferyTool()));

        byte[] pdf = forms.formFor(FAMILY_1, POLICE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(8);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                for (var annotation : page.getAnnotations()) {
                    PDRectangle r = annotation.getRectangle();
                    assertThat(r.getLowerLeftY()).isGreaterThanOrEqualTo(TaggedForm.BOTTOM - 0.01f);
                    assertThat(r.getUpperRightY()).isLessThanOrEqualTo(TaggedForm.TOP + 0.01f);
                    assertThat(r.getUpperRightX())
                            .isLessThanOrEqualTo(TaggedForm.PAGE_WIDTH - TaggedForm.MARGIN + 0.01f);
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Q42 Question 40", "which leaves a very long line to wrap");
        }
    }

    @Test
    @DisplayName("the same input gives the same bytes")
    void deterministic() {
        AuditToolForms again = AuditToolForms.of(FormFixtures.guarded(), FormFixtures.tools());

        assertThat(again.formFor(FAMILY_1, POLICE)).isEqualTo(FORMS.formFor(FAMILY_1, POLICE));
    }

    @Test
    @DisplayName("a case outside the cohort or an agency not involved in the case has no form")
    void noFormOutsideTheCohort() {
        assertThatThrownBy(() -> FORMS.formFor("family-99", POLICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("family-99");
        assertThatThrownBy(() -> FORMS.formFor(FAMILY_2, MIDWIFERY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("midwifery");
    }

    @Test
    @DisplayName("an agency involved in a case without a tool is reported when the forms are set up")
    void missingTool() {
        assertThatThrownBy(() -> AuditToolForms.of(FormFixtures.guarded(), List.of(FormFixtures.policeTool())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("midwifery");
    }

    @Test
    @DisplayName("writeAll writes forms/<case>/<agency>.pdf and leaves no temporary file")
    void writeAll(@TempDir Path dir) throws IOException {
        List<Path> written = FORMS.writeAll(dir);

        assertThat(written)
                .containsExactly(
                        dir.resolve("forms/family-01/police.pdf"),
                        dir.resolve("forms/family-01/midwifery.pdf"),
                        dir.resolve("forms/family-02/police.pdf"));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactlyInAnyOrderElementsOf(written);
        }
        try (PDDocument document = Loader.loadPDF(written.get(1).toFile())) {
            assertThat(document.getDocumentCatalog()
                            .getAcroForm(null)
                            .getField(FormFields.AGENCY_ID)
                            .getValueAsString())
                    .isEqualTo(MIDWIFERY);
        }
    }

    @Test
    @DisplayName("a form that cannot be moved into place leaves no partial file and keeps the earlier forms")
    void failedWriteLeavesNoPartialFile(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("forms/family-01/midwifery.pdf");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep.txt"), "a directory where the form should go");

        assertThatThrownBy(() -> FORMS.writeAll(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("midwifery.pdf");
        try (Stream<Path> files = Files.list(dir.resolve("forms/family-01"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("police.pdf", "midwifery.pdf");
        }
        assertThat(blocker.resolve("keep.txt")).hasContent("a directory where the form should go");
    }

    @Test
    @DisplayName("a blank form passes veraPDF PDF/UA-1 and PDF/A-2a")
    void blankConforms() throws Exception {
        byte[] pdf = FORMS.formFor(FAMILY_1, POLICE);

        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
    }

    @Test
    @DisplayName("a filled form passes veraPDF PDF/UA-1 and PDF/A-2a")
    void filledConforms() throws Exception {
        byte[] pdf = AuditToolFormImporterTest.completed().fill(FORMS.formFor(FAMILY_1, POLICE));

        assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
    }

    @Test
    @DisplayName("blank and filled, a form passes every veraPDF PDF/UA-2 rule besides the part it claims (PDF/UA-1)")
    void pdfUa2() throws Exception {
        byte[] blank = FORMS.formFor(FAMILY_1, POLICE);
        byte[] filled = AuditToolFormImporterTest.completed().fill(blank);

        assertThat(VeraPdf.ua2FailuresBesidesIdentification(blank)).isEmpty();
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(filled)).isEmpty();
    }

    @Test
    @DisplayName("describes every field's widget with the field's accessible name")
    void widgetsDescribed() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(FORMS.formFor(FAMILY_1, POLICE))) {
            List<PDField> fields = new ArrayList<>();
            pdf.getDocumentCatalog().getAcroForm(null).getFieldTree().forEach(fields::add);
            List<PDTerminalField> terminals = fields.stream()
                    .filter(PDTerminalField.class::isInstance)
                    .map(PDTerminalField.class::cast)
                    .toList();

            assertThat(terminals).isNotEmpty().allSatisfy(field -> assertThat(field.getWidgets())
                    .singleElement()
                    .satisfies(widget ->
                            assertThat(widget.getContents()).isNotBlank().isEqualTo(field.getAlternateFieldName())));
        }
    }

    static AuditTool longTool(int count) {
        List<ToolQuestion> questions = new ArrayList<>();
        ResponseType[] types = ResponseType.values();
        for (int i = 1; i <= count; i++) {
            String objective = i % 2 == 0 ? FormFixtures.COVID : FormFixtures.FATHERS;
            questions.add(new ToolQuestion(
                    new Question(
                            "long-question-" + i,
                            "Question " + i + ": was the risk to the unborn baby assessed, recorded, shared with every"
                                    + " partner and reviewed when circumstances changed, which leaves a very long"
                                    + " line to wrap across the width of the page?",
                            "Guidance " + i + ": "
                                    + "look in the chronology, the case notes and the minutes. ".repeat(4),
                            types[i % types.length],
                            true,
                            List.of("fathers-and-males")),
                    List.of(objective)));
        }
        return new AuditTool(
                FormFixtures.REFERENCE,
                POLICE,
                "Devon and Cornwall Police",
                "1.0.0",
                "long",
                questions,
                FormFixtures.coreQuestions());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private static List<String> options(PDAcroForm form, String name) {
        PDField field = form.getField(name);
        assertThat(field).as(name).isInstanceOf(PDComboBox.class);
        return ((PDComboBox) field).getOptions();
    }

    private static void collectFields(PDStructureNode node, PDAcroForm form, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Form".equals(element.getStructureType())) {
                    for (Object ref : element.getKids()) {
                        if (ref
                                        instanceof
                                        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference
                                        objr
                                && objr.getReferencedObject() instanceof PDAnnotationWidget widget) {
                            out.add(fieldOf(form, widget));
                        }
                    }
                }
                collectFields(element, form, out);
            }
        }
    }

    private static String fieldOf(PDAcroForm form, PDAnnotationWidget widget) {
        for (PDField field : form.getFieldTree()) {
            if (field.getWidgets().stream().anyMatch(w -> w.getCOSObject() == widget.getCOSObject())) {
                return field.getFullyQualifiedName();
            }
        }
        throw new AssertionError("widget without a field");
    }
}
