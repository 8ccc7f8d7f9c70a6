package dev.maca.report.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Fills a form's fields by name and saves it, as an auditor's PDF reader would. */
final class FormFiller {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Sets a field's value (a choice's option text, or text). */
    FormFiller set(String field, String value) {
        values.put(field, value);
        return this;
    }

    /** The form with the values filled in and saved. */
    byte[] fill(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                PDField field = form.getField(entry.getKey());
                if (field == null) {
                    throw new IllegalArgumentException("no field " + entry.getKey());
                }
                field.setValue(entry.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
