package dev.maca.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.document.Document;
import dev.maca.report.fixtures.SampleDocuments;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PDF renderer")
class PdfRendererTest {

    private static final PdfRenderer RENDERER = PdfRenderer.create();
    private static Document document;
    private static byte[] bytes;
    private static PdfInspection pdf;

    @BeforeAll
    static void renderOnce() throws IOException {
        document = SampleDocuments.everyBlock();
        bytes = RENDERER.render(document);
        pdf = new PdfInspection(bytes);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    @DisplayName("writes a document with every kind of block that passes veraPDF's PDF/UA-1 rules")
    void passesPdfUa1() throws Exception {
        assertThat(VeraPdf.failures(bytes, "ua1")).isEmpty();
    }

    @Test
    @DisplayName("writes a document with every kind of block that passes veraPDF's PDF/A-2a rules")
    void passesPdfA2a() throws Exception {
        assertThat(VeraPdf.failures(bytes, "2a")).isEmpty();
    }

    @Test
    @DisplayName("lays the long table over three pages with the header row on each")
    void tableSpansThreePages() throws IOException {
        List<Integer> pagesWithRows = new ArrayList<>();
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.pageText(page);
            if (text.contains("Family ") && text.contains("Seen at home")) {
                pagesWithRows.add(page);
                assertThat(text).as("page %d repeats the header row", page).contains("Case Agency Contacts Notes");
            }
        }
        assertThat(pagesWithRows).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("extracts text in reading order")
    void textInReadingOrder() throws IOException {
        assertThat(pdf.text())
                .containsSubsequence(
                        "Torbay Safeguarding Children Partnership",
                        "Multi-agency case audit",
                        "Report to the Business Group",
                        "Contents",
                        "Summary",
                        "The audit looked at six families where domestic abuse",
                        "Key message",
                        "Ask about fathers",
                        "Record who lives in the home.",
                        "What went well",
                        "Agencies shared information",
                        "at strategy meetings",
                        "Plans named the unborn baby.",
                        "1. Include fathers",
                        "a. escalate after two missed visits",
                        "Findings",
                        "Sentence 1 of the long paragraph",
                        "Sentence 14 of the long paragraph",
                        "Figure 1: Overall judgements by agency",
                        "Data for Figure 1",
                        "Sentence 34 of the long paragraph",
                        "Table 2: Contacts by case and agency",
                        "Family 1 ",
                        "Family 90",
                        "The last page holds the recommendations.",
                        "Recommendations",
                        "Agencies should audit safety plans again");
    }

    @Test
    @DisplayName("builds a structure tree with every expected tag")
    void structureTreeTags() {
        List<String> types = pdf.elements().stream()
                .map(PDStructureElement::getStructureType)
                .distinct()
                .toList();
        assertThat(types)
                .contains(
                        "Document",
                        "Sect",
                        "H1",
                        "H2",
                        "H3",
                        "P",
                        "L",
                        "LI",
                        "Lbl",
                        "LBody",
                        "Table",
                        "THead",
                        "TBody",
                        "TR",
                        "TH",
                        "TD",
                        "Caption",
                        "Figure",
                        "Div",
                        "TOC",
                        "TOCI");
        assertThat(pdf.elements().get(0).getStructureType()).isEqualTo("Document");
    }

    @Test
    @DisplayName("gives headings in order: the title as H1, sections as H2, subheadings as H3")
    void headingOrder() {
        List<String> headings = pdf.elements().stream()
                .map(PDStructureElement::getStructureType)
                .filter(t -> t.matches("H[1-6]"))
                .toList();
        assertThat(headings).startsWith("H1", "H2", "H2", "H3", "H3", "H2", "H2");
    }

    @Test
    @DisplayName("gives every table header cell a scope")
    void headerCellsHaveScope() {
        List<PDStructureElement> headers = pdf.elements().stream()
                .filter(e -> e.getStructureType().equals("TH"))
                .toList();
        assertThat(headers).isNotEmpty();
        assertThat(headers).allSatisfy(th -> assertThat(scope(th)).isIn("Column", "Row"));
        assertThat(headers.stream().map(PdfRendererTest::scope)).contains("Column", "Row");
    }

    private static String scope(PDStructureElement th) {
        COSDictionary attributes = th.getCOSObject().getCOSDictionary(COSName.A);
        return attributes == null ? "" : attributes.getNameAsString(COSName.getPDFName("Scope"));
    }

    @Test
    @DisplayName("gives the figure its alternative text")
    void figureHasAlt() {
        assertThat(pdf.elements().stream()
                        .filter(e -> e.getStructureType().equals("Figure"))
                        .map(PDStructureElement::getAlternateDescription))
                .singleElement()
                .asString()
                .startsWith("Bar chart: most agencies");
    }

    @Test
    @DisplayName("continues the long paragraph on the next page within one P element")
    void paragraphAcrossPages() throws IOException {
        PDStructureElement longParagraph = pdf.elements().stream()
                .filter(e -> e.getStructureType().equals("P"))
                .filter(e -> pdf.pagesOf(e).size() == 2)
                .findFirst()
                .orElseThrow();
        List<Integer> pages = new ArrayList<>(pdf.pagesOf(longParagraph));
        assertThat(pages.get(1)).isEqualTo(pages.get(0) + 1);
    }

    @Test
    @DisplayName("embeds every font it uses")
    void fontsEmbedded() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.pdf().getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                .as(font.getName())
                .isTrue());
        assertThat(fonts.stream().map(PDFont::getName))
                .allSatisfy(n -> assertThat(n).contains("LiberationSans"));
    }

    @Test
    @DisplayName("prints the protective marking at the top and bottom of every page with Page X of Y")
    void markingOnEveryPage() throws IOException {
        int pages = pdf.pages();
        assertThat(pages).isEqualTo(10);
        for (int page = 1; page <= pages; page++) {
            String text = pdf.pageText(page);
            assertThat(text.split("OFFICIAL-SENSITIVE", -1)).as("page %d", page).hasSizeGreaterThanOrEqualTo(3);
            assertThat(text).contains("Page " + page + " of " + pages);
        }
    }

    @Test
    @DisplayName("makes bookmarks from section titles with subheadings nested")
    void bookmarks() {
        assertThat(pdf.bookmarks())
                .containsExactly(
                        "Contents",
                        "Summary",
                        "  What went well",
                        "  What needs to change",
                        "Findings",
                        "Recommendations");
    }

    @Test
    @DisplayName("lists in the contents the page each heading is on")
    void contentsPageNumbers() throws IOException {
        int recommendations = 0;
        for (int page = 1; page <= pdf.pages(); page++) {
            if (pdf.pageText(page).contains("Agencies should audit safety plans")) {
                recommendations = page;
            }
        }
        assertThat(pdf.pageText(2)).contains("Recommendations " + recommendations);
    }

    @Test
    @DisplayName("declares the language, shows the title and carries the metadata")
    void catalogAndInfo() {
        var catalog = pdf.pdf().getDocumentCatalog();
        assertThat(catalog.getLanguage()).isEqualTo("en-GB");
        assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        var info = pdf.pdf().getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(document.metadata().title());
        assertThat(info.getAuthor()).isEqualTo("Torbay Safeguarding Children Partnership");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(SampleDocuments.CREATED.toInstant());
        assertThat(pdf.pdf().getVersion()).isEqualTo(1.7f);
    }

    @Test
    @DisplayName("gives the same bytes for the same document")
    void reproducible() {
        assertThat(RENDERER.render(SampleDocuments.everyBlock())).isEqualTo(bytes);
    }

    @Test
    @DisplayName("gives the same bytes when eight threads render at once")
    void threadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                jobs.add(
                        i % 2 == 0
                                ? () -> RENDERER.render(SampleDocuments.everyBlock())
                                : () -> RENDERER.render(SampleDocuments.small()));
            }
            List<byte[]> results = new ArrayList<>();
            for (Future<byte[]> future : pool.invokeAll(jobs)) {
                results.add(future.get());
            }
            byte[] small = RENDERER.render(SampleDocuments.small());
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i)).isEqualTo(i % 2 == 0 ? bytes : small);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("writes to the caller's stream and leaves it open")
    void leavesStreamOpen() throws IOException {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        TrackingStream out = new TrackingStream();
        RENDERER.render(SampleDocuments.small(), out);
        assertThat(out.closed).isFalse();
        assertThat(new String(out.toByteArray(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.7");
    }

    @Test
    @DisplayName("derives the file identifier from the content, so different documents differ")
    void distinctIds() throws IOException {
        try (PdfInspection other = new PdfInspection(RENDERER.render(SampleDocuments.small()))) {
            assertThat(other.pdf().getDocument().getDocumentID().toString())
                    .isNotEqualTo(pdf.pdf().getDocument().getDocumentID().toString());
        }
    }
}
