package dev.maca.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import dev.maca.report.document.Table;
import dev.maca.report.document.TextStyle;
import dev.maca.report.render.RenderException;
import java.util.List;

/**
 * Draws a table as Table/Caption/THead/TBody/TR/TH/TD and decides where it may break: a table that
 * {@linkplain Table#keepTogether() keeps together} starts on a new page rather than split, and a longer
 * one repeats its header row (as an artifact) on each new page and leaves at least {@link
 * Table#ROWS_AT_A_BREAK} rows on each side of every break.
 */
final class TablePainter {

    private static final float CELL_PAD_X = 6f;
    private static final float CELL_PAD_Y = 4.5f;

    private final PageFlow flow;
    private final DocumentFonts fonts;

    TablePainter(PageFlow flow, DocumentFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    private enum RowKind {
        HEADER,
        PLAIN,
        ZEBRA
    }

    /** The fonts and measured heights of one table at the column's current width. */
    private final class Layout {
        final float[] widths;
        final Font headFont = fonts.font(TextStyle.BOLD, Theme.TABLE_SIZE, Theme.ON_ACCENT);
        final Font bodyFont = fonts.font(TextStyle.PLAIN, Theme.TABLE_SIZE, Theme.TEXT);
        final Font rowHeadFont = fonts.font(TextStyle.BOLD, Theme.TABLE_SIZE, Theme.TEXT);
        final float captionHeight;
        final float headHeight;
        final float[] rowHeights;

        Layout(Table table) {
            widths = columnWidths(table);
            captionHeight = table.caption()
                    .map(c -> flow.measure(caption(c), flow.width(), Theme.TABLE_LEADING) + 4f)
                    .orElse(0f);
            headHeight = rowHeight(table.header(), widths, headFont, headFont);
            rowHeights = new float[table.rows().size()];
            for (int r = 0; r < rowHeights.length; r++) {
                rowHeights[r] = rowHeight(table.rows().get(r), widths, bodyFont, rowHeadFont);
            }
        }

        /** The height of the caption, the header row and the first {@code rows} body rows. */
        float through(int rows) {
            float height = 2f + captionHeight + headHeight;
            for (int r = 0; r < Math.min(rows, rowHeights.length); r++) {
                height += rowHeights[r];
            }
            return height;
        }
    }

    /**
     * The height the table needs on the page it starts on: all of it when it keeps together and fits on a page, else
     * its caption, header row and the first rows that may not be parted from it.
     */
    float start(Table table) {
        return start(table, new Layout(table));
    }

    private float start(Table table, Layout layout) {
        float whole = layout.through(layout.rowHeights.length);
        if (table.keepTogether() && whole <= Theme.CONTENT_TOP - Theme.CONTENT_BOTTOM) {
            return whole;
        }
        return layout.through(Table.ROWS_AT_A_BREAK);
    }

    void paint(PdfStructureElement parent, Table table) {
        Layout layout = new Layout(table);
        float pageHeight = Theme.CONTENT_TOP - Theme.CONTENT_BOTTOM;
        for (int r = 0; r < layout.rowHeights.length; r++) {
            if (layout.rowHeights[r] > pageHeight - layout.headHeight) {
                throw new RenderException("body row " + (r + 1) + " of " + layout.rowHeights.length + " of the table"
                        + table.caption().map(c -> " \"" + c + "\"").orElse("")
                        + " is taller than a page; shorten or split its cells");
            }
        }
        PdfStructureElement t = new PdfStructureElement(parent, Names.TABLE);
        flow.moveDown(2f);
        flow.ensure(start(table, layout) - 2f);
        if (table.caption().isPresent()) {
            flow.text(
                    new PdfStructureElement(t, Names.CAPTION),
                    caption(table.caption().get()),
                    Theme.TABLE_LEADING,
                    Element.ALIGN_LEFT);
            flow.moveDown(4f);
        }
        PdfStructureElement thead = new PdfStructureElement(t, Names.THEAD);
        PdfStructureElement headRow = new PdfStructureElement(thead, Names.TR);
        drawRow(headRow, table.header(), layout, layout.headHeight, RowKind.HEADER, false);

        PdfStructureElement tbody = new PdfStructureElement(t, Names.TBODY);
        int onPage = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            if (breaksBefore(layout.rowHeights, r, onPage)) {
                flow.newPage();
                drawRow(null, table.header(), layout, layout.headHeight, RowKind.HEADER, false);
                onPage = 0;
            }
            PdfStructureElement tr = new PdfStructureElement(tbody, Names.TR);
            RowKind kind = r % 2 == 1 ? RowKind.ZEBRA : RowKind.PLAIN;
            drawRow(tr, table.rows().get(r), layout, layout.rowHeights[r], kind, table.rowHeaders());
            onPage++;
        }
        flow.moveDown(Theme.PARAGRAPH_SPACE + 4f);
    }

    /**
     * Whether row {@code r} starts a new page: when it does not fit here, or when the rows after it would otherwise
     * leave fewer than {@link Table#ROWS_AT_A_BREAK} rows alone on the next page and this page keeps enough without
     * them.
     */
    private boolean breaksBefore(float[] heights, int r, int onPage) {
        if (flow.remaining() < heights[r]) {
            return true;
        }
        int left = heights.length - r;
        if (left > Table.ROWS_AT_A_BREAK || onPage < Table.ROWS_AT_A_BREAK) {
            return false;
        }
        float rest = 0;
        for (int i = r; i < heights.length; i++) {
            rest += heights[i];
        }
        // the last rows do not all fit here, so some would be left alone over the page: take them over together
        return flow.remaining() < rest;
    }

    private Phrase caption(String caption) {
        return new Phrase(caption, fonts.font(TextStyle.BOLD, Theme.TABLE_SIZE, Theme.TEXT));
    }

    private float[] columnWidths(Table table) {
        List<Float> relative = table.relativeWidths();
        float sum = 0;
        for (float w : relative) {
            sum += w;
        }
        float[] widths = new float[relative.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = flow.width() * relative.get(c) / sum;
        }
        return widths;
    }

    private float rowHeight(List<String> cells, float[] widths, Font font, Font firstFont) {
        float height = 0;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            Phrase phrase = new Phrase(cells.get(c), c == 0 ? firstFont : font);
            height = Math.max(height, flow.measure(phrase, widths[c] - 2 * CELL_PAD_X, Theme.TABLE_LEADING));
        }
        return Math.max(height, Theme.TABLE_LEADING) + 2 * CELL_PAD_Y;
    }

    /** Draws one row; with a null row element the whole row is an artifact (a repeated header). */
    private void drawRow(
            PdfStructureElement tr, List<String> cells, Layout layout, float height, RowKind kind, boolean rowHeaders) {
        boolean header = kind == RowKind.HEADER;
        Font font = header ? layout.headFont : layout.bodyFont;
        Font firstFont = header ? layout.headFont : layout.rowHeadFont;
        float top = flow.y();
        float bottom = top - height;
        float x0 = flow.left();
        float x1 = flow.right();
        PdfContentByte cb = flow.canvas();
        flow.artifact(() -> {
            if (kind != RowKind.PLAIN) {
                cb.setColorFill(header ? Theme.ACCENT : Theme.ZEBRA);
                cb.rectangle(x0, bottom, x1 - x0, height);
                cb.fill();
            }
            cb.setColorStroke(header ? Theme.ACCENT : Theme.RULE);
            cb.setLineWidth(0.6f);
            cb.moveTo(x0, bottom);
            cb.lineTo(x1, bottom);
            cb.stroke();
        });
        float x = x0;
        for (int c = 0; c < cells.size(); c++) {
            boolean rowHeader = !header && rowHeaders && c == 0;
            PdfStructureElement cell = null;
            if (tr != null) {
                cell = new PdfStructureElement(tr, header || rowHeader ? Names.TH : Names.TD);
                if (header || rowHeader) {
                    cell.put(
                            PdfName.A, Names.attributes(PdfName.TABLE, Names.SCOPE, header ? Names.COLUMN : Names.ROW));
                }
            }
            String text = cells.get(c);
            if (!text.isEmpty()) {
                flow.textInBox(
                        cell,
                        new Phrase(text, c == 0 ? firstFont : font),
                        Theme.TABLE_LEADING,
                        x + CELL_PAD_X,
                        x + layout.widths[c] - CELL_PAD_X,
                        top - CELL_PAD_Y + 1f,
                        bottom);
            }
            x += layout.widths[c];
        }
        flow.moveTo(bottom);
    }
}
