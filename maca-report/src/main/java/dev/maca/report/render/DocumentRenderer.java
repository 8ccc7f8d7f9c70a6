package dev.maca.report.render;

import dev.maca.report.document.Document;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a {@link Document} into one output format. Implementations are immutable and thread-safe:
 * one instance may render many documents at once, and the same document always gives the same
 * bytes.
 */
public interface DocumentRenderer {

    /**
     * Renders the document and writes it to {@code out}. Nothing is written unless rendering
     * succeeds, and the stream is flushed but never closed: the caller owns it.
     *
     * @param document the document, never null
     * @param out where to write, never null
     * @throws IOException if writing to {@code out} fails
     * @throws RenderException if the document cannot be laid out
     */
    default void render(Document document, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(out, "out");
        out.write(render(document));
        out.flush();
    }

    /** Renders the document into a new byte array. */
    byte[] render(Document document);

    /** The media type of the output, such as {@code application/pdf}. */
    String mediaType();
}
