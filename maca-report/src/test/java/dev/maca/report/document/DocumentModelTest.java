package dev.maca.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.report.fixtures.SampleDocuments;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The document model")
class DocumentModelTest {

    private static final OffsetDateTime CREATED = SampleDocuments.CREATED;

    @Test
    @DisplayName("builds sections of blocks in the order they were added")
    void builderKeepsOrder() {
        Document doc = SampleDocuments.everyBlock();
        assertThat(doc.sections())
                .extracting(Section::title)
                .containsExactly("Contents", "Summary", "Findings", "Recommendations");
        assertThat(doc.sections().get(1).blocks())
                .extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Callout", "Subheading", "ListBlock", "Subheading", "ListBlock");
    }

    @Test
    @DisplayName("defaults the language to en-GB and the marking to OFFICIAL")
    void defaults() {
        DocumentMetadata meta = Document.builder("T", CREATED)
                .section("S", s -> s.paragraph("p"))
                .build()
                .metadata();
        assertThat(meta.language()).isEqualTo("en-GB");
        assertThat(meta.marking()).isEqualTo(ProtectiveMarking.OFFICIAL);
        assertThat(meta.author()).isEmpty();
        assertThat(meta.keywords()).isEmpty();
    }

    @Test
    @DisplayName("keeps styled runs of a paragraph and reads them as plain text")
    void paragraphRuns() {
        Paragraph p =
                Paragraph.builder().text("Ask ").bold("every").italic(" time").build();
        assertThat(p.runs())
                .extracting(TextRun::style)
                .containsExactly(TextStyle.PLAIN, TextStyle.BOLD, TextStyle.ITALIC);
        assertThat(p.plainText()).isEqualTo("Ask every time");
    }

    @Test
    @DisplayName("nests a sublist under its item")
    void nestedList() {
        ListBlock list =
                ListBlock.numbered(l -> l.item("one", sub -> sub.item("one a")).item("two"));
        assertThat(list.items().get(0).sublist())
                .get()
                .extracting(ListBlock::kind)
                .isEqualTo(ListKind.NUMBERED);
        assertThat(list.items().get(1).sublist()).isEmpty();
    }

    @Test
    @DisplayName("refuses lists nested more than three levels deep")
    void listDepth() {
        assertThatThrownBy(() ->
                        ListBlock.bulleted(l -> l.item("1", a -> a.item("2", b -> b.item("3", c -> c.item("4"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("list.items");
    }

    @Test
    @DisplayName("keeps a table of up to eight rows on one page, and lets a longer one break")
    void shortTablesKeepTogether() {
        Table.Builder eight = Table.builder().header("A");
        for (int r = 0; r < Table.SHORT_TABLE_ROWS; r++) {
            eight.row(String.valueOf(r));
        }
        assertThat(eight.build().keepTogether()).isTrue();
        assertThat(eight.row("one more").build().keepTogether()).isFalse();
    }

    @Test
    @DisplayName("keeps call-out boxes and charts on one page, and lets paragraphs and lists break")
    void calloutsKeepTogether() {
        assertThat(Callout.of("Case illustration", c -> c.paragraph("p")).keepTogether())
                .isTrue();
        assertThat(Figure.builder()
                        .chart(SampleDocuments.judgementsChart())
                        .altText("A chart.")
                        .build()
                        .keepTogether())
                .isTrue();
        assertThat(Paragraph.of("p").keepTogether()).isFalse();
        assertThat(ListBlock.bulleted(l -> l.item("i")).keepTogether()).isFalse();
    }

    @Test
    @DisplayName("refuses a table row with the wrong number of cells, naming the row")
    void raggedTable() {
        assertThatThrownBy(() ->
                        Table.builder().header("A", "B").row("1", "2").row("3").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table.rows[1] has 1 cells but the header has 2");
    }

    @Test
    @DisplayName("refuses column widths that do not match the columns")
    void widthHints() {
        assertThatThrownBy(() -> Table.builder().header("A", "B").widths(1).build())
                .hasMessageContaining("table.columnWidths");
        assertThatThrownBy(() -> Table.builder().header("A", "B").widths(1, 0).build())
                .hasMessageContaining("table.columnWidths[1] must be positive");
    }

    @Test
    @DisplayName("refuses blank and null text, naming the field")
    void blankText() {
        assertThatThrownBy(() -> Paragraph.of(" ")).hasMessage("paragraph.text must not be blank");
        assertThatThrownBy(() -> new Subheading(null)).hasMessage("subheading.text must not be null");
        assertThatThrownBy(() -> Document.builder("", CREATED)).hasMessage("title must not be blank");
        assertThatThrownBy(() -> Document.builder("T", null)).hasMessage("created must not be null");
    }

    @Test
    @DisplayName("refuses a document without sections")
    void noSections() {
        assertThatThrownBy(() -> Document.builder("T", CREATED).build()).hasMessage("sections must not be empty");
    }

    @Test
    @DisplayName("refuses a malformed language tag")
    void languageTag() {
        assertThatThrownBy(() -> Document.builder("T", CREATED)
                        .language("not a tag")
                        .section("S", s -> s.paragraph("p"))
                        .build())
                .hasMessageContaining("language must be a BCP 47 tag");
    }

    @Test
    @DisplayName("refuses a chart series with a value missing")
    void chartShape() {
        assertThatThrownBy(() -> new BarChart(
                        "Agency", "Cases", List.of("A", "B"), List.of(ChartSeries.of("S", 1)), BarOrientation.VERTICAL))
                .hasMessage("chart.series[0] has 1 values but there are 2 categories");
    }

    @Test
    @DisplayName("gives a chart's data as a table with categories as row headers")
    void chartAsTable() {
        Table table = SampleDocuments.judgementsChart().asTable();
        assertThat(table.header()).containsExactly("Agency", "Good", "Requires improvement");
        assertThat(table.rows().get(0)).containsExactly("Children's social care", "4", "2");
        assertThat(table.rowHeaders()).isTrue();
    }

    @Test
    @DisplayName("captions a figure's data table after the figure")
    void figureDataTable() {
        Figure figure = Figure.builder()
                .chart(SampleDocuments.judgementsChart())
                .altText("Most practice was good.")
                .caption("Figure 3: Judgements")
                .build();
        assertThat(figure.dataTable().caption()).contains("Data for Figure 3: Judgements");
        assertThat(figure.showDataTable()).isFalse();
    }

    @Test
    @DisplayName("requires a figure's alternative text")
    void figureAlt() {
        assertThatThrownBy(() -> Figure.builder()
                        .chart(SampleDocuments.judgementsChart())
                        .build())
                .hasMessage("figure.altText must not be null");
    }

    @Test
    @DisplayName("allows only paragraphs and lists in a call-out")
    void calloutContent() {
        assertThatThrownBy(() -> new Callout("Key", List.of(new PageBreak())))
                .hasMessage("callout.content[0] must be a paragraph or a list, was PageBreak");
    }

    @Test
    @DisplayName("copies lists so later changes to the caller's list do not leak in")
    void immutable() {
        List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("a")));
        Section section = new Section("S", blocks);
        blocks.add(Paragraph.of("b"));
        assertThat(section.blocks()).hasSize(1);
        assertThatThrownBy(() -> section.blocks().add(Paragraph.of("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("normalises a protective marking to upper case")
    void marking() {
        assertThat(ProtectiveMarking.of(" official-sensitive ")).isEqualTo(ProtectiveMarking.OFFICIAL_SENSITIVE);
    }

    @Test
    @DisplayName("refuses a blank cover line but allows absent ones")
    void optionalFields() {
        assertThat(CoverPage.builder().build().subtitle()).isEmpty();
        assertThatThrownBy(() -> new CoverPage(Optional.of(""), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("cover.subtitle must not be blank");
    }
}
