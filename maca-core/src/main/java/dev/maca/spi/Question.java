package dev.maca.spi;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * One question of an agency's question bank, as an auditor asks it of the agency's own record.
 *
 * <p>Text, guidance and themes are checked by the contract validator rather than here, so a plugin's broken bank is
 * reported in full instead of failing on its first question.
 *
 * @param id stable lower-kebab-case id, unique in the bank (e.g. {@code police-dash-completed})
 * @param text the question
 * @param guidance where in the record to look and what counts as evidence
 * @param responseType how it is answered
 * @param required whether a return is incomplete without an answer
 * @param themes the themes it serves (at least one), through which it meets an audit's objectives
 * @param measure the shared measure the question asks, if any (an id such as {@code father-seen}, see {@code
 *     dev.maca.scope.SharedMeasures}): a "Yes" means the fact holds for the family, so the answers of every agency
 *     asking it are combined per family; only evidenced questions may name one
 */
public record Question(
        String id,
        String text,
        String guidance,
        ResponseType responseType,
        boolean required,
        List<String> themes,
        Optional<String> measure) {
    public Question {
        present(id, "question id");
        present(text, "question text");
        present(guidance, "question guidance");
        present(responseType, "question responseType");
        themes = list(themes, "question themes");
        measure = optional(measure);
    }

    /** A question that asks no shared measure. */
    public Question(
            String id, String text, String guidance, ResponseType responseType, boolean required, List<String> themes) {
        this(id, text, guidance, responseType, required, themes, Optional.empty());
    }
}
