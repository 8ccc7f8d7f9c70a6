package dev.maca.tool;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.spi.Question;
import java.util.List;

/**
 * A question as it appears in one audit's tool: the bank's question and the audit objectives it serves there.
 *
 * @param question the question from the agency's bank (or a core question)
 * @param objectiveIds the objectives of this audit whose themes it meets, in the scope's order (empty for core
 *     questions asked of the whole case)
 */
public record ToolQuestion(Question question, List<String> objectiveIds) {
    public ToolQuestion {
        present(question, "tool question");
        objectiveIds = list(objectiveIds, "tool question objectiveIds");
    }

    /** The question's id. */
    public String id() {
        return question.id();
    }
}
