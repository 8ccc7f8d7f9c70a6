package dev.maca.returns;

import static dev.maca.model.Preconditions.present;

/**
 * A grade on the audit's scale with the written rationale for it ("why you made this judgement"), or "not applicable"
 * with the reason.
 *
 * <p>An agency with no material involvement in what an objective asks about judges it {@linkplain #notApplicable(String)
 * not applicable} instead of grading it; so may the panel. Such a judgement carries the reserved grade id {@value
 * #NOT_APPLICABLE}, which no grading scale may use, gives its reason as the rationale, and is left out of every figure.
 *
 * @param grade the grade id on the scope's grading scale (checked by audit validation), or {@value #NOT_APPLICABLE}
 * @param rationale why the judgement was made, or why the objective does not apply (may be empty while a return is
 *     incomplete)
 */
public record Judgement(String grade, String rationale) {
    /** The grade id of a judgement that an objective does not apply: no grading scale may define a grade with it. */
    public static final String NOT_APPLICABLE = "not-applicable";

    /** How forms and documents print a judgement that an objective does not apply. */
    public static final String NOT_APPLICABLE_LABEL = "Not applicable / no material involvement";

    public Judgement {
        present(grade, "judgement grade");
        present(rationale, "judgement rationale");
    }

    /** A judgement that the objective does not apply, for this reason (e.g. "No contact with the family after May"). */
    public static Judgement notApplicable(String reason) {
        return new Judgement(NOT_APPLICABLE, reason);
    }

    /** Whether this judgement says the objective does not apply rather than grading it. */
    public boolean isNotApplicable() {
        return NOT_APPLICABLE.equals(grade);
    }
}
