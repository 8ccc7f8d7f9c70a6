package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.audit.ReviewLearning;
import dev.maca.report.document.Section;
import dev.maca.scope.PreviousReview;
import java.util.Optional;

/**
 * The report's learning from previous reviews: for each previous audit or review the scope names, its messages, how
 * well this audit found them embedded in practice and what difference they have made. The section exists only when
 * the scope names previous reviews.
 */
final class ReportReviews {
    private final Audit audit;

    ReportReviews(Audit audit) {
        this.audit = audit;
    }

    Optional<Section> section() {
        if (audit.scope().previousReviews().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Section.of("Learning from previous reviews", s -> {
            s.paragraph("The audit looked in the families' records for the learning of earlier audits and reviews:"
                    + " how well it has been embedded in practice, and what difference it has made.");
            for (PreviousReview review : audit.scope().previousReviews()) {
                String year = String.valueOf(review.year());
                boolean dated =
                        review.reference().contains(year) || review.title().contains(year);
                s.subheading(review.reference() + ": " + review.title() + (dated ? "" : " (" + year + ")"));
                if (!review.keyMessages().isEmpty()) {
                    s.paragraph("Its messages:");
                    s.bullets(l -> review.keyMessages().forEach(l::item));
                }
                Optional<ReviewLearning> found = audit.report().stream()
                        .flatMap(r -> r.reviewLearning().stream())
                        .filter(l -> l.reference().equals(review.reference()))
                        .findFirst();
                found.ifPresent(l -> {
                    s.paragraph(p -> p.bold("How well it is embedded: ").text(l.embedded()));
                    s.paragraph(p -> p.bold("Its impact: ").text(l.impact()));
                });
            }
        }));
    }
}
