package dev.maca.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of text with one header row, an optional caption, optional relative column widths and,
 * optionally, a first column of row headers. A short table (up to {@value #SHORT_TABLE_ROWS} body rows) is kept on
 * one page; a longer one continues over pages with the header row repeated and at least
 * {@value #ROWS_AT_A_BREAK} rows on each side of a break.
 *
 * <pre>{@code
 * Table t = Table.builder()
 *         .caption("Returns by agency")
 *         .header("Agency", "Returned", "Missing")
 *         .row("Police", "6", "0")
 *         .widths(3, 1, 1)
 *         .build();
 * }</pre>
 *
 * @param caption the caption, if any
 * @param header the column headings, at least one
 * @param rows the body rows, each as wide as the header
 * @param columnWidths relative column widths (one per column, all positive), or empty for equal
 *     widths
 * @param rowHeaders whether the first cell of each body row heads its row
 */
public record Table(
        Optional<String> caption,
        List<String> header,
        List<List<String>> rows,
        List<Float> columnWidths,
        boolean rowHeaders)
        implements Block {

    /** Checks the shape of the table and copies it. */
    public Table {
        Checks.optionalText(caption, "table.caption");
        header = Checks.texts(Checks.nonEmpty(header, "table.header"), "table.header");
        List<List<String>> copied = new ArrayList<>();
        List<List<String>> given = Checks.list(rows, "table.rows");
        for (int r = 0; r < given.size(); r++) {
            List<String> row = Checks.list(given.get(r), "table.rows[" + r + "]");
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "table.rows[" + r + "] has " + row.size() + " cells but the header has " + header.size());
            }
            copied.add(row);
        }
        rows = List.copyOf(copied);
        columnWidths = Checks.list(columnWidths, "table.columnWidths");
        if (!columnWidths.isEmpty() && columnWidths.size() != header.size()) {
            throw new IllegalArgumentException("table.columnWidths has " + columnWidths.size()
                    + " widths but the header has " + header.size() + " columns");
        }
        for (int c = 0; c < columnWidths.size(); c++) {
            float w = columnWidths.get(c);
            if (!(w > 0) || Float.isInfinite(w)) {
                throw new IllegalArgumentException("table.columnWidths[" + c + "] must be positive, was " + w);
            }
        }
    }

    /** The most body rows a table may have and still be kept on one page. */
    public static final int SHORT_TABLE_ROWS = 8;

    /** The fewest body rows a table that breaks over pages leaves on either side of the break. */
    public static final int ROWS_AT_A_BREAK = 2;

    /** Whether the table is short enough to be kept on one page: {@value #SHORT_TABLE_ROWS} body rows or fewer. */
    @Override
    public boolean keepTogether() {
        return rows.size() <= SHORT_TABLE_ROWS;
    }

    /** The number of columns. */
    public int columnCount() {
        return header.size();
    }

    /** The relative width of each column: the hints if given, else equal widths. */
    public List<Float> relativeWidths() {
        if (!columnWidths.isEmpty()) {
            return columnWidths;
        }
        List<Float> equal = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            equal.add(1f);
        }
        return List.copyOf(equal);
    }

    /** Starts a table. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a {@link Table}. */
    public static final class Builder {
        private Optional<String> caption = Optional.empty();
        private List<String> header = List.of();
        private final List<List<String>> rows = new ArrayList<>();
        private List<Float> widths = List.of();
        private boolean rowHeaders;

        Builder() {}

        /** Sets the caption. */
        public Builder caption(String text) {
            caption = Optional.of(Checks.text(text, "table.caption"));
            return this;
        }

        /** Sets the column headings. */
        public Builder header(String... headings) {
            header = List.of(Checks.present(headings, "table.header"));
            return this;
        }

        /** Appends a body row. */
        public Builder row(String... cells) {
            rows.add(List.of(Checks.present(cells, "table.rows")));
            return this;
        }

        /** Appends a body row. */
        public Builder row(List<String> cells) {
            rows.add(Checks.list(cells, "table.rows"));
            return this;
        }

        /** Sets relative column widths, e.g. {@code widths(3, 1, 1)}. */
        public Builder widths(float... relative) {
            Checks.present(relative, "table.columnWidths");
            List<Float> list = new ArrayList<>();
            for (float w : relative) {
                list.add(w);
            }
            widths = List.copyOf(list);
            return this;
        }

        /** Marks the first cell of every body row as that row's header. */
        public Builder rowHeaders() {
            rowHeaders = true;
            return this;
        }

        /** Returns the table. */
        public Table build() {
            return new Table(caption, header, rows, widths, rowHeaders);
        }
    }
}
