package dev.maca.spi;

import static dev.maca.model.Preconditions.list;

import java.util.List;
import java.util.Optional;

/**
 * An agency's question bank: every question the agency can be asked, from which each audit's tool takes those that meet
 * its objectives.
 *
 * @param questions the questions, in the order the agency wants them asked
 */
public record QuestionBank(List<Question> questions) {
    public QuestionBank {
        questions = list(questions, "question bank questions");
    }

    /** The question with this id. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
