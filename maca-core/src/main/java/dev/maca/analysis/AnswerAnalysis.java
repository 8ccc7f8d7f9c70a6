package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * The answers to every question of one kind that serves an objective or a theme: per question, per agency and
 * overall.
 *
 * <p>Questions come in the scope's agency order, then the order of each agency's tool (its bank order). The unit is
 * one answer: per question that is one per return; per agency and overall a return counts once for each question it
 * answered (its {@code sources} still list it once).
 *
 * @param questions every such question of every required agency's tool, answered or not
 * @param byAgency one row per agency the scope requires, in the scope's order, each present even when not asked
 * @param overall every answer to every such question
 * @param <B> {@link EvidenceRates} for Yes/Partly/No/Not applicable questions, {@link ContactPattern} for contact
 *     modes
 */
public record AnswerAnalysis<B extends Breakdown<?>>(
        List<QuestionBreakdown<B>> questions, List<AgencyBreakdown<B>> byAgency, B overall) {
    public AnswerAnalysis {
        questions = list(questions, "answer analysis questions");
        byAgency = list(byAgency, "answer analysis byAgency");
        present(overall, "answer analysis overall");
    }

    /**
     * One agency's row.
     *
     * @throws IllegalArgumentException when the scope does not require that agency
     */
    public AgencyBreakdown<B> agency(String agencyId) {
        return byAgency.stream()
                .filter(a -> a.agencyId().equals(agencyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("agency '" + agencyId
                        + "' is not required by the scope; the agencies are "
                        + byAgency.stream().map(AgencyBreakdown::agencyId).toList()));
    }

    /** One agency's question, if it is counted here. */
    public Optional<QuestionBreakdown<B>> question(String agencyId, String questionId) {
        return questions.stream()
                .filter(q -> q.agencyId().equals(agencyId) && q.questionId().equals(questionId))
                .findFirst();
    }

    /** One agency's questions, in its tool's order. */
    public List<QuestionBreakdown<B>> questionsOf(String agencyId) {
        return questions.stream().filter(q -> q.agencyId().equals(agencyId)).toList();
    }
}
