package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * One objective (key line of enquiry) of an audit, with the themes through which agencies' questions meet it.
 *
 * @param id stable lower-kebab-case id, used in file names and JSON paths (e.g. {@code fathers-and-males})
 * @param title short title for headings (e.g. "Birth fathers and males in the household")
 * @param statement the objective exactly as the scope states it
 * @param question the objective as a plain question a practitioner would ask, for the briefs (e.g. "When our work is
 *     about an older brother or sister, do we still see the risk to the baby on the way?"); it ends with a question
 *     mark. Empty in files written before MACA 0.3, and then a brief quotes the statement as the audit's aim, never as
 *     a question
 * @param themes the theme ids this objective covers (see {@link Themes}); an objective without themes is a validation
 *     error, as no question could meet it
 */
public record Objective(String id, String title, String statement, Optional<String> question, List<String> themes) {
    public Objective {
        present(id, "objective id");
        nonBlank(title, "objective title");
        nonBlank(statement, "objective statement");
        question = optional(question);
        question.ifPresent(q -> {
            nonBlank(q, "objective question");
            if (!q.strip().endsWith("?")) {
                throw new IllegalArgumentException("objective '" + id + "' has a question that does not end with a"
                        + " question mark; write it as the question a practitioner would ask, or leave it out");
            }
        });
        themes = list(themes, "objective themes");
    }

    /** An objective without a question form, as files before MACA 0.3 state it. */
    public Objective(String id, String title, String statement, List<String> themes) {
        this(id, title, statement, Optional.empty(), themes);
    }

    /** This objective with its plain question form. */
    public Objective withQuestion(String value) {
        return new Objective(id, title, statement, Optional.of(value), themes);
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
