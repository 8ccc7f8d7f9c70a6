package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Grade;

/**
 * One agency's own grade of its practice for one family and objective beside the grade the panel agreed, so the
 * distance moderation moved it can be shown and traced to the return and the panel review.
 *
 * @param family the family (whose panel review gave {@code panelGrade})
 * @param agencyGrade the grade the agency gave its own practice in its return
 * @param panelGrade the grade the panel agreed for the family
 * @param difference how many grades better the agency graded itself than the panel agreed: positive when the agency's
 *     own grade was higher, negative when it was lower, 0 when they agree
 * @param source the agency's return
 */
public record ModeratedGrade(CaseRef family, Grade agencyGrade, Grade panelGrade, int difference, ReturnRef source) {
    public ModeratedGrade {
        present(family, "moderated grade family");
        present(agencyGrade, "moderated grade agencyGrade");
        present(panelGrade, "moderated grade panelGrade");
        present(source, "moderated grade source");
        if (!source.caseId().equals(family.id())) {
            throw new IllegalArgumentException("a moderated grade compares a family's own return, but family '"
                    + family.id() + "' has the return of case '" + source.caseId() + "'");
        }
    }

    /** Whether the agency's own grade is the one the panel agreed. */
    public boolean agreed() {
        return difference == 0;
    }
}
