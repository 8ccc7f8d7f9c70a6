package dev.maca.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.fixtures.SampleDocuments;
import dev.maca.report.testing.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Page breaks")
class PageBreakTest {
    private static final String HEADING = "Heading under test";
    /** A list item of three lines. */
    private static final String ITEM = "Alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike"
            + " november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu, and once more"
            + " alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima.";

    private static final PdfRenderer RENDERER = PdfRenderer.create();

    @Test
    @DisplayName("never leave a heading as the last thing on a page, whatever block follows it")
    void headingKeptWithNext() throws IOException {
        List<Consumer<Section.Builder>> nexts = List.of(
                s -> s.paragraph(SampleDocuments.longParagraph()),
                s -> s.bullets(l -> l.item(ITEM).item("Second item.")),
                s -> s.table(t ->
                        t.caption("Table: rows").header("A", "B").row("1", "2").row("3", "4")),
                s -> s.figure(f -> f.chart(SampleDocuments.judgementsChart())
                        .altText("A chart.")
                        .caption("Figure: a chart")),
                s -> s.callout("Call-out title", c -> c.paragraph(SampleDocuments.longParagraph())));
        for (Consumer<Section.Builder> next : nexts) {
            for (int lines = 20; lines <= 46; lines++) {
                byte[] pdf = RENDERER.render(document(lines, s -> {
                    s.subheading(HEADING);
                    next.accept(s);
                }));
                assertNoPageEndsWith(pdf, HEADING, lines);
            }
        }
    }

    @Test
    @DisplayName("never end a page on a paragraph kept with the call-out after it")
    void paragraphKeptWithNext() throws IOException {
        String judgement = "Panel judgement: Requires improvement";
        for (int lines = 20; lines <= 46; lines++) {
            byte[] pdf = RENDERER.render(document(lines, s -> {
                s.paragraph(p ->
                        p.text("Panel judgement: ").bold("Requires improvement").keepWithNext());
                s.callout("Key message", c -> c.paragraph(SampleDocuments.longParagraph()));
            }));
            assertNoPageEndsWith(pdf, judgement, lines);
        }
    }

    @Test
    @DisplayName("keep a list item of three lines together on one page")
    void listItemKeptTogether() throws IOException {
        for (int lines = 30; lines <= 46; lines++) {
            byte[] pdf = RENDERER.render(document(lines, s -> s.bullets(l -> l.item(ITEM))));
            try (PdfInspection inspection = new PdfInspection(pdf)) {
                long pagesWithItem = java.util.stream.IntStream.rangeClosed(1, inspection.pages())
                        .filter(page -> {
                            try {
                                return inspection.pageText(page).contains("Alpha bravo")
                                        || inspection.pageText(page).contains("lima.");
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .count();
                assertThat(pagesWithItem).as("after %d lines", lines).isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("keep a table of up to eight rows on one page, with its caption")
    void shortTableKeptTogether() throws IOException {
        for (int lines = 20; lines <= 46; lines += 2) {
            byte[] pdf = RENDERER.render(document(
                    lines,
                    s -> s.table(t -> {
                        t.caption("Table: short").header("Row", "Value");
                        for (int r = 1; r <= 8; r++) {
                            t.row("Row " + r, "Value " + r);
                        }
                    })));
            try (PdfInspection inspection = new PdfInspection(pdf)) {
                assertThat(pagesWith(inspection, "Table: short", "Row 8"))
                        .as("after %d lines", lines)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("break a long table with its header row repeated and at least two rows on each side of the break")
    void longTableBreaksWithTwoRowsEachSide() throws IOException {
        int rows = 30;
        for (int lines = 0; lines <= 46; lines++) {
            byte[] pdf = RENDERER.render(document(
                    lines,
                    s -> s.table(t -> {
                        t.header("Row", "Value");
                        for (int r = 1; r <= rows; r++) {
                            t.row("Row " + r, "Value " + r);
                        }
                    })));
            try (PdfInspection inspection = new PdfInspection(pdf)) {
                for (int page = 1; page <= inspection.pages(); page++) {
                    List<String> content = content(inspection.pageText(page));
                    long onPage = content.stream()
                            .filter(line -> line.matches("Row \\d+ ?Value \\d+"))
                            .count();
                    if (content.stream().anyMatch(line -> line.matches("Row ?Value"))) {
                        assertThat(onPage)
                                .as("body rows under the header on page %d after %d lines", page, lines)
                                .isGreaterThanOrEqualTo(2);
                    }
                    if (onPage > 0) {
                        assertThat(content)
                                .as("page %d after %d lines", page, lines)
                                .anyMatch(line -> line.matches("Row ?Value"));
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("never split a call-out box over a page")
    void calloutKeptTogether() throws IOException {
        for (int lines = 20; lines <= 46; lines += 2) {
            byte[] pdf = RENDERER.render(document(
                    lines,
                    s -> s.callout("Case illustration", c -> c.paragraph(SampleDocuments.longParagraph())
                            .bullets(l -> l.item(ITEM).item("Last item."))
                            .paragraph("Closing line."))));
            try (PdfInspection inspection = new PdfInspection(pdf)) {
                assertThat(pagesWith(inspection, "Case illustration", "Closing line."))
                        .as("after %d lines", lines)
                        .isEqualTo(1);
            }
        }
    }

    /** How many pages hold either of the texts: one when a block that starts with one and ends with the other kept together. */
    private static long pagesWith(PdfInspection inspection, String first, String last) {
        return java.util.stream.IntStream.rangeClosed(1, inspection.pages())
                .filter(page -> {
                    try {
                        String text = inspection.pageText(page);
                        return text.contains(first) || text.contains(last);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    /** Asserts that every page has content and none ends on {@code line}, the document having {@code lines} fillers. */
    private static void assertNoPageEndsWith(byte[] pdf, String line, int lines) throws IOException {
        try (PdfInspection inspection = new PdfInspection(pdf)) {
            for (int page = 1; page <= inspection.pages(); page++) {
                List<String> content = content(inspection.pageText(page));
                assertThat(content).as("page %d after %d lines", page, lines).isNotEmpty();
                assertThat(content.get(content.size() - 1))
                        .as("last line of page %d after %d lines", page, lines)
                        .isNotEqualTo(line);
            }
        }
    }

    /** A document whose one section holds {@code lines} one-line paragraphs, then what is under test. */
    private static Document document(int lines, Consumer<Section.Builder> then) {
        return Document.builder("Page breaks", SampleDocuments.CREATED)
                .marking(ProtectiveMarking.OFFICIAL)
                .section("Section", s -> {
                    for (int i = 0; i < lines; i++) {
                        s.paragraph("Filler line " + i + ".");
                    }
                    then.accept(s);
                })
                .build();
    }

    /** A page's lines of content: its header (the marking) and footer (title and page number) left out. */
    private static List<String> content(String pageText) {
        List<String> lines = new ArrayList<>(Arrays.stream(pageText.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .filter(line -> !line.equals(ProtectiveMarking.OFFICIAL.label()))
                // The footer's page number and title may come out as one line: "Page 1 of 2Page breaks".
                .filter(line -> !line.matches(".*Page \\d+ of \\d+.*"))
                .filter(line -> !line.equals("Page breaks"))
                .toList());
        return lines;
    }
}
