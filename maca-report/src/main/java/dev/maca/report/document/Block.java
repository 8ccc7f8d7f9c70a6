package dev.maca.report.document;

/**
 * One block of a section's flow, in reading order. The set is closed so that every renderer handles
 * every kind of block, and the compiler says so when a kind is added.
 */
public sealed interface Block
        permits Subheading, Paragraph, ListBlock, Table, Figure, Callout, PageBreak, TableOfContents {

    /**
     * Whether the block should be kept on one page: a renderer that paginates starts it on a new page rather than split
     * it, unless it is taller than a page. A short table, a call-out box and a chart are kept together; other blocks
     * may break (each renderer still avoids leaving a single line or row on either side of a break).
     */
    default boolean keepTogether() {
        return false;
    }
}
