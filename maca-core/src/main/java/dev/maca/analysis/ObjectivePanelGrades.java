package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Objective;
import java.util.List;

/**
 * How many families of the cohort the multi-agency panel graded at each grade for one objective, and how many it
 * found the objective did not apply to or did not grade: the figure a report's finding for the objective stands on,
 * with the family as the unit.
 *
 * <p>Every count is of the whole cohort, so the grade counts, {@link #notApplicable()} and {@link #notGraded()} add up
 * to the cohort. A family is not graded when it has no panel review, when its review gives no grade for the objective,
 * or when the grade is not on the scale; the last are also listed in {@link #offScale()} (audit validation reports
 * them).
 *
 * <pre>{@code
 * ObjectivePanelGrades o = analysis.panel().objective("fathers-and-males").orElseThrow();
 * for (GradeCount g : o.grades()) { ... g.grade().label() + ": " + g.families() ... }   // "Good: 6 of 15 families"
 * o.belowExpected();                                    // "7 of 15 families" graded below Good
 * }</pre>
 *
 * @param objective the objective, as the scope states it
 * @param grades one count per grade of the scale, best first, zero counts included
 * @param notApplicable families the panel found the objective does not apply to
 * @param notGraded families without a panel grade on the scale for the objective
 * @param offScale families whose panel grade names a grade that is not on the scale (part of {@code notGraded})
 * @param atOrAboveExpected families graded at or above the scale's expected standard
 * @param belowExpected families graded below the scale's expected standard
 */
public record ObjectivePanelGrades(
        Objective objective,
        List<GradeCount> grades,
        FamilyCount notApplicable,
        FamilyCount notGraded,
        FamilyCount offScale,
        FamilyCount atOrAboveExpected,
        FamilyCount belowExpected) {
    public ObjectivePanelGrades {
        present(objective, "objective panel grades objective");
        grades = list(grades, "objective panel grades grades");
        present(notApplicable, "objective panel grades notApplicable");
        present(notGraded, "objective panel grades notGraded");
        present(offScale, "objective panel grades offScale");
        present(atOrAboveExpected, "objective panel grades atOrAboveExpected");
        present(belowExpected, "objective panel grades belowExpected");
        int cohort = notGraded.families();
        int sum = notApplicable.count() + notGraded.count();
        for (GradeCount g : grades) {
            sum += g.count();
            sameCohort(g.families(), cohort);
        }
        for (FamilyCount c : List.of(notApplicable, offScale, atOrAboveExpected, belowExpected)) {
            sameCohort(c, cohort);
        }
        if (sum != cohort || offScale.count() > notGraded.count()) {
            throw new IllegalArgumentException("the panel's grades for objective '" + objective.id()
                    + "' must account for each of the " + cohort + " families once, but account for " + sum
                    + " (with " + offScale.count() + " off the scale of " + notGraded.count() + " not graded)");
        }
    }

    private static void sameCohort(FamilyCount count, int cohort) {
        if (count.families() != cohort) {
            throw new IllegalArgumentException(
                    "every count of the panel's grades is of the " + cohort + " families, but one is " + count);
        }
    }

    /** The objective's id. */
    public String id() {
        return objective.id();
    }

    /**
     * The families graded at the grade with this id.
     *
     * @throws IllegalArgumentException when the id is not a grade of the scale
     */
    public FamilyCount grade(String gradeId) {
        return grades.stream()
                .filter(g -> g.grade().id().equals(gradeId))
                .findFirst()
                .map(GradeCount::families)
                .orElseThrow(() -> new IllegalArgumentException("grade '" + gradeId + "' is not on the scale (grades: "
                        + grades.stream().map(g -> g.grade().id()).toList() + ")"));
    }

    /** The count per grade, best first: with the grades' labels, a chart's data. */
    public List<Integer> counts() {
        return grades.stream().map(GradeCount::count).toList();
    }

    /** How many families the panel graded on the scale for this objective. */
    public int graded() {
        return notGraded.families() - notGraded.count() - notApplicable.count();
    }
}
