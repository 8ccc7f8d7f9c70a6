package dev.maca.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import dev.maca.report.document.BarChart;
import dev.maca.report.document.BarOrientation;
import dev.maca.report.document.Chart;
import dev.maca.report.document.ChartSeries;
import dev.maca.report.document.TextStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws charts with JFreeChart as vectors, with every piece of text set in the document's embedded
 * font through a {@link FontMapper}.
 */
final class ChartPainter {

    /** Series colours, each at least 3:1 against white and distinguishable from its neighbours. */
    private static final Color[] SERIES = {
        Theme.ACCENT,
        new Color(0xB3, 0x58, 0x06),
        new Color(0x5E, 0x7D, 0x1E),
        new Color(0x6A, 0x4C, 0x93),
        new Color(0x8C, 0x2D, 0x3C),
        new Color(0x4F, 0x5B, 0x66)
    };

    private final DocumentFonts fonts;
    private final Font regular;
    private final Font bold;

    ChartPainter(DocumentFonts fonts) {
        this.fonts = fonts;
        this.regular = fonts.faces().regular().awtFont();
        this.bold = fonts.faces().bold().awtFont();
    }

    /** Maps the chart's AWT fonts (made from the same font files) back to the embedded PDF fonts. */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return fonts.base(font.getFontName().equals(bold.getFontName()) ? TextStyle.BOLD : TextStyle.PLAIN);
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return regular.deriveFont((float) size);
            }
        };
    }

    void draw(Chart chart, Graphics2D g, float width, float height) {
        if (!(chart instanceof BarChart bar)) {
            throw new IllegalArgumentException(
                    "unsupported chart: " + chart.getClass().getSimpleName());
        }
        JFreeChart jfree = barChart(bar);
        jfree.draw(g, new Rectangle2D.Double(0, 0, width, height));
    }

    private JFreeChart barChart(BarChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean whole = true;
        for (ChartSeries series : chart.series()) {
            for (int c = 0; c < chart.categories().size(); c++) {
                double value = series.values().get(c);
                whole &= value == Math.rint(value);
                data.addValue(value, series.name(), chart.categories().get(c));
            }
        }
        // The category labels name themselves; the axis label stays in the data table and the alternative text.
        CategoryAxis categoryAxis = new CategoryAxis(null);
        NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
        if (whole) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        valueAxis.setUpperMargin(0.12);
        for (var axis : new org.jfree.chart.axis.Axis[] {categoryAxis, valueAxis}) {
            axis.setLabelFont(bold.deriveFont(9f));
            axis.setLabelPaint(Theme.TEXT);
            axis.setTickLabelFont(regular.deriveFont(8.5f));
            axis.setTickLabelPaint(Theme.TEXT);
            axis.setAxisLinePaint(Theme.MUTED);
            axis.setTickMarkPaint(Theme.MUTED);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.25);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.06);
        renderer.setMaximumBarWidth(0.12);
        for (int s = 0; s < chart.series().size(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        boolean horizontal = chart.orientation() == BarOrientation.HORIZONTAL;
        NumberFormat format = whole ? NumberFormat.getIntegerInstance(Locale.UK) : NumberFormat.getInstance(Locale.UK);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelFont(regular.deriveFont(8.5f));
        renderer.setDefaultItemLabelPaint(Theme.TEXT);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                horizontal
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Theme.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);

        JFreeChart jfree =
                new JFreeChart(null, bold.deriveFont(11f), plot, chart.series().size() > 1);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setBorderVisible(false);
        LegendTitle legend = jfree.getLegend();
        if (legend != null) {
            legend.setItemFont(regular.deriveFont(8.5f));
            legend.setItemPaint(Theme.TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return jfree;
    }
}
