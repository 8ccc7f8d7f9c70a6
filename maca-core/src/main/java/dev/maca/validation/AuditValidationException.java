package dev.maca.validation;

import java.util.List;

/**
 * Thrown when an audit has errors; carries every problem found, not only the first.
 */
public class AuditValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, an immutable list (serialisable, as {@link Problem} is). */
    @SuppressWarnings("serial") // List.copyOf gives a serialisable list of serialisable problems
    private final List<Problem> problems;

    /** An exception carrying these problems (at least one should be an error). */
    public AuditValidationException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder text = new StringBuilder()
                .append("The audit has ")
                .append(errors)
                .append(errors == 1 ? " error" : " errors")
                .append(" and ")
                .append(problems.size() - errors)
                .append(problems.size() - errors == 1 ? " warning:" : " warnings:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
