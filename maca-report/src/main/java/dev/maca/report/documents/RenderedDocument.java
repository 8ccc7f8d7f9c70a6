package dev.maca.report.documents;

import dev.maca.report.document.Document;
import dev.maca.report.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A document MACA builds from an audit — the report, a brief, the seminar pack, a panel pack — which every output
 * format renders from its one document model: a tagged PDF (PDF/UA-1 and PDF/A-2a) or one accessible HTML page.
 * Nothing is written when the document cannot be built.
 */
public interface RenderedDocument {

    /**
     * The document model, to inspect, test or render another way.
     *
     * @throws MissingContentException naming every piece of content the document needs and the audit lacks
     */
    Document toDocument();

    /** The PDF renderer this document is rendered with (the default one, or a host's with its fonts and logo). */
    PdfRenderer pdfRenderer();

    /** The document as a tagged PDF (PDF/UA-1, PDF/A-2a). */
    default byte[] toPdf() {
        return Output.pdf(pdfRenderer(), toDocument());
    }

    /** Writes the document as a tagged PDF; the stream is flushed, not closed. */
    default void writePdf(OutputStream out) throws IOException {
        Output.pdf(pdfRenderer(), toDocument(), out);
    }

    /** The document as one accessible HTML page. */
    default byte[] toHtml() {
        return Output.html(toDocument());
    }

    /** Writes the document as one accessible HTML page; the stream is flushed, not closed. */
    default void writeHtml(OutputStream out) throws IOException {
        Output.html(toDocument(), out);
    }
}
