package dev.maca.agency;

import dev.maca.validation.Problem;
import java.util.List;

/**
 * Thrown when an audit scope requires agencies the registry has not loaded; names every missing id at once, the ids that
 * are available, and any discovery problems that may explain the gap.
 */
public class UnknownAgencyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The missing ids, in scope order. */
    private final List<String> missing;

    /** The ids the registry has, in registry order. */
    private final List<String> available;

    /** An exception for these missing ids, given the available ids and the registry's discovery problems. */
    public UnknownAgencyException(List<String> missing, List<String> available, List<Problem> discoveryProblems) {
        super(message(missing, available, discoveryProblems));
        this.missing = List.copyOf(missing);
        this.available = List.copyOf(available);
    }

    /** The ids the scope requires that the registry has not loaded, in scope order. */
    public List<String> missing() {
        return missing;
    }

    /** The ids the registry has loaded. */
    public List<String> available() {
        return available;
    }

    private static String message(List<String> missing, List<String> available, List<Problem> discoveryProblems) {
        StringBuilder text = new StringBuilder()
                .append("The audit scope requires ")
                .append(missing.size() == 1 ? "an agency" : "agencies")
                .append(" with no agency module loaded: ")
                .append(String.join(", ", missing))
                .append(". Available: ")
                .append(available.isEmpty() ? "none" : String.join(", ", available))
                .append(". Fix: add the agency module's jar to the class path (it must list its class in"
                        + " META-INF/services/dev.maca.spi.AgencyModule), register the module explicitly, or correct"
                        + " the agency id in the scope.");
        if (!discoveryProblems.isEmpty()) {
            text.append(System.lineSeparator()).append("Agency modules skipped during discovery:");
            for (Problem problem : discoveryProblems) {
                text.append(System.lineSeparator()).append("  ").append(problem);
            }
        }
        return text.toString();
    }
}
