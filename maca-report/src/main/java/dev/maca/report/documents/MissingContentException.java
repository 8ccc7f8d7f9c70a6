package dev.maca.report.documents;

import dev.maca.validation.AuditValidationException;
import dev.maca.validation.Problem;
import java.util.List;

/**
 * Thrown when an audit lacks content a document needs (a panel narrative, a brief's reflection questions, a timeline
 * month), carrying every gap at once, each with its path in the audit file and what to add — so no document is ever
 * produced with an empty section.
 */
public class MissingContentException extends AuditValidationException {
    private static final long serialVersionUID = 1L;

    /** An exception carrying these problems, at least one of them an error. */
    public MissingContentException(List<Problem> problems) {
        super(problems);
    }
}
