package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Grade;

/**
 * The families the panel graded at one grade of the scale for one objective, so a document can print the panel's
 * distribution grade by grade ("Good: 6 of 15 families").
 *
 * @param grade the grade, as the scale gives it
 * @param families the families the panel agreed this grade for, of the whole cohort
 */
public record GradeCount(Grade grade, FamilyCount families) {
    public GradeCount {
        present(grade, "grade count grade");
        present(families, "grade count families");
    }

    /** How many families. */
    public int count() {
        return families.count();
    }
}
