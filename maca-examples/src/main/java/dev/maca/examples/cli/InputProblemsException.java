package dev.maca.examples.cli;

import dev.maca.validation.Problem;
import java.util.List;

/**
 * The input of a command has problems the person running it can fix: it names the file (or other input) and carries
 * every problem, each with its path, what is wrong and what to do. {@code maca} prints them and exits with
 * {@link ExitCode#INPUT}, never with a stack trace.
 */
public final class InputProblemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * Problems in one input.
     *
     * @param source the file or input the problems are in, as the user named it
     * @param problems every problem, at least one
     */
    public InputProblemsException(String source, List<Problem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("input problems need at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** One problem in one input. */
    public static InputProblemsException of(String source, String path, String message, String fix) {
        return new InputProblemsException(source, List.of(Problem.error(path, message, fix)));
    }

    /** The file or input the problems are in. */
    public String source() {
        return source;
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
