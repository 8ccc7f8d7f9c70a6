package dev.maca.examples.bench;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.document.BarChart;
import dev.maca.report.document.Block;
import dev.maca.report.document.Callout;
import dev.maca.report.document.ChartSeries;
import dev.maca.report.document.Figure;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.ListKind;
import dev.maca.report.document.PageBreak;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.document.Table;
import dev.maca.report.document.TableOfContents;
import dev.maca.report.document.TextRun;
import dev.maca.report.document.TextStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The benchmark baseline: the same {@link dev.maca.report.document.Document} laid out the way a developer would with
 * plain, untagged OpenPDF — {@code Document.add} of paragraphs, lists and {@link PdfPTable}s (header row repeated),
 * charts drawn by JFreeChart into a template, a running header and "Page N" footer — and no structure tree, marked
 * content, XMP or output intent.
 *
 * <p>It uses the same embedded, subset Liberation Sans, page size, margins, type sizes and colours as the tagged
 * renderer, so the difference between the two is the cost of accessibility (and of the tagged renderer's own layout
 * choices). Not thread-safe: one instance per thread.
 */
public final class PlainOpenPdfBaseline {
    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = font("liberation/LiberationSans-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("liberation/LiberationSans-BoldItalic.ttf");

    private static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    private static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    private static final Color ZEBRA = new Color(0xF1, 0xF5, 0xF7);
    private static final Color TINT = new Color(0xE6, 0xF0, 0xF4);

    private BaseFont regular;
    private BaseFont bold;
    private BaseFont italic;
    private BaseFont boldItalic;

    /** Lays out {@code source} as an untagged PDF and returns its bytes. */
    public byte[] render(dev.maca.report.document.Document source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document pdf = new Document(PageSize.A4, 68f, 68f, 86f, 80f);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            regular = base("LiberationSans-Regular.ttf", REGULAR);
            bold = base("LiberationSans-Bold.ttf", BOLD);
            italic = base("LiberationSans-Italic.ttf", ITALIC);
            boldItalic = base("LiberationSans-BoldItalic.ttf", BOLD_ITALIC);
            writer.setPageEvent(new Furniture(source.metadata().title(), regular));
            pdf.addTitle(source.metadata().title());
            pdf.open();
            pdf.add(new com.lowagie.text.Paragraph(
                    source.metadata().title(), new Font(bold, 24f, Font.NORMAL, ACCENT)));
            for (Section section : source.sections()) {
                com.lowagie.text.Paragraph heading =
                        new com.lowagie.text.Paragraph(section.title(), new Font(bold, 16f, Font.NORMAL, ACCENT));
                heading.setSpacingBefore(12f);
                heading.setSpacingAfter(6f);
                pdf.add(heading);
                for (Block block : section.blocks()) {
                    add(pdf, writer, block);
                }
            }
            pdf.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("plain OpenPDF baseline failed", e);
        }
        return out.toByteArray();
    }

    private void add(Document pdf, PdfWriter writer, Block block) throws DocumentException {
        if (block instanceof Subheading subheading) {
            com.lowagie.text.Paragraph heading =
                    new com.lowagie.text.Paragraph(subheading.text(), new Font(bold, 12.5f, Font.NORMAL, ACCENT));
            heading.setSpacingBefore(6f);
            pdf.add(heading);
        } else if (block instanceof Paragraph paragraph) {
            pdf.add(paragraph(paragraph, 10.5f));
        } else if (block instanceof ListBlock list) {
            pdf.add(list(list));
        } else if (block instanceof Table table) {
            pdf.add(table(table));
        } else if (block instanceof Figure figure) {
            figure(pdf, writer, figure);
        } else if (block instanceof Callout callout) {
            pdf.add(callout(callout));
        } else if (block instanceof PageBreak) {
            pdf.newPage();
        } else if (block instanceof TableOfContents) {
            pdf.add(new com.lowagie.text.Paragraph("Contents", new Font(bold, 12.5f, Font.NORMAL, ACCENT)));
        } else {
            throw new IllegalArgumentException(
                    "unknown block " + block.getClass().getSimpleName());
        }
    }

    private com.lowagie.text.Paragraph paragraph(Paragraph paragraph, float size) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
        p.setLeading(size * 1.48f);
        for (TextRun run : paragraph.runs()) {
            p.add(new Chunk(run.text(), new Font(base(run.style()), size, Font.NORMAL, TEXT)));
        }
        p.setSpacingAfter(7f);
        return p;
    }

    private com.lowagie.text.List list(ListBlock list) {
        com.lowagie.text.List out = new com.lowagie.text.List(list.kind() == ListKind.NUMBERED, 18f);
        if (list.kind() == ListKind.BULLETED) {
            out.setListSymbol(new Chunk("\u2022", new Font(bold, 10.5f, Font.NORMAL, ACCENT)));
        }
        for (var item : list.items()) {
            ListItem li = new ListItem(15.5f, "", new Font(regular, 10.5f, Font.NORMAL, TEXT));
            for (TextRun run : item.text().runs()) {
                li.add(new Chunk(run.text(), new Font(base(run.style()), 10.5f, Font.NORMAL, TEXT)));
            }
            out.add(li);
            item.sublist().ifPresent(sub -> {
                com.lowagie.text.List nested = list(sub);
                nested.setIndentationLeft(18f);
                out.add(nested);
            });
        }
        return out;
    }

    private PdfPTable table(Table table) {
        List<Float> relative = table.relativeWidths();
        float[] widths = new float[relative.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = relative.get(c);
        }
        PdfPTable out = new PdfPTable(widths);
        out.setWidthPercentage(100f);
        out.setHeaderRows(1);
        out.setSpacingBefore(4f);
        out.setSpacingAfter(11f);
        Font head = new Font(bold, 9.5f, Font.NORMAL, Color.WHITE);
        Font body = new Font(regular, 9.5f, Font.NORMAL, TEXT);
        Font rowHead = new Font(bold, 9.5f, Font.NORMAL, TEXT);
        for (String text : table.header()) {
            out.addCell(cell(text, head, ACCENT));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            Color fill = r % 2 == 1 ? ZEBRA : null;
            for (int c = 0; c < row.size(); c++) {
                out.addCell(cell(row.get(c), c == 0 && table.rowHeaders() ? rowHead : body, fill));
            }
        }
        return out;
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(12.5f, text, font));
        cell.setPadding(4.5f);
        cell.setPaddingLeft(6f);
        cell.setPaddingRight(6f);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderWidth(0.6f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private PdfPTable callout(Callout callout) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(TINT);
        cell.setBorder(PdfPCell.LEFT);
        cell.setBorderColor(ACCENT);
        cell.setBorderWidthLeft(4f);
        cell.setPadding(10f);
        cell.addElement(new com.lowagie.text.Paragraph(callout.title(), new Font(bold, 11.5f, Font.NORMAL, ACCENT)));
        for (Block block : callout.content()) {
            if (block instanceof Paragraph paragraph) {
                cell.addElement(paragraph(paragraph, 10.5f));
            } else {
                cell.addElement(list((ListBlock) block));
            }
        }
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100f);
        box.setSpacingAfter(13f);
        box.addCell(cell);
        return box;
    }

    private void figure(Document pdf, PdfWriter writer, Figure figure) throws DocumentException {
        float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
        float height = width * 0.5f;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new DefaultFontMapper());
        try {
            chart((BarChart) figure.chart()).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        pdf.add(image);
        figure.caption()
                .ifPresent(text ->
                        add(pdf, new com.lowagie.text.Paragraph(text, new Font(bold, 9.5f, Font.NORMAL, TEXT))));
        if (figure.showDataTable()) {
            pdf.add(table(figure.dataTable()));
        }
    }

    private static void add(Document pdf, com.lowagie.text.Paragraph paragraph) {
        try {
            pdf.add(paragraph);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JFreeChart chart(BarChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSeries series : chart.series()) {
            for (int c = 0; c < chart.categories().size(); c++) {
                data.addValue(
                        series.values().get(c),
                        series.name(),
                        chart.categories().get(c));
            }
        }
        CategoryPlot plot = new CategoryPlot(
                data,
                new CategoryAxis(chart.categoryAxisLabel()),
                new NumberAxis(chart.valueAxisLabel()),
                new BarRenderer());
        plot.setOrientation(
                chart.orientation() == dev.maca.report.document.BarOrientation.HORIZONTAL
                        ? PlotOrientation.HORIZONTAL
                        : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart jfree = new JFreeChart(
                null, JFreeChart.DEFAULT_TITLE_FONT, plot, chart.series().size() > 1);
        jfree.setBackgroundPaint(Color.WHITE);
        return jfree;
    }

    private BaseFont base(TextStyle style) {
        return switch (style) {
            case PLAIN -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
            case BOLD_ITALIC -> boldItalic;
        };
    }

    private static BaseFont base(String name, byte[] ttf) throws DocumentException, IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
    }

    private static byte[] font(String resource) {
        try (InputStream in = PlainOpenPdfBaseline.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running header (the title) and the "Page N" footer, drawn on every page. */
    private static final class Furniture extends PdfPageEventHelper {
        private final String title;
        private final BaseFont font;

        Furniture(String title, BaseFont font) {
            this.title = title;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, 8.5f);
            cb.setColorFill(TEXT);
            cb.showTextAligned(
                    Element.ALIGN_LEFT, title, 68f, document.getPageSize().getHeight() - 50f, 0);
            cb.showTextAligned(
                    Element.ALIGN_RIGHT,
                    "Page " + writer.getPageNumber(),
                    document.getPageSize().getWidth() - 68f,
                    40f,
                    0);
            cb.endText();
        }
    }
}
