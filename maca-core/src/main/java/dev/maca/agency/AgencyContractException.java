package dev.maca.agency;

import dev.maca.validation.Problem;
import java.util.List;

/**
 * Thrown by {@link AgencyContract#assertValid} when an agency module breaks the contract; carries every problem found,
 * not only the first.
 */
public class AgencyContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, an immutable list (serialisable, as {@link Problem} is). */
    @SuppressWarnings("serial") // List.copyOf gives a serialisable list of serialisable problems
    private final List<Problem> problems;

    /** An exception for the module of class {@code moduleClass} carrying these problems. */
    public AgencyContractException(String moduleClass, List<Problem> problems) {
        super(summary(moduleClass, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String moduleClass, List<Problem> problems) {
        StringBuilder text = new StringBuilder()
                .append("Agency module ")
                .append(moduleClass)
                .append(" breaks the agency contract in ")
                .append(problems.size())
                .append(problems.size() == 1 ? " place:" : " places:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
