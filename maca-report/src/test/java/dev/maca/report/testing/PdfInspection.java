package dev.maca.report.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back with PDFBox, for the tests of every package: text, pages, structure elements, bookmarks. */
public final class PdfInspection implements AutoCloseable {

    private final PDDocument pdf;

    /** Loads the PDF; close it when done. */
    public PdfInspection(byte[] bytes) throws IOException {
        this.pdf = Loader.loadPDF(bytes);
    }

    /** The loaded document, for checks this class has no method for. */
    public PDDocument pdf() {
        return pdf;
    }

    /** The whole document's text, page after page. */
    public String text() throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** One page's text (pages counted from 1). */
    public String pageText(int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(pdf);
    }

    /** How many pages the document has. */
    public int pages() {
        return pdf.getNumberOfPages();
    }

    /** Every structure element in reading (depth-first) order. */
    public List<PDStructureElement> elements() {
        List<PDStructureElement> out = new ArrayList<>();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), out::add);
        return out;
    }

    private static void walk(PDStructureNode node, Consumer<PDStructureElement> visitor) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                visitor.accept(element);
                walk(element, visitor);
            }
        }
    }

    /** The pages (1-based) an element's own marked content lies on. */
    public Set<Integer> pagesOf(PDStructureElement element) {
        Set<Integer> pages = new LinkedHashSet<>();
        for (Object kid : element.getKids()) {
            PDPage page = null;
            if (kid instanceof PDMarkedContentReference mcr) {
                page = mcr.getPage() != null ? mcr.getPage() : element.getPage();
            } else if (kid instanceof Integer) {
                page = element.getPage();
            } else if (kid instanceof PDMarkedContent) {
                page = element.getPage();
            }
            if (page != null) {
                pages.add(pdf.getPages().indexOf(page) + 1);
            }
        }
        return pages;
    }

    /** Top-level bookmark titles, each followed by its children's titles indented by two spaces. */
    public List<String> bookmarks() {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            out.add(item.getTitle());
            for (PDOutlineItem child : item.children()) {
                out.add("  " + child.getTitle());
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
