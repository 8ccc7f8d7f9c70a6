package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * What the multi-agency panel found for one objective: its agreed grade, key message, narrative, good practice and
 * areas for development.
 *
 * @param objectiveId the objective
 * @param grade the multi-agency grade the panel agreed, on the scope's scale
 * @param keyMessage the one-sentence message for the executive summary
 * @param narrative the panel's findings, one paragraph per entry
 * @param goodPractice good practice found across the cases
 * @param areasForDevelopment areas for development found across the cases
 */
public record ObjectiveFindings(
        String objectiveId,
        Optional<String> grade,
        String keyMessage,
        List<String> narrative,
        List<String> goodPractice,
        List<String> areasForDevelopment) {
    public ObjectiveFindings {
        present(objectiveId, "findings objectiveId");
        grade = optional(grade);
        present(keyMessage, "findings keyMessage");
        narrative = list(narrative, "findings narrative");
        goodPractice = list(goodPractice, "findings goodPractice");
        areasForDevelopment = list(areasForDevelopment, "findings areasForDevelopment");
    }
}
