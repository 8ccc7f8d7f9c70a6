package dev.maca.analysis;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Grade;
import java.util.Optional;

/**
 * One cell of the family × objective grid: the grade the panel agreed for one family and one objective, or that it
 * found the objective not applicable, or that there is no grade on the scale, so a report can show every family's
 * panel grades at a glance.
 *
 * @param objectiveId the objective
 * @param state graded, not applicable or not graded
 * @param grade the panel's grade, present exactly when {@code state} is {@link State#GRADED}
 */
public record PanelCell(String objectiveId, State state, Optional<Grade> grade) {
    public PanelCell {
        present(objectiveId, "panel cell objectiveId");
        present(state, "panel cell state");
        grade = optional(grade);
        if (grade.isPresent() != (state == State.GRADED)) {
            throw new IllegalArgumentException("a panel cell has a grade exactly when it is graded, but objective '"
                    + objectiveId + "' is " + state + " with grade " + grade);
        }
    }

    /** The panel graded the family at this grade. */
    public static PanelCell graded(String objectiveId, Grade grade) {
        return new PanelCell(objectiveId, State.GRADED, Optional.of(present(grade, "grade")));
    }

    /** The panel found the objective does not apply to the family. */
    public static PanelCell notApplicable(String objectiveId) {
        return new PanelCell(objectiveId, State.NOT_APPLICABLE, Optional.empty());
    }

    /** There is no panel grade on the scale for the family and objective. */
    public static PanelCell notGraded(String objectiveId) {
        return new PanelCell(objectiveId, State.NOT_GRADED, Optional.empty());
    }

    /** What a cell of the grid says. */
    public enum State {
        /** The panel agreed a grade on the scale. */
        GRADED,
        /** The panel found the objective does not apply to the family. */
        NOT_APPLICABLE,
        /** No panel review, no grade for the objective in it, or a grade not on the scale. */
        NOT_GRADED
    }
}
