package dev.maca.analysis;

import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.AgencyRequirement;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions serving one objective or theme. Answers are counted once, per question; an agency's figures are the sum
 * of its questions' counts (and the union of their sources), and the overall figures the sum of the agencies'.
 */
final class AnswerGroup {
    private static final List<EvidenceRating> RATINGS = List.of(EvidenceRating.values());
    private static final List<ContactMode> MODES = List.of(ContactMode.values());

    private final List<AgencyRequirement> agencies;
    private final ReturnRef[] table;
    private final List<QuestionSlot> evidenceQuestions = new ArrayList<>();
    private final List<QuestionSlot> contactQuestions = new ArrayList<>();

    AnswerGroup(List<AgencyRequirement> agencies, ReturnRef[] table) {
        this.agencies = agencies;
        this.table = table;
    }

    /** Adds a question once; questions arrive in agency then tool order. */
    void include(QuestionSlot slot) {
        List<QuestionSlot> questions = slot.isEvidenced() ? evidenceQuestions : contactQuestions;
        if (!questions.contains(slot)) {
            questions.add(slot);
        }
    }

    AnswerAnalysis<EvidenceRates> evidence() {
        List<QuestionBreakdown<EvidenceRates>> questions = new ArrayList<>(evidenceQuestions.size());
        for (QuestionSlot slot : evidenceQuestions) {
            questions.add(slot.evidenceBreakdown());
        }
        Counter[] byAgency = sumByAgency(evidenceQuestions, RATINGS.size());
        List<AgencyBreakdown<EvidenceRates>> rows = new ArrayList<>(agencies.size());
        for (int i = 0; i < agencies.size(); i++) {
            rows.add(new AgencyBreakdown<>(
                    agencies.get(i), asked(evidenceQuestions, i), evidenceRates(byAgency[i], table)));
        }
        return new AnswerAnalysis<>(questions, rows, evidenceRates(Counter.sum(RATINGS.size(), byAgency), table));
    }

    AnswerAnalysis<ContactPattern> contacts() {
        List<QuestionBreakdown<ContactPattern>> questions = new ArrayList<>(contactQuestions.size());
        for (QuestionSlot slot : contactQuestions) {
            questions.add(slot.contactBreakdown());
        }
        Counter[] byAgency = sumByAgency(contactQuestions, MODES.size());
        List<AgencyBreakdown<ContactPattern>> rows = new ArrayList<>(agencies.size());
        for (int i = 0; i < agencies.size(); i++) {
            rows.add(new AgencyBreakdown<>(
                    agencies.get(i), asked(contactQuestions, i), contactPattern(byAgency[i], table)));
        }
        return new AnswerAnalysis<>(questions, rows, contactPattern(Counter.sum(MODES.size(), byAgency), table));
    }

    private Counter[] sumByAgency(List<QuestionSlot> slots, int keys) {
        Counter[] byAgency = new Counter[agencies.size()];
        for (int i = 0; i < byAgency.length; i++) {
            int agency = i;
            byAgency[i] = Counter.sum(
                    keys,
                    slots.stream()
                            .filter(s -> s.agencyIndex() == agency)
                            .map(QuestionSlot::counter)
                            .toArray(Counter[]::new));
        }
        return byAgency;
    }

    private static int asked(List<QuestionSlot> slots, int agencyIndex) {
        return (int) slots.stream().filter(s -> s.agencyIndex() == agencyIndex).count();
    }

    static EvidenceRates evidenceRates(Counter counter, ReturnRef[] table) {
        return new EvidenceRates(counter.tallies(RATINGS, table), counter.sources(table));
    }

    static ContactPattern contactPattern(Counter counter, ReturnRef[] table) {
        return new ContactPattern(counter.tallies(MODES, table), counter.sources(table));
    }
}
