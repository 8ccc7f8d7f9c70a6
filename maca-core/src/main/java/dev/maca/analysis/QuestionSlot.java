package dev.maca.analysis;

import dev.maca.returns.Answer;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.AgencyRequirement;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;

/**
 * One evidenced or contact-mode question of one agency's tool: the one place its answers are counted. The objectives
 * and themes it serves ({@link AnswerGroup}s) sum its counter when the walk is over.
 */
final class QuestionSlot {
    private final int agencyIndex;
    private final AgencyRequirement agency;
    private final Question question;
    private final Counter counter;
    private final ReturnRef[] table;
    private QuestionBreakdown<EvidenceRates> evidenceBreakdown;
    private QuestionBreakdown<ContactPattern> contactBreakdown;

    QuestionSlot(int agencyIndex, AgencyRequirement agency, Question question, ReturnRef[] table) {
        this.agencyIndex = agencyIndex;
        this.agency = agency;
        this.question = question;
        this.table = table;
        this.counter = new Counter(isEvidenced() ? EvidenceRating.values().length : ContactMode.values().length);
    }

    static boolean isCounted(Question question) {
        return question.responseType() == ResponseType.EVIDENCED
                || question.responseType() == ResponseType.CONTACT_MODE;
    }

    boolean isEvidenced() {
        return question.responseType() == ResponseType.EVIDENCED;
    }

    int agencyIndex() {
        return agencyIndex;
    }

    Counter counter() {
        return counter;
    }

    /** Counts an answer; an answer of the wrong kind for the question is left out (validation reports it). */
    void accept(Answer answer, int ordinal) {
        if (answer instanceof Answer.Evidenced evidenced && isEvidenced()) {
            counter.add(evidenced.rating().ordinal(), ordinal);
        } else if (answer instanceof Answer.Contact contact && !isEvidenced()) {
            counter.add(contact.mode().ordinal(), ordinal);
        }
    }

    /** This question's rates, built once and shared by every group it serves. */
    QuestionBreakdown<EvidenceRates> evidenceBreakdown() {
        if (evidenceBreakdown == null) {
            evidenceBreakdown = new QuestionBreakdown<>(agency, question, AnswerGroup.evidenceRates(counter, table));
        }
        return evidenceBreakdown;
    }

    /** This question's contact pattern, built once and shared by every group it serves. */
    QuestionBreakdown<ContactPattern> contactBreakdown() {
        if (contactBreakdown == null) {
            contactBreakdown = new QuestionBreakdown<>(agency, question, AnswerGroup.contactPattern(counter, table));
        }
        return contactBreakdown;
    }
}
