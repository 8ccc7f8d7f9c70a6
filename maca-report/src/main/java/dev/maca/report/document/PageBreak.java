package dev.maca.report.document;

/** Starts a new page (ignored at the top of a page, so it never leaves a blank page). */
public record PageBreak() implements Block {}
