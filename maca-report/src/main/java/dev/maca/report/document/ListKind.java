package dev.maca.report.document;

/** Whether a list's items are marked with bullets or numbers. */
public enum ListKind {
    /** Items marked with bullets: the order carries no meaning. */
    BULLETED,
    /** Items numbered 1, 2, 3 (nested: a, b, c): the order matters. */
    NUMBERED
}
