package dev.maca.report.document;

/**
 * One block of a section's flow, in reading order. The set is closed so that every renderer handles
 * every kind of block, and the compiler says so when a kind is added.
 */
public sealed interface Block
        permits Subheading, Paragraph, ListBlock, Table, Figure, Callout, PageBreak, TableOfContents {}
