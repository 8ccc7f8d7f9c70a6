package dev.maca.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects what one document needs and the audit lacks, each as an error naming the document, the path and the fix. */
final class Needs {
    private final AuditDocument document;
    private final List<Problem> problems = new ArrayList<>();

    Needs(AuditDocument document) {
        this.document = document;
    }

    /** Records a gap: where in the audit file, what the document cannot print, and what to add. */
    void missing(JsonPointer at, String what, String fix) {
        problems.add(Problem.error(at.toString(), "The " + document.label() + " needs " + what + ".", fix));
    }

    /** Records a gap when a list the document prints is empty. */
    void requireNonEmpty(List<?> values, JsonPointer at, String what, String fix) {
        if (values.isEmpty()) {
            missing(at, what, fix);
        }
    }

    /** Records a gap when a text the document prints is blank. */
    void requireText(String value, JsonPointer at, String what, String fix) {
        if (value.isBlank()) {
            missing(at, what, fix);
        }
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
