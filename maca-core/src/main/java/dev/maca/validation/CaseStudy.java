package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.PanelReview;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the disguised case study a seminar's small groups work on: the first of the panel's agreed illustrations, in
 * cohort order, that names no case or person and gives no date — no month, year or day — since a date with a few
 * ordinary details is enough for a local reader to recognise a family. The seminar pack prints the choice; validation
 * asks the same question of the audit, so a file that validates for the final report has one.
 *
 * @param text the illustration chosen, stripped; empty when none can be used
 * @param firstRefused where the first illustration that could not be used is, when there was one
 */
public record CaseStudy(Optional<String> text, Optional<JsonPointer> firstRefused) {
    private static final Pattern DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                    + "|\\b(19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\b");

    public CaseStudy {
        Objects.requireNonNull(text, "case study text is required but was null");
        Objects.requireNonNull(firstRefused, "case study firstRefused is required but was null");
    }

    /**
     * The case study of an audit.
     *
     * @param audit the audit; never null
     */
    public static CaseStudy of(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        Pseudonyms names = Pseudonyms.of(audit);
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
                if (!DATE.matcher(text).find() && !names.named(text)) {
                    return new CaseStudy(Optional.of(text.strip()), firstRefused);
                }
                if (firstRefused.isEmpty()) {
                    firstRefused = Optional.of(
                            JsonPointer.root().append("panelReviews").append(i).append("illustration"));
                }
            }
        }
        return new CaseStudy(Optional.empty(), firstRefused);
    }

    /** Records why there is no case study, when there is none. */
    void check(Needs needs) {
        if (text.isPresent()) {
            return;
        }
        if (firstRefused.isPresent()) {
            needs.missing(
                    firstRefused.get(),
                    "a disguised case study for group work that gives no date and names no one",
                    "Rewrite the panel's illustration without months, years, days or pseudonyms (say \"when the baby"
                            + " was three months old\", \"the mother's new partner\"), or agree another one.");
        } else {
            needs.missing(
                    JsonPointer.root().append("panelReviews"),
                    "a disguised case study for group work, from the panel's agreed illustrations",
                    "Record an illustration the panel agrees may be quoted on at least one family's panel review.");
        }
    }
}
