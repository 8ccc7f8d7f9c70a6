package dev.maca.report.documents;

import dev.maca.scope.Objective;
import java.util.List;

/**
 * The disguised case study a seminar's small groups work on: the first of the panel's agreed illustrations, in cohort
 * order, that names no case or person and gives no date — no month, year or day — since a date with a few ordinary
 * details is enough for a local reader to recognise a family. The groups discuss it through each objective's question.
 */
final class SeminarCaseStudy {
    private SeminarCaseStudy() {}

    /** What each group discusses: each objective's question (or its title), then what they would do next. */
    static List<String> questions(List<Objective> objectives) {
        List<String> questions = new java.util.ArrayList<>();
        for (Objective objective : objectives) {
            questions.add(objective
                    .question()
                    .map(String::strip)
                    .orElse("What does this family's story tell us about " + Figures.lowerFirst(objective.title())
                            + "?"));
        }
        questions.add("What would you have done next, and who would you have told?");
        return List.copyOf(questions);
    }
}
