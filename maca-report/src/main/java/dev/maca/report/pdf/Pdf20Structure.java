package dev.maca.report.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;

/**
 * The parts of the structure that PDF/UA-2 (ISO 14289-2, on PDF 2.0) asks for and a PDF 1.7 reader ignores: the PDF
 * 2.0 namespace on the Document element, bookmarks that go to a structure element as well as to a page, and contents
 * items that name the heading they point to. None of them changes what PDF/UA-1 or PDF/A-2 see.
 */
final class Pdf20Structure {
    /** The namespace of the PDF 2.0 standard structure types (ISO 32000-2, 14.8.6). */
    static final String PDF_2_0_NAMESPACE = "http://iso.org/pdf2/ssn";

    private static final PdfName NAMESPACE = new PdfName("Namespace");
    private static final PdfName NAMESPACES = new PdfName("Namespaces");
    private static final PdfName NS = new PdfName("NS");
    private static final PdfName SD = new PdfName("SD");
    private static final PdfName REF = new PdfName("Ref");

    private Pdf20Structure() {}

    /** Puts the Document element in the PDF 2.0 namespace and lists that namespace in the structure tree root. */
    static void declareNamespace(PdfWriter writer, PdfStructureElement document) {
        PdfDictionary namespace = new PdfDictionary(NAMESPACE);
        namespace.put(NS, new PdfString(PDF_2_0_NAMESPACE));
        PdfIndirectReference reference;
        try {
            reference = writer.addToBody(namespace).getIndirectReference();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PdfArray namespaces = new PdfArray();
        namespaces.add(reference);
        writer.getStructureTreeRoot().put(NAMESPACES, namespaces);
        document.put(NS, reference);
    }

    /**
     * A go-to action for a bookmark: to the point on the page for every reader ({@code /D}) and to the structure
     * element there for PDF 2.0 ones ({@code /SD}).
     */
    static PdfAction goTo(PdfWriter writer, int page, PdfStructureElement target, float left, float top) {
        PdfAction action = PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.XYZ, left, top, 0), writer);
        PdfArray structureDestination = new PdfArray();
        structureDestination.add(target.getReference());
        structureDestination.add(PdfName.XYZ);
        structureDestination.add(new PdfNumber(left));
        structureDestination.add(new PdfNumber(top));
        structureDestination.add(new PdfNumber(0));
        action.put(SD, structureDestination);
        return action;
    }

    /** Says which structure element a contents item refers to. */
    static void refer(PdfStructureElement item, PdfStructureElement target) {
        PdfArray ref = new PdfArray();
        ref.add(target.getReference());
        item.put(REF, ref);
    }
}
