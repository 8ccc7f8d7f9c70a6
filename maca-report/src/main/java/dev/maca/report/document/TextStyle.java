package dev.maca.report.document;

/** The emphasis of a run of text within a paragraph. */
public enum TextStyle {
    /** Ordinary body text. */
    PLAIN,
    /** Strong emphasis. */
    BOLD,
    /** Emphasis, titles of publications. */
    ITALIC,
    /** Strong emphasis in italics. */
    BOLD_ITALIC;

    /** Whether the style is bold. */
    public boolean isBold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    /** Whether the style is italic. */
    public boolean isItalic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
