package dev.maca.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.fixtures.SampleDocuments;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What PDF/UA-2 asks of the structure beyond PDF/UA-1, on the document with every kind of block: the PDF 2.0
 * namespace, structure destinations, contents items that refer to their headings and captions at the end of their
 * figures. The file still claims PDF/UA-1, so veraPDF's UA-2 identification rules fail and only those.
 */
@DisplayName("The PDF renderer, for PDF/UA-2")
class Pdf20StructureTest {
    private static byte[] bytes;
    private static PdfInspection pdf;

    @BeforeAll
    static void renderOnce() throws IOException {
        bytes = PdfRenderer.create().render(SampleDocuments.everyBlock());
        pdf = new PdfInspection(bytes);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    @DisplayName("writes a document that passes every veraPDF PDF/UA-2 rule but the two that identify the part")
    void passesUa2ButIdentification() throws Exception {
        assertThat(VeraPdf.ua2FailuresBesidesIdentification(bytes)).isEmpty();
    }

    @Test
    @DisplayName("claims PDF/UA-1, so veraPDF's PDF/UA-2 check fails on pdfuaid:part and pdfuaid:rev alone")
    void identifiesAsUa1() throws Exception {
        assertThat(VeraPdf.failedRuleIds(bytes, "ua2"))
                .containsExactlyInAnyOrderElementsOf(VeraPdf.UA2_IDENTIFICATION_RULES);
        assertThat(VeraPdf.failures(bytes, "ua1")).isEmpty();
    }

    @Test
    @DisplayName("puts the Document element in the PDF 2.0 namespace, which the structure tree root lists")
    void documentNamespace() {
        COSDictionary treeRoot =
                pdf.pdf().getDocumentCatalog().getStructureTreeRoot().getCOSObject();
        COSDictionary namespace = pdf.elements().get(0).getCOSObject().getCOSDictionary(COSName.getPDFName("NS"));

        assertThat(namespace.getString(COSName.getPDFName("NS"))).isEqualTo("http://iso.org/pdf2/ssn");
        COSArray listed = treeRoot.getCOSArray(COSName.getPDFName("Namespaces"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.getObject(0)).isSameAs(namespace);
    }

    @Test
    @DisplayName("sends every bookmark to its heading's structure element as well as to the page")
    void bookmarksAreStructureDestinations() throws IOException {
        List<COSBase> targets = new ArrayList<>();
        List<COSBase> pages = new ArrayList<>();
        collect(pdf.pdf().getDocumentCatalog().getDocumentOutline(), targets, pages);
        List<PDStructureElement> headings = pdf.elements().stream()
                .filter(e -> e.getStructureType().matches("H[23]"))
                .toList();

        assertThat(targets).hasSize(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            assertThat(targets.get(i)).isSameAs(headings.get(i).getCOSObject());
            assertThat(pages.get(i)).isSameAs(firstPageOf(headings.get(i)));
        }
    }

    private static void collect(PDOutlineNode node, List<COSBase> targets, List<COSBase> pages) {
        for (PDOutlineItem item : node.children()) {
            COSDictionary action = item.getCOSObject().getCOSDictionary(COSName.A);
            targets.add(deref(action.getCOSArray(COSName.getPDFName("SD")).get(0)));
            pages.add(deref(action.getCOSArray(COSName.D).get(0)));
            collect(item, targets, pages);
        }
    }

    private static COSBase firstPageOf(PDStructureElement heading) {
        int page = pdf.pagesOf(heading).iterator().next();
        return pdf.pdf().getPage(page - 1).getCOSObject();
    }

    @Test
    @DisplayName("makes each contents item refer to the heading of its section, and hold no content of its own")
    void contentsItemsReferToHeadings() {
        List<PDStructureElement> items = pdf.elements().stream()
                .filter(e -> e.getStructureType().equals("TOCI"))
                .toList();
        List<PDStructureElement> headings = pdf.elements().stream()
                .filter(e -> e.getStructureType().equals("H2"))
                .toList();
        List<PDStructureElement> sectionsAfterContents =
                headings.subList(headings.size() - items.size(), headings.size());

        assertThat(items).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            COSArray ref = items.get(i).getCOSObject().getCOSArray(COSName.getPDFName("Ref"));
            assertThat(deref(ref.get(0))).isSameAs(sectionsAfterContents.get(i).getCOSObject());
            assertThat(items.get(i).getKids())
                    .singleElement()
                    .isInstanceOfSatisfying(PDStructureElement.class, p -> assertThat(p.getStructureType())
                            .isEqualTo("P"));
        }
    }

    @Test
    @DisplayName("makes a figure's caption the figure's last child, after the drawing")
    void captionEndsFigure() {
        PDStructureElement figure = pdf.elements().stream()
                .filter(e -> e.getStructureType().equals("Figure"))
                .findFirst()
                .orElseThrow();

        assertThat(figure.getKids())
                .map(kid -> ((PDStructureElement) kid).getStructureType())
                .containsExactly("NonStruct", "Caption");
    }

    private static COSBase deref(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
