package dev.maca.validation;

import static dev.maca.model.Preconditions.list;

import java.util.List;

/**
 * Every problem found by a validation, errors and warnings together, in the order found.
 *
 * @param problems the problems
 */
public record ValidationReport(List<Problem> problems) {
    public ValidationReport {
        problems = list(problems, "problems");
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Whether there are no errors (warnings allowed). */
    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /**
     * Throws when there are errors, carrying every problem (warnings too).
     *
     * @throws AuditValidationException when any problem is an error
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new AuditValidationException(problems);
        }
        return this;
    }
}
