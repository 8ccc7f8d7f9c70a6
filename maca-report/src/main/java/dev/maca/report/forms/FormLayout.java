package dev.maca.report.forms;

import static dev.maca.report.forms.TaggedForm.CONTENT_WIDTH;
import static dev.maca.report.forms.TaggedForm.MARGIN;

import dev.maca.cohort.CaseRecord;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.Objective;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out one audit-tool form: the header with the form's identity and how to complete it, the questions grouped by
 * objective with the agency's judgement after each objective, the case-level questions, and the completion details.
 */
final class FormLayout {
    private static final float GAP = 12;
    private static final float LABEL_HEIGHT = 11;
    private static final float CHOICE_HEIGHT = 18;
    private static final float TEXT_HEIGHT = 58;
    private static final float TALL_TEXT_HEIGHT = 92;
    private static final List<String> RATINGS =
            Arrays.stream(EvidenceRating.values()).map(EvidenceRating::label).toList();
    private static final List<String> CONTACT_MODES =
            Arrays.stream(ContactMode.values()).map(ContactMode::label).toList();

    private final AuditScope scope;
    private final CaseRecord caseRecord;
    private final AuditTool tool;
    private final FormIdentity identity;
    private final List<String> grades;

    private TaggedForm form;
    private TaggedForm.TextStyle title;
    private TaggedForm.TextStyle heading;
    private TaggedForm.TextStyle question;
    private TaggedForm.TextStyle body;
    private TaggedForm.TextStyle guidance;
    private TaggedForm.TextStyle label;
    private TaggedForm.TextStyle small;
    private int number;

    FormLayout(AuditScope scope, CaseRecord caseRecord, AuditTool tool) {
        this.scope = scope;
        this.caseRecord = caseRecord;
        this.tool = tool;
        this.identity = new FormIdentity(scope.reference(), caseRecord.id(), tool.agencyId(), tool.version());
        this.grades = scope.gradingScale().grades().stream().map(Grade::label).toList();
    }

    /** The form's title, as its metadata and window title give it. */
    String title() {
        return "Audit tool: " + tool.agencyName() + " – " + caseRecord.pseudonym() + " – " + scope.reference();
    }

    /** Writes the form as PDF to {@code out}. */
    void write(OutputStream out) throws IOException {
        try (TaggedForm tagged = new TaggedForm(title(), "en-GB")) {
            form = tagged;
            PDType0Font regular = tagged.regular();
            PDType0Font bold = tagged.bold();
            title = new TaggedForm.TextStyle(bold, 17, 21, TaggedForm.ACCENT);
            heading = new TaggedForm.TextStyle(bold, 13, 17, TaggedForm.ACCENT);
            question = new TaggedForm.TextStyle(bold, 10.5f, 13.5f, TaggedForm.INK);
            body = new TaggedForm.TextStyle(regular, 9.5f, 13, TaggedForm.INK);
            guidance = new TaggedForm.TextStyle(regular, 8.5f, 11, TaggedForm.MUTED);
            label = new TaggedForm.TextStyle(bold, 8, LABEL_HEIGHT, TaggedForm.INK);
            small = new TaggedForm.TextStyle(regular, 6.5f, 8.5f, TaggedForm.MUTED);
            header();
            objectives();
            caseAsAWhole();
            completion();
            tagged.finish(
                    this::furniture, HexFormat.of().parseHex(identity.checksum().substring(0, 32)), out);
        } finally {
            form = null;
        }
    }

    private void header() throws IOException {
        form.text("H1", "Audit tool: " + printable(tool.agencyName()), title, 0);
        form.skip(2);
        form.text("P", printable(scope.reference() + " – " + scope.title()), body, 0);
        form.text("P", printable(scope.partnership()), body, 0);
        form.text("P", printable("Case: " + caseRecord.pseudonym() + "  ·  Agency: " + tool.agencyName()), question, 0);
        form.skip(8);
        identityBox();
        form.skip(14);
        form.text("H2", "How to complete and return this form", heading, 0);
        form.skip(3);
        String marking = scope.reportMarking().label();
        List<String> steps = List.of(
                "Answer each question from your agency's own records for this case, from a single-agency perspective"
                        + " with inter-agency working taken into consideration.",
                "For each question choose an answer from the list and write the evidence from the record that"
                        + " supports it. For every judgement choose a grade on the "
                        + scope.gradingScale().name() + " and say why you made it.",
                "Refer to people as this form does (for example 'Child A', 'mother', 'birth father'). Do not write"
                        + " names, dates of birth, addresses, NHS numbers or other identifying details.",
                "Give your role, never your name, and the date you completed the form at the end.",
                "Do not change the grey boxes above: they match the form to the audit, the case and your agency's"
                        + " questions. Save the completed form and return it to the audit coordinator of "
                        + scope.partnership() + " by secure e-mail.",
                "Protective marking: " + marking + " once completed. Store and send it as " + marking + ".");
        for (String step : steps) {
            form.text("P", printable(step), body, 0);
            form.skip(3);
        }
    }

    private void identityBox() throws IOException {
        float top = form.y();
        float height = 2 * (9 + 14) + 14;
        form.box(MARGIN, top, CONTENT_WIDTH, height, TaggedForm.FIELD_FILL, TaggedForm.RULE);
        float inner = MARGIN + 8;
        float width = CONTENT_WIDTH - 16;
        float rowTop = top - 7;
        float third = (width - 2 * 8) / 3;
        identityField("Audit reference", FormFields.AUDIT_REFERENCE, identity.auditReference(), inner, rowTop, third);
        identityField("Case", FormFields.CASE_ID, identity.caseId(), inner + third + 8, rowTop, third);
        identityField("Agency", FormFields.AGENCY_ID, identity.agencyId(), inner + 2 * (third + 8), rowTop, third);
        rowTop -= 9 + 14 + 2;
        float half = (width - 8) / 2;
        identityField("Tool version", FormFields.TOOL_VERSION, identity.toolVersion(), inner, rowTop, half);
        identityField("Form checksum", FormFields.CHECKSUM, identity.checksum(), inner + half + 8, rowTop, half);
        form.skip(height);
    }

    private void identityField(String caption, String name, String value, float x, float top, float width)
            throws IOException {
        form.label(caption + " (do not change)", small, x, top);
        form.readOnlyField(name, caption + " (read only)", value, x, top - 9, width, 13);
    }

    private void objectives() throws IOException {
        Set<String> asked = new LinkedHashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        List<String> judged = tool.objectiveIds();
        int objectiveNumber = 0;
        for (Objective objective : scope.objectives()) {
            if (!judged.contains(objective.id())) {
                continue;
            }
            objectiveNumber++;
            String heading = "Objective " + objectiveNumber + ": " + objective.title();
            sectionHeading(heading, objective.statement());
            List<String> askedBefore = new ArrayList<>();
            for (ToolQuestion q : tool.questionsFor(objective.id())) {
                if (asked.add(q.id())) {
                    question(q.question());
                    numbers.put(q.id(), number);
                } else {
                    askedBefore.add("Q" + numbers.get(q.id()));
                }
            }
            if (!askedBefore.isEmpty()) {
                form.text(
                        "P",
                        "Your answers to " + String.join(", ", askedBefore)
                                + " above also serve this objective: take them into account in your judgement.",
                        guidance,
                        0);
                form.skip(GAP);
            }
            objectiveJudgement(objective, heading);
        }
        List<ToolQuestion> others =
                tool.questions().stream().filter(q -> !asked.contains(q.id())).toList();
        if (!others.isEmpty()) {
            sectionHeading(
                    "Learning from previous reviews and other questions",
                    "Questions every audit asks, whatever its objectives: how well the learning from previous audits"
                            + " and reviews shows in this case's practice.");
            for (ToolQuestion q : others) {
                question(q.question());
            }
        }
    }

    private void sectionHeading(String text, String statement) throws IOException {
        // keep the heading with its statement and the first question
        form.keep(heading.height(text, CONTENT_WIDTH) + body.height(statement, CONTENT_WIDTH) + 200);
        form.skip(10);
        form.text("H2", printable(text), heading, 0);
        form.skip(2);
        form.text("P", printable(statement), body, 0);
        form.skip(10);
    }

    private void question(Question q) throws IOException {
        number++;
        String text = printable("Q" + number + "  " + q.text());
        String name = "Q" + number + " " + printable(q.text());
        String hint = printable(q.guidance());
        float fieldsHeight = LABEL_HEIGHT + 2 + TEXT_HEIGHT;
        form.keep(question.height(text, CONTENT_WIDTH) + guidance.height(hint, CONTENT_WIDTH) + fieldsHeight + 6);
        form.text("H3", text, question, 0);
        if (!hint.isBlank()) {
            form.skip(1);
            form.text("P", hint, guidance, 0);
        }
        form.skip(5);
        String id = q.id();
        switch (q.responseType()) {
            case EVIDENCED -> choiceAndText(
                    id,
                    name,
                    "Answer",
                    "answer",
                    RATINGS,
                    "Evidence from the record",
                    "evidence from the record",
                    TEXT_HEIGHT);
            case GRADED -> choiceAndText(
                    id,
                    name,
                    "Grade",
                    "grade",
                    grades,
                    "Rationale: why you made this judgement",
                    "rationale",
                    TEXT_HEIGHT);
            case CONTACT_MODE -> choiceAndText(
                    id,
                    name,
                    "How contacts were made",
                    "how contacts were made",
                    CONTACT_MODES,
                    "Evidence from the record",
                    "evidence from the record",
                    TEXT_HEIGHT);
            case FREE_TEXT -> freeText(FormFields.text(id), name, "Your answer", TEXT_HEIGHT);
        }
        form.skip(GAP);
    }

    private void choiceAndText(
            String id,
            String name,
            String choiceLabel,
            String choiceName,
            List<String> options,
            String textLabel,
            String textName,
            float textHeight)
            throws IOException {
        choiceAndTextFields(
                FormFields.choice(id),
                FormFields.text(id),
                name,
                choiceLabel,
                choiceName,
                options,
                textLabel,
                textName,
                textHeight);
    }

    private void choiceAndTextFields(
            String choiceField,
            String textField,
            String name,
            String choiceLabel,
            String choiceName,
            List<String> options,
            String textLabel,
            String textName,
            float textHeight)
            throws IOException {
        form.keep(LABEL_HEIGHT + 2 + textHeight);
        float choiceWidth = choiceWidth(options, choiceLabel);
        float top = form.y();
        float fieldTop = top - LABEL_HEIGHT - 2;
        float textX = MARGIN + choiceWidth + 14;
        form.label(choiceLabel, label, MARGIN, top);
        form.comboBox(
                choiceField,
                name + " – " + choiceName + " (" + String.join(", ", options) + ")",
                options,
                MARGIN,
                fieldTop,
                choiceWidth,
                CHOICE_HEIGHT);
        form.label(textLabel, label, textX, top);
        form.textField(
                textField, name + " – " + textName, textX, fieldTop, MARGIN + CONTENT_WIDTH - textX, textHeight, true);
        form.skip(LABEL_HEIGHT + 2 + textHeight);
    }

    private float choiceWidth(List<String> options, String caption) throws IOException {
        float widest = label.width(caption);
        for (String option : options) {
            widest = Math.max(widest, body.width(printable(option)) + 26);
        }
        return Math.min(200, Math.max(120, widest));
    }

    private void freeText(String field, String name, String caption, float height) throws IOException {
        form.keep(LABEL_HEIGHT + 2 + height);
        float top = form.y();
        form.label(caption, label, MARGIN, top);
        form.textField(field, name + " – your answer", MARGIN, top - LABEL_HEIGHT - 2, CONTENT_WIDTH, height, true);
        form.skip(LABEL_HEIGHT + 2 + height);
    }

    private void objectiveJudgement(Objective objective, String heading) throws IOException {
        String text = "Your judgement for " + heading.substring(0, 1).toLowerCase() + heading.substring(1);
        String hint = "Grade your agency's practice in this case against this objective on the "
                + scope.gradingScale().name() + ", and say why you made this judgement.";
        form.keep(question.height(text, CONTENT_WIDTH) + guidance.height(hint, CONTENT_WIDTH) + 80);
        if (form.y() < TaggedForm.TOP) {
            form.box(MARGIN, form.y() + 4, CONTENT_WIDTH, 0.1f, null, TaggedForm.RULE);
        }
        form.skip(6);
        form.text("H3", printable(text), question, 0);
        form.skip(1);
        form.text("P", printable(hint), guidance, 0);
        form.skip(5);
        choiceAndTextFields(
                FormFields.objectiveGrade(objective.id()),
                FormFields.objectiveRationale(objective.id()),
                printable(text),
                "Grade",
                "grade",
                grades,
                "Rationale: why you made this judgement",
                "rationale",
                TEXT_HEIGHT);
        form.skip(GAP);
    }

    private void caseAsAWhole() throws IOException {
        sectionHeading(
                "The case as a whole", "Looking across your agency's involvement with " + caseRecord.pseudonym() + ":");
        for (String id :
                List.of(FormFields.LIVED_EXPERIENCE, FormFields.GOOD_PRACTICE, FormFields.AREAS_FOR_DEVELOPMENT)) {
            Question q = CoreQuestionText.of(tool, id);
            number++;
            String text = printable("Q" + number + "  " + q.text());
            String hint = printable(q.guidance());
            float height = id.equals(FormFields.LIVED_EXPERIENCE) ? TALL_TEXT_HEIGHT : TEXT_HEIGHT + 14;
            form.keep(question.height(text, CONTENT_WIDTH) + guidance.height(hint, CONTENT_WIDTH) + height + 20);
            form.text("H3", text, question, 0);
            form.skip(1);
            form.text("P", hint, guidance, 0);
            form.skip(5);
            freeText(FormFields.text(id), "Q" + number + " " + printable(q.text()), "Your answer", height);
            form.skip(GAP);
        }
        Question overall = CoreQuestionText.of(tool, FormFields.OVERALL_JUDGEMENT);
        question(new Question(
                overall.id(),
                overall.text(),
                overall.guidance(),
                ResponseType.GRADED,
                overall.required(),
                overall.themes()));
    }

    private void completion() throws IOException {
        form.keep(150);
        form.skip(6);
        form.text("H2", "Completion", heading, 0);
        form.skip(3);
        form.text(
                "P",
                "Give the date you completed this form and your role (for example 'Named Nurse for Safeguarding')."
                        + " Do not give your name: returns record the auditor's role only.",
                body,
                0);
        form.skip(6);
        float top = form.y();
        float dateWidth = 130;
        float roleX = MARGIN + dateWidth + 14;
        form.label("Date completed (DD/MM/YYYY)", label, MARGIN, top);
        form.textField(
                FormFields.COMPLETED_ON,
                "Date completed, as day, month and year (DD/MM/YYYY)",
                MARGIN,
                top - LABEL_HEIGHT - 2,
                dateWidth,
                CHOICE_HEIGHT,
                false);
        form.label("Your role (not your name)", label, roleX, top);
        form.textField(
                FormFields.AUDITOR_ROLE,
                "Your role, not your name",
                roleX,
                top - LABEL_HEIGHT - 2,
                MARGIN + CONTENT_WIDTH - roleX,
                CHOICE_HEIGHT,
                false);
        form.skip(LABEL_HEIGHT + 2 + CHOICE_HEIGHT + GAP);
        form.text(
                "P",
                printable("Thank you. Return the saved form to the audit coordinator of " + scope.partnership() + "."),
                guidance,
                0);
    }

    private void furniture(PDPageContentStream stream, int page, int pages) throws IOException {
        String marking = scope.reportMarking().label() + " when completed";
        String footer = printable(scope.reference() + " · " + caseRecord.pseudonym() + " · " + tool.agencyName());
        String pageText = "Page " + page + " of " + pages;
        stream.beginMarkedContent(COSName.ARTIFACT);
        TaggedForm.INK.fill(stream);
        stream.beginText();
        stream.setFont(label.font(), 8.5f);
        stream.newLineAtOffset(
                (TaggedForm.PAGE_WIDTH - label.font().getStringWidth(marking) / 1000 * 8.5f) / 2,
                TaggedForm.PAGE_HEIGHT - 32);
        stream.showText(marking);
        stream.endText();
        TaggedForm.RULE.stroke(stream);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, TaggedForm.PAGE_HEIGHT - 40);
        stream.lineTo(MARGIN + CONTENT_WIDTH, TaggedForm.PAGE_HEIGHT - 40);
        stream.moveTo(MARGIN, 40);
        stream.lineTo(MARGIN + CONTENT_WIDTH, 40);
        stream.stroke();
        TaggedForm.MUTED.fill(stream);
        stream.beginText();
        stream.setFont(body.font(), 8);
        stream.newLineAtOffset(MARGIN, 28);
        stream.showText(footer);
        stream.endText();
        stream.beginText();
        stream.setFont(body.font(), 8);
        stream.newLineAtOffset(MARGIN + CONTENT_WIDTH - body.font().getStringWidth(pageText) / 1000 * 8, 28);
        stream.showText(pageText);
        stream.endText();
        stream.endMarkedContent();
    }

    /** The text with every character the form font cannot show replaced by a question mark. */
    private String printable(String text) {
        PDType0Font font = form.regular();
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> out.append(canShow(font, cp) ? Character.toString(cp) : "?"));
            return out.toString();
        }
    }

    private static boolean canShow(PDType0Font font, int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    static List<String> ratings() {
        return RATINGS;
    }

    static List<String> contactModes() {
        return CONTACT_MODES;
    }
}
