package dev.maca.scope;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * One grade of a {@link GradingScale}, such as "Good" or "Amber".
 *
 * @param id stable lower-kebab-case id used in returns (e.g. {@code requires-improvement})
 * @param label the grade as printed
 * @param description what the grade means, for the grading definitions appendix (may be empty)
 */
public record Grade(String id, String label, String description) {
    public Grade {
        present(id, "grade id");
        nonBlank(label, "grade label");
        present(description, "grade description");
    }
}
