package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * A recommendation to the Business Group, the objectives it answers and the actions that deliver it.
 *
 * @param id stable id (e.g. "R1")
 * @param text the recommendation
 * @param objectiveIds the objectives it answers
 * @param actions the actions that deliver it
 */
public record Recommendation(String id, String text, List<String> objectiveIds, List<Action> actions) {
    public Recommendation {
        present(id, "recommendation id");
        nonBlank(text, "recommendation text");
        objectiveIds = list(objectiveIds, "recommendation objectiveIds");
        actions = list(actions, "recommendation actions");
    }
}
