package dev.maca.report.document;

import java.util.List;

/**
 * One named series of values in a chart, one value per category.
 *
 * @param name the series name shown in the legend and as a column heading of the data table
 * @param values the values, all finite
 */
public record ChartSeries(String name, List<Double> values) {

    /** Checks the fields. */
    public ChartSeries {
        Checks.text(name, "series.name");
        values = Checks.nonEmpty(values, "series.values");
        for (int i = 0; i < values.size(); i++) {
            if (!Double.isFinite(values.get(i))) {
                throw new IllegalArgumentException("series.values[" + i + "] must be a finite number");
            }
        }
    }

    /** A series from its name and values. */
    public static ChartSeries of(String name, double... values) {
        Checks.present(values, "series.values");
        return new ChartSeries(name, java.util.Arrays.stream(values).boxed().toList());
    }
}
