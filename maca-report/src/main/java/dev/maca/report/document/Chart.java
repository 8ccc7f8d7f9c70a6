package dev.maca.report.document;

/** The data behind a figure, drawn as a chart by a renderer and also shown as a table. */
public sealed interface Chart permits BarChart {

    /** The chart's data as a table, for readers who cannot see the chart. */
    Table asTable();
}
