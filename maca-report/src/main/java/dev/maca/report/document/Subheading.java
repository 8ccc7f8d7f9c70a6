package dev.maca.report.document;

/**
 * A heading inside a section. The document title is heading level 1, a section title level 2, and a
 * subheading level 3, so a reader's heading navigation always sees H1, H2, H3 in order.
 *
 * @param text the heading text
 */
public record Subheading(String text) implements Block {

    /** Checks the text. */
    public Subheading {
        Checks.text(text, "subheading.text");
    }

    /** The heading level this block renders as. */
    public static final int LEVEL = 3;
}
