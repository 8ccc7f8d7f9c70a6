package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * One objective (key line of enquiry) of an audit, with the themes through which agencies' questions meet it.
 *
 * @param id stable lower-kebab-case id, used in file names and JSON paths (e.g. {@code fathers-and-males})
 * @param title short title for headings (e.g. "Birth fathers and males in the household")
 * @param statement the objective exactly as the scope states it
 * @param themes the theme ids this objective covers (see {@link Themes}); an objective without themes is a validation
 *     error, as no question could meet it
 */
public record Objective(String id, String title, String statement, List<String> themes) {
    public Objective {
        present(id, "objective id");
        nonBlank(title, "objective title");
        nonBlank(statement, "objective statement");
        themes = list(themes, "objective themes");
    }

    /** Whether a question with the given themes serves this objective. */
    public boolean isMetBy(java.util.Collection<String> questionThemes) {
        for (String theme : questionThemes) {
            if (themes.contains(theme)) {
                return true;
            }
        }
        return false;
    }
}
