package dev.maca.report.document;

/**
 * A contents list: the titles of the sections and subheadings that follow it, with their page
 * numbers in paged output. Put it in a section of its own, titled e.g. "Contents".
 */
public record TableOfContents() implements Block {}
