package dev.maca.validation;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * One problem found in an audit or an audit file: where it is, what is wrong, and how to fix it.
 *
 * @param severity error or warning
 * @param path a JSON Pointer into the audit file (e.g. {@code /returns/3/answers/police-dash}), or the name of the file
 *     or field when there is no JSON
 * @param message what is wrong
 * @param fix what to do about it
 */
public record Problem(Severity severity, String path, String message, String fix) implements java.io.Serializable {
    public Problem {
        present(severity, "problem severity");
        present(path, "problem path");
        nonBlank(message, "problem message");
        nonBlank(fix, "problem fix");
    }

    /** An error. */
    public static Problem error(String path, String message, String fix) {
        return new Problem(Severity.ERROR, path, message, fix);
    }

    /** A warning. */
    public static Problem warning(String path, String message, String fix) {
        return new Problem(Severity.WARNING, path, message, fix);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for people: {@code ERROR /returns/3/agencyId: what is wrong. Fix: what to do.} */
    @Override
    public String toString() {
        return severity + " " + (path.isEmpty() ? "/" : path) + ": " + message + " Fix: " + fix;
    }
}
