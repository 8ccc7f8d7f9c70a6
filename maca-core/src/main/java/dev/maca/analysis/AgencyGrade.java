package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Grade;

/**
 * One agency's judgement of one case, on the audit's scale.
 *
 * @param source the return that gave it
 * @param grade the grade
 * @param rank the grade's position on the scale, 0 for the best
 */
public record AgencyGrade(ReturnRef source, Grade grade, int rank) {
    public AgencyGrade {
        present(source, "agency grade source");
        present(grade, "agency grade grade");
        if (rank < 0) {
            throw new IllegalArgumentException("agency grade rank must be 0 or more, was " + rank);
        }
    }

    /** The agency that judged. */
    public String agencyId() {
        return source.agencyId();
    }
}
