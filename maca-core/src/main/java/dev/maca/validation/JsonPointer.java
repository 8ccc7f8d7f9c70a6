package dev.maca.validation;

/**
 * Builds JSON Pointers (RFC 6901) into the audit file, so every problem says exactly where it is.
 *
 * <pre>{@code JsonPointer.root().append("returns").append(3).append("answers").append("police-dash").toString()
 * // "/returns/3/answers/police-dash"}</pre>
 *
 * @param value the pointer text; empty for the whole document
 */
public record JsonPointer(String value) {
    public JsonPointer {
        dev.maca.model.Preconditions.present(value, "pointer");
    }

    /** The pointer to the whole document. */
    public static JsonPointer root() {
        return new JsonPointer("");
    }

    /** A pointer to a property of this one, escaping {@code ~} and {@code /} in the name. */
    public JsonPointer append(String property) {
        return new JsonPointer(value + "/" + property.replace("~", "~0").replace("/", "~1"));
    }

    /** A pointer to an array element of this one. */
    public JsonPointer append(int index) {
        return new JsonPointer(value + "/" + index);
    }

    @Override
    public String toString() {
        return value;
    }
}
