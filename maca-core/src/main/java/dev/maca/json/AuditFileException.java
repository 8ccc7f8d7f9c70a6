package dev.maca.json;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.validation.Problem;
import java.util.List;

/**
 * Thrown when an audit file cannot be read as an audit: it is not JSON, breaks a limit, does not match the audit file
 * schema, or holds a value the domain refuses. It carries every problem found, not only the first.
 *
 * <p>Each {@link Problem} names a JSON Pointer into the file (e.g. {@code /returns/3/answers/police-dash/rating}; the
 * empty path is the whole file), what is wrong and how to fix it. For a missing property the path names where it
 * belongs (e.g. {@code /returns/3/completedOn}); for a syntax error or a broken limit it names the place the reader had
 * reached. The message lists the problems after the file's name, ready to show to the person who wrote the file.
 *
 * <pre>{@code
 * try {
 *     Audit audit = AuditJson.read(file);
 * } catch (AuditFileException e) {
 *     e.problems().forEach(p -> System.err.println(p));  // ERROR /returns/3/status: ... Fix: ...
 * }
 * }</pre>
 */
public final class AuditFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists; {@link #problems()} has them all. */
    static final int PROBLEMS_IN_MESSAGE = 50;

    private final String sourceName;

    /** The problems, an immutable list (serialisable, as {@link Problem} is). */
    @SuppressWarnings("serial") // List.copyOf gives a serialisable list of serialisable problems
    private final List<Problem> problems;

    /**
     * An exception for the file {@code sourceName} with these problems.
     *
     * @param sourceName the file's name as the reader knows it (a path, or e.g. "upload from Police"), never null
     * @param problems at least one problem, never null
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public AuditFileException(String sourceName, List<Problem> problems) {
        super(summary(present(sourceName, "sourceName"), list(problems, "problems")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an AuditFileException needs at least one problem");
        }
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    /** The name of the file that could not be read, as given to the reader. */
    public String sourceName() {
        return sourceName;
    }

    /** Every problem found, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String sourceName, List<Problem> problems) {
        StringBuilder text = new StringBuilder()
                .append("The audit file ")
                .append(sourceName)
                .append(" cannot be read: ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append(System.lineSeparator())
                    .append("  … and ")
                    .append(problems.size() - PROBLEMS_IN_MESSAGE)
                    .append(" more");
        }
        return text.toString();
    }
}
