package dev.maca.report.document;

/** Which way a bar chart's bars run. */
public enum BarOrientation {
    /** Bars rise from the category axis at the bottom. */
    VERTICAL,
    /** Bars run from the category axis at the left: best for long category names. */
    HORIZONTAL
}
