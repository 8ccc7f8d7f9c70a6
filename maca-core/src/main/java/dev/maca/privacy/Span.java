package dev.maca.privacy;

/**
 * Where in one text a piece of personal data lies: {@code [start, end)} in UTF-16 indices, and its kind.
 *
 * @param start the index of its first character
 * @param end the index after its last character
 * @param kind what kind of personal data it is
 */
record Span(int start, int end, Kind kind) {
    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
    }

    int length() {
        return end - start;
    }
}
