package dev.maca.spi;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

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
 */
public record Question(
        String id, String text, String guidance, ResponseType responseType, boolean required, List<String> themes) {
    public Question {
        present(id, "question id");
        present(text, "question text");
        present(guidance, "question guidance");
        present(responseType, "question responseType");
        themes = list(themes, "question themes");
    }
}
