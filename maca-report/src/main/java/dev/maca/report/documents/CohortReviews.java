package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import java.util.List;
import java.util.Optional;

/**
 * The panel's reviews of the cohort's families, in cohort order, and what they say of who was heard: the one place the
 * report's method and its voices section count invited families, families heard and practitioners spoken with, so the
 * two can never give different figures.
 *
 * @param reviews the review of each cohort family the panel has reviewed, in cohort order
 */
record CohortReviews(List<PanelReview> reviews) {
    CohortReviews {
        reviews = List.copyOf(reviews);
    }

    static CohortReviews of(Audit audit) {
        return new CohortReviews(audit.cohort().cohort().stream()
                .map(CaseRecord::id)
                .map(audit::panelReviewFor)
                .flatMap(Optional::stream)
                .toList());
    }

    /** The families' voices as recorded, in cohort order. */
    List<FamilyVoice> familyVoices() {
        return reviews.stream().flatMap(r -> r.familyVoice().stream()).toList();
    }

    /** How many families were invited to contribute. */
    int invited() {
        return (int) familyVoices().stream().filter(FamilyVoice::invited).count();
    }

    /** How many families took part. */
    int heard() {
        return (int) familyVoices().stream().filter(FamilyVoice::isHeard).count();
    }

    /** The practitioners' voices of the families whose practitioners were spoken with, in cohort order. */
    List<PractitionerVoice> practitionersHeard() {
        return reviews.stream()
                .flatMap(r -> r.practitionerVoice().stream())
                .filter(v -> !v.conversations().isEmpty())
                .toList();
    }
}
