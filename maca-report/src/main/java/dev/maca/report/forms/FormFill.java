package dev.maca.report.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Fills a generated form's fields with values, as a person would in a PDF reader, keeping it PDF/UA-1 and PDF/A-2a:
 * each value gets its appearance, and nothing else in the file changes.
 */
final class FormFill {
    private FormFill() {}

    /** The form with these values in its fields; a value for a field the form does not have is a programming error. */
    static byte[] fill(byte[] pdf, Map<String, String> values) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                PDField field = form.getField(entry.getKey());
                if (field == null) {
                    throw new IllegalStateException("the form has no field " + entry.getKey());
                }
                field.setValue(entry.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill a form MACA has just made", e);
        }
    }
}
