package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.PanelReview;
import dev.maca.scope.Objective;
import dev.maca.validation.JsonPointer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The disguised case study a seminar's small groups work on: the first of the panel's agreed illustrations, in cohort
 * order, that names no case or person and gives no date — no month, year or day — since a date with a few ordinary
 * details is enough for a local reader to recognise a family. The groups discuss it through each objective's question.
 */
final class SeminarCaseStudy {
    private static final Pattern DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                    + "|\\b(19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\b");

    private SeminarCaseStudy() {}

    /** The illustration to use, or a gap naming what is missing or why each illustration cannot be used. */
    static Optional<String> choose(Audit audit, ContentGaps gaps) {
        CaseNames names = new CaseNames(audit);
        List<String> cohort =
                audit.cohort().cohort().stream().map(CaseRecord::id).toList();
        List<PanelReview> reviews = audit.panelReviews();
        Optional<JsonPointer> firstRefused = Optional.empty();
        for (String caseId : cohort) {
            for (int i = 0; i < reviews.size(); i++) {
                PanelReview review = reviews.get(i);
                if (!review.caseId().equals(caseId) || review.illustration().isEmpty()) {
                    continue;
                }
                String text = review.illustration().get();
                if (!DATE.matcher(text).find() && !names.names(text)) {
                    return Optional.of(text.strip());
                }
                if (firstRefused.isEmpty()) {
                    firstRefused = Optional.of(
                            JsonPointer.root().append("panelReviews").append(i).append("illustration"));
                }
            }
        }
        if (firstRefused.isPresent()) {
            gaps.missing(
                    firstRefused.get(),
                    "a disguised case study for group work that gives no date and names no one",
                    "Rewrite the panel's illustration without months, years, days or pseudonyms (say \"when the baby"
                            + " was three months old\", \"the mother's new partner\"), or agree another one.");
        } else {
            gaps.missing(
                    JsonPointer.root().append("panelReviews"),
                    "a disguised case study for group work, from the panel's agreed illustrations",
                    "Record an illustration the panel agrees may be quoted on at least one family's panel review.");
        }
        return Optional.empty();
    }

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
