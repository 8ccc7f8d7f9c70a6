package dev.maca.report.forms;

import static dev.maca.report.forms.TaggedForm.CONTENT_WIDTH;
import static dev.maca.report.forms.TaggedForm.MARGIN;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link FormModel} as an accessible, archivable fillable PDF (PDF/UA-1 and PDF/A-2a): headings and prose
 * tagged in reading order, each item's fields side by side under their captions, the identity box read-only, the
 * marking and page numbers on every page. One instance renders one form, on one thread.
 */
final class FormPdf {
    private static final float GAP = 12;
    private static final float LABEL_HEIGHT = 11;
    private static final float CHOICE_HEIGHT = 18;
    private static final float FIELD_GAP = 14;

    private final FormModel model;
    private TaggedForm form;
    private TaggedForm.TextStyle title;
    private TaggedForm.TextStyle heading;
    private TaggedForm.TextStyle question;
    private TaggedForm.TextStyle body;
    private TaggedForm.TextStyle strong;
    private TaggedForm.TextStyle guidance;
    private TaggedForm.TextStyle label;
    private TaggedForm.TextStyle small;

    private FormPdf(FormModel model) {
        this.model = model;
    }

    /** Writes the form as PDF to {@code out}, which is left open. */
    static void write(FormModel model, OutputStream out) throws IOException {
        new FormPdf(model).render(out);
    }

    private void render(OutputStream out) throws IOException {
        try (TaggedForm tagged = new TaggedForm(model.title(), "en-GB")) {
            form = tagged;
            PDType0Font regular = tagged.regular();
            PDType0Font bold = tagged.bold();
            title = new TaggedForm.TextStyle(bold, 17, 21, TaggedForm.ACCENT);
            heading = new TaggedForm.TextStyle(bold, 13, 17, TaggedForm.ACCENT);
            question = new TaggedForm.TextStyle(bold, 10.5f, 13.5f, TaggedForm.INK);
            body = new TaggedForm.TextStyle(regular, 9.5f, 13, TaggedForm.INK);
            strong = new TaggedForm.TextStyle(bold, 10.5f, 13.5f, TaggedForm.INK);
            guidance = new TaggedForm.TextStyle(regular, 8.5f, 11, TaggedForm.MUTED);
            label = new TaggedForm.TextStyle(bold, 8, LABEL_HEIGHT, TaggedForm.INK);
            small = new TaggedForm.TextStyle(regular, 6.5f, 8.5f, TaggedForm.MUTED);
            for (FormModel.Part part : model.parts()) {
                part(part);
            }
            byte[] id = HexFormat.of().parseHex(model.identity().checksum().substring(0, 32));
            tagged.finish(this::furniture, id, out);
        } finally {
            form = null;
        }
    }

    private void part(FormModel.Part part) throws IOException {
        if (part instanceof FormModel.Title t) {
            form.text("H1", printable(t.text()), title, 0);
            form.skip(2);
        } else if (part instanceof FormModel.Prose p) {
            form.text("P", printable(p.text()), style(p.tone()), 0);
            form.skip(p.spaceAfter());
        } else if (part instanceof FormModel.IdentityBox) {
            identityBox();
        } else if (part instanceof FormModel.Heading h) {
            heading(h);
        } else if (part instanceof FormModel.Item item) {
            item(item);
        }
    }

    private TaggedForm.TextStyle style(FormModel.Tone tone) {
        return switch (tone) {
            case BODY -> body;
            case GUIDANCE -> guidance;
            case STRONG -> strong;
        };
    }

    private void identityBox() throws IOException {
        form.skip(5);
        List<FormIdentity.Field> fields = model.identity().fields();
        float top = form.y();
        float height = 2 * (9 + 14) + 14;
        form.box(MARGIN, top, CONTENT_WIDTH, height, TaggedForm.FIELD_FILL, TaggedForm.RULE);
        float inner = MARGIN + 8;
        float width = CONTENT_WIDTH - 16;
        float third = (width - 2 * 8) / 3;
        float half = (width - 8) / 2;
        float rowTop = top - 7;
        for (int i = 0; i < fields.size(); i++) {
            FormIdentity.Field field = fields.get(i);
            boolean firstRow = i < 3;
            int column = firstRow ? i : i - 3;
            float columnWidth = firstRow ? third : half;
            float x = inner + column * (columnWidth + 8);
            float fieldTop = firstRow ? rowTop : rowTop - (9 + 14 + 2);
            form.label(field.caption() + " (do not change)", small, x, fieldTop);
            form.readOnlyField(
                    field.name(),
                    field.caption() + " (read only)",
                    printable(field.value()),
                    x,
                    fieldTop - 9,
                    columnWidth,
                    13);
        }
        form.skip(height);
        form.skip(14);
    }

    private void heading(FormModel.Heading h) throws IOException {
        String statement = printable(h.statement());
        // keep the heading with its statement and the first item
        form.keep(heading.height(h.text(), CONTENT_WIDTH) + body.height(statement, CONTENT_WIDTH) + 200);
        form.skip(10);
        form.text("H2", printable(h.text()), heading, 0);
        form.skip(2);
        if (!statement.isBlank()) {
            form.text("P", statement, body, 0);
        }
        form.skip(10);
    }

    private void item(FormModel.Item item) throws IOException {
        String text = printable(item.label());
        String hint = printable(item.guidance());
        float fieldsHeight = LABEL_HEIGHT + 2 + rowHeight(item.fields());
        float labelHeight = text.isBlank() ? 0 : question.height(text, CONTENT_WIDTH);
        form.keep(labelHeight + (hint.isBlank() ? 0 : guidance.height(hint, CONTENT_WIDTH)) + fieldsHeight + 6);
        if (item.ruled() && form.y() < TaggedForm.TOP) {
            form.box(MARGIN, form.y() + 4, CONTENT_WIDTH, 0.1f, null, TaggedForm.RULE);
            form.skip(6);
        }
        if (!text.isBlank()) {
            form.text("H3", text, question, 0);
        }
        if (!hint.isBlank()) {
            form.skip(1);
            form.text("P", hint, guidance, 0);
        }
        if (!text.isBlank() || !hint.isBlank()) {
            form.skip(5);
        }
        fields(item.fields());
        form.skip(text.isBlank() ? 6 : GAP);
    }

    private void fields(List<FormModel.Field> fields) throws IOException {
        float height = rowHeight(fields);
        form.keep(LABEL_HEIGHT + 2 + height);
        float[] widths = widths(fields);
        float top = form.y();
        float fieldTop = top - LABEL_HEIGHT - 2;
        float x = MARGIN;
        for (int i = 0; i < fields.size(); i++) {
            FormModel.Field field = fields.get(i);
            form.label(printable(field.caption()), label, x, top);
            if (field instanceof FormModel.Choice choice) {
                form.comboBox(
                        choice.name(),
                        printable(choice.accessibleName()),
                        choice.options().stream().map(this::printable).toList(),
                        x,
                        fieldTop,
                        widths[i],
                        CHOICE_HEIGHT);
            } else if (field instanceof FormModel.Entry entry) {
                form.textField(
                        entry.name(),
                        printable(entry.accessibleName()),
                        x,
                        fieldTop,
                        widths[i],
                        entry.size().height(),
                        entry.size() != FormModel.Size.LINE);
            }
            x += widths[i] + FIELD_GAP;
        }
        form.skip(LABEL_HEIGHT + 2 + height);
    }

    private static float rowHeight(List<FormModel.Field> fields) {
        float height = CHOICE_HEIGHT;
        for (FormModel.Field field : fields) {
            if (field instanceof FormModel.Entry entry) {
                height = Math.max(height, entry.size().height());
            }
        }
        return height;
    }

    /** Choices as wide as their widest option, fixed-width entries as given, the other entries share what is left. */
    private float[] widths(List<FormModel.Field> fields) throws IOException {
        float[] widths = new float[fields.size()];
        float left = CONTENT_WIDTH - FIELD_GAP * (fields.size() - 1);
        int sharing = 0;
        for (int i = 0; i < fields.size(); i++) {
            FormModel.Field field = fields.get(i);
            if (field instanceof FormModel.Choice choice) {
                widths[i] = choiceWidth(choice);
            } else if (field instanceof FormModel.Entry entry && entry.width().isPresent()) {
                widths[i] = (float) entry.width().getAsDouble();
            } else {
                sharing++;
                continue;
            }
            left -= widths[i];
        }
        for (int i = 0; i < fields.size(); i++) {
            if (widths[i] == 0) {
                widths[i] = sharing == 0 ? 0 : left / sharing;
            }
        }
        return widths;
    }

    private float choiceWidth(FormModel.Choice choice) throws IOException {
        float widest = label.width(printable(choice.caption()));
        for (String option : choice.options()) {
            widest = Math.max(widest, body.width(printable(option)) + 26);
        }
        return Math.min(200, Math.max(120, widest));
    }

    private void furniture(PDPageContentStream stream, int page, int pages) throws IOException {
        String marking = printable(model.marking());
        String footer = printable(model.footer());
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
        stream.showText(body.fit(footer, CONTENT_WIDTH - 70));
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
}
