package dev.maca.report.document;

/**
 * A contents list of the document's section titles and subheadings with their page numbers.
 *
 * @param title the heading above the list, e.g. "Contents"
 */
public record TableOfContents(String title) implements Block {

    /** Checks the title. */
    public TableOfContents {
        Checks.text(title, "contents.title");
    }
}
