package dev.maca.report.documents;

import dev.maca.report.render.RenderException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Counts the pages of a rendered PDF, so a brief can be held to its two pages. */
final class PageCount {
    private PageCount() {}

    static int of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new RenderException("cannot read back a rendered brief to count its pages", e);
        }
    }
}
