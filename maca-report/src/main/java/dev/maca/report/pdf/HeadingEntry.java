package dev.maca.report.pdf;

/** A heading as laid out: its level, text and the page it landed on, for contents lists. */
record HeadingEntry(int level, String text, int page) {}
