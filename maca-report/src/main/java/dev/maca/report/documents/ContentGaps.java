package dev.maca.report.documents;

import dev.maca.validation.JsonPointer;
import dev.maca.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every piece of content a document needs but the audit lacks, then stops the document naming them all. */
final class ContentGaps {
    private final String document;
    private final List<Problem> problems = new ArrayList<>();

    ContentGaps(String document) {
        this.document = document;
    }

    /** Records a gap: where in the audit file, what the document cannot print, and what to add. */
    void missing(JsonPointer at, String what, String fix) {
        problems.add(Problem.error(at.toString(), "The " + document + " needs " + what + ".", fix));
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

    /** Records gaps found by the core's checks of what a document needs ({@link dev.maca.validation.DocumentNeeds}). */
    void addAll(List<Problem> needs) {
        problems.addAll(needs);
    }

    /** Whether nothing is missing so far. */
    boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Throws when anything is missing.
     *
     * @throws MissingContentException listing every gap found
     */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new MissingContentException(problems);
        }
    }
}
