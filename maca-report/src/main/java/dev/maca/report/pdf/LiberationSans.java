package dev.maca.report.pdf;

/** The default font set, loaded lazily once per class loader (holder idiom, so thread-safe). */
final class LiberationSans {

    static final FontSet INSTANCE = FontSet.of(
            FontFace.fromClasspath("liberation/LiberationSans-Regular.ttf"),
            FontFace.fromClasspath("liberation/LiberationSans-Bold.ttf"),
            FontFace.fromClasspath("liberation/LiberationSans-Italic.ttf"),
            FontFace.fromClasspath("liberation/LiberationSans-BoldItalic.ttf"));

    private LiberationSans() {}
}
