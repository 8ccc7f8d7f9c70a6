package dev.maca.privacy;

import java.util.List;

/** Finds one kind of personal data in a text. Implementations are immutable and safe to share between threads. */
interface Detector {

    /** Adds a span for every piece of personal data found in {@code text} to {@code found}. */
    void find(String text, List<Span> found);
}
