package dev.maca.report.document;

import java.util.Optional;

/**
 * A chart with its alternative text, an optional caption and, optionally, its data shown as a table
 * after it.
 *
 * @param chart the data to draw
 * @param altText what the chart shows, for readers who cannot see it (the main finding, not
 *     "a chart")
 * @param caption the caption shown under the chart, if any
 * @param showDataTable whether the chart's data follows it as a table
 */
public record Figure(Chart chart, String altText, Optional<String> caption, boolean showDataTable) implements Block {

    /** Checks the fields. */
    public Figure {
        Checks.present(chart, "figure.chart");
        Checks.text(altText, "figure.altText");
        Checks.optionalText(caption, "figure.caption");
    }

    /** A chart is always kept on one page with its caption (its data table may follow on the next). */
    @Override
    public boolean keepTogether() {
        return true;
    }

    /** The chart's data as a table, captioned after the figure when the figure has a caption. */
    public Table dataTable() {
        Table data = chart.asTable();
        String title = "Data for " + caption.orElse("the chart above");
        return new Table(Optional.of(title), data.header(), data.rows(), data.columnWidths(), data.rowHeaders());
    }

    /** Starts a figure. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a {@link Figure}. */
    public static final class Builder {
        private Chart chart;
        private String altText;
        private Optional<String> caption = Optional.empty();
        private boolean showDataTable;

        Builder() {}

        /** Sets the chart. */
        public Builder chart(Chart value) {
            chart = Checks.present(value, "figure.chart");
            return this;
        }

        /** Sets the alternative text. */
        public Builder altText(String value) {
            altText = Checks.text(value, "figure.altText");
            return this;
        }

        /** Sets the caption. */
        public Builder caption(String value) {
            caption = Optional.of(Checks.text(value, "figure.caption"));
            return this;
        }

        /** Shows the chart's data as a table after the figure. */
        public Builder withDataTable() {
            showDataTable = true;
            return this;
        }

        /** Returns the figure; the chart and alternative text are required. */
        public Figure build() {
            return new Figure(chart, altText, caption, showDataTable);
        }
    }
}
