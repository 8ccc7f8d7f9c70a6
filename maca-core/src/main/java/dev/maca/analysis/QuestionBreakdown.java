package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;
import dev.maca.spi.Question;

/**
 * The answers one agency's auditors gave to one question of its tool, across the cohort.
 *
 * @param agency the agency whose tool asks the question
 * @param question the question, as its bank states it
 * @param breakdown the answers: one per return that answered it
 * @param <B> {@link EvidenceRates} or {@link ContactPattern}
 */
public record QuestionBreakdown<B extends Breakdown<?>>(AgencyRequirement agency, Question question, B breakdown) {
    public QuestionBreakdown {
        present(agency, "question breakdown agency");
        present(question, "question breakdown question");
        present(breakdown, "question breakdown breakdown");
    }

    /** The agency's id. */
    public String agencyId() {
        return agency.id();
    }

    /** The question's id. */
    public String questionId() {
        return question.id();
    }
}
