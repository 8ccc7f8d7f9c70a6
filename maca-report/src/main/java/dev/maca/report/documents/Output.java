package dev.maca.report.documents;

import dev.maca.report.document.Document;
import dev.maca.report.html.HtmlRenderer;
import dev.maca.report.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Writes a built document through the engine's renderers; the caller's stream is flushed, never closed. */
final class Output {
    private static final HtmlRenderer HTML = HtmlRenderer.create();

    private Output() {}

    static byte[] pdf(PdfRenderer renderer, Document document) {
        return renderer.render(document);
    }

    static void pdf(PdfRenderer renderer, Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out is required but was null");
        renderer.render(document, out);
    }

    static byte[] html(Document document) {
        return HTML.render(document);
    }

    static void html(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out is required but was null");
        HTML.render(document, out);
    }
}
