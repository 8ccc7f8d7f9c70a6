package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

/**
 * One agency's question that asks a shared measure, so a document can say which questions a family-level figure was
 * combined from.
 *
 * @param agencyId the agency whose tool asks it
 * @param questionId the question's id in that agency's tool
 */
public record MeasureQuestion(String agencyId, String questionId) {
    public MeasureQuestion {
        present(agencyId, "measure question agencyId");
        present(questionId, "measure question questionId");
    }
}
