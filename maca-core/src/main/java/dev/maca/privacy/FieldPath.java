package dev.maca.privacy;

/**
 * A JSON Pointer into the audit file built lazily, so the path of a field costs nothing until a finding needs it.
 */
final class FieldPath {
    private static final FieldPath ROOT = new FieldPath(null, "");

    private final FieldPath parent;
    private final String segment;

    private FieldPath(FieldPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    static FieldPath root() {
        return ROOT;
    }

    /** The path to a property (a record component or a map key) of this one. */
    FieldPath child(String property) {
        return new FieldPath(this, property);
    }

    /** The path to an element of this list. */
    FieldPath child(int index) {
        return new FieldPath(this, Integer.toString(index));
    }

    /** The pointer text, escaping {@code ~} and {@code /} in names as RFC 6901 requires. */
    String pointer() {
        var text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.append(text);
        text.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }

    @Override
    public String toString() {
        return pointer();
    }
}
