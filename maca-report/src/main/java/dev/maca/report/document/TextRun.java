package dev.maca.report.document;

/**
 * A run of text in one style; a paragraph is a sequence of runs.
 *
 * @param text the text, never empty (spaces are kept as written)
 * @param style its emphasis
 */
public record TextRun(String text, TextStyle style) {

    /** Checks the fields. */
    public TextRun {
        Checks.present(text, "run.text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("run.text must not be empty");
        }
        Checks.present(style, "run.style");
    }

    /** A plain run. */
    public static TextRun plain(String text) {
        return new TextRun(text, TextStyle.PLAIN);
    }
}
