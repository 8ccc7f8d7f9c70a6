package dev.maca.privacy;

import dev.maca.validation.JsonPointer;

/**
 * A JSON Pointer into the audit file built lazily, so the path of a field costs nothing until a finding needs it.
 *
 * <p>A path can be closed ({@link #closed()}): its children are the path itself, so that nothing below a map key that
 * holds personal data repeats the key.
 */
final class FieldPath {
    private static final FieldPath ROOT = new FieldPath(null, "", false);

    private final FieldPath parent;
    private final String segment;
    private final boolean closed;

    private FieldPath(FieldPath parent, String segment, boolean closed) {
        this.parent = parent;
        this.segment = segment;
        this.closed = closed;
    }

    static FieldPath root() {
        return ROOT;
    }

    /** The path to a property (a record component or a map key) of this one. */
    FieldPath child(String property) {
        return closed ? this : new FieldPath(this, property, false);
    }

    /** The path to an element of this list. */
    FieldPath child(int index) {
        return closed ? this : new FieldPath(this, Integer.toString(index), false);
    }

    /** This path, with every path below it rendered as this one. */
    FieldPath closed() {
        return closed ? this : new FieldPath(parent, segment, true);
    }

    /** The pointer text, escaped as RFC 6901 requires (see {@link JsonPointer}). */
    String pointer() {
        return toPointer().toString();
    }

    private JsonPointer toPointer() {
        return parent == null ? JsonPointer.root() : parent.toPointer().append(segment);
    }

    @Override
    public String toString() {
        return pointer();
    }
}
