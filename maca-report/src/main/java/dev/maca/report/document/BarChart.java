package dev.maca.report.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart described by its data: categories along one axis and one or more series of values.
 *
 * <pre>{@code
 * BarChart chart = new BarChart("Agency", "Cases", List.of("Police", "Health"),
 *         List.of(ChartSeries.of("Good", 4, 3), ChartSeries.of("Inadequate", 1, 2)),
 *         BarOrientation.HORIZONTAL);
 * }</pre>
 *
 * @param categoryAxisLabel the label of the category axis, also the first column heading of the
 *     data table
 * @param valueAxisLabel the label of the value axis
 * @param categories the categories in order, at least one
 * @param series the series, each with one value per category
 * @param orientation which way the bars run
 */
public record BarChart(
        String categoryAxisLabel,
        String valueAxisLabel,
        List<String> categories,
        List<ChartSeries> series,
        BarOrientation orientation)
        implements Chart {

    /** Checks that every series has one value per category. */
    public BarChart {
        Checks.text(categoryAxisLabel, "chart.categoryAxisLabel");
        Checks.text(valueAxisLabel, "chart.valueAxisLabel");
        categories = Checks.texts(Checks.nonEmpty(categories, "chart.categories"), "chart.categories");
        series = Checks.nonEmpty(series, "chart.series");
        for (int s = 0; s < series.size(); s++) {
            if (series.get(s).values().size() != categories.size()) {
                throw new IllegalArgumentException("chart.series[" + s + "] has "
                        + series.get(s).values().size() + " values but there are " + categories.size() + " categories");
            }
        }
        Checks.present(orientation, "chart.orientation");
    }

    @Override
    public Table asTable() {
        Table.Builder table = Table.builder().rowHeaders();
        List<String> header = new ArrayList<>();
        header.add(categoryAxisLabel);
        series.forEach(s -> header.add(s.name()));
        table.header(header.toArray(String[]::new));
        for (int c = 0; c < categories.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (ChartSeries s : series) {
                row.add(format(s.values().get(c)));
            }
            table.row(row);
        }
        return table.build();
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
