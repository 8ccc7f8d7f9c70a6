package dev.maca.report.forms;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A completed audit-tool form that cannot be imported, with every problem found in it: each names the field (or the
 * file), says what is wrong and what to do.
 *
 * <p>Thrown for a file that is not a readable PDF or has no form, for a form meant for another audit, case, agency or
 * tool version or whose identity was edited, for answers that are not among a field's options, and for a return that
 * would replace one already in the audit without being asked to.
 */
public final class FormImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;

    @SuppressWarnings("serial") // List.copyOf gives a serialisable list of serialisable problems
    private final List<Problem> problems;

    /**
     * An import failure.
     *
     * @param fileName the name of the form's file (or a description of where it came from)
     * @param problems every problem found, at least one
     */
    public FormImportException(String fileName, List<Problem> problems) {
        super(message(present(fileName, "fileName"), list(problems, "problems")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a form import failure needs at least one problem");
        }
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    /** The name of the form's file. */
    public String fileName() {
        return fileName;
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String fileName, List<Problem> problems) {
        return "Cannot import the audit-tool form " + fileName + " (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
