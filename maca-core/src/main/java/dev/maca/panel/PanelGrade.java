package dev.maca.panel;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.returns.Judgement;
import java.util.Optional;

/**
 * The one multi-agency grade the panel agreed for one family and one objective, with its rationale, or "not
 * applicable" with the reason; and, where the agencies' own grades were two or more grades apart, how the panel
 * moderated them.
 *
 * @param grade the grade id on the scope's scale, or {@value Judgement#NOT_APPLICABLE} when the objective does not
 *     apply to the family
 * @param rationale why the panel agreed this grade, from what the agencies' records showed; or why the objective does
 *     not apply (required: validation refuses a blank one)
 * @param moderation the moderated view and how the agencies' difference was resolved, where their grades were two or
 *     more apart
 */
public record PanelGrade(String grade, String rationale, Optional<Moderation> moderation) {
    public PanelGrade {
        present(grade, "panel grade grade");
        present(rationale, "panel grade rationale");
        moderation = optional(moderation);
    }

    /** A grade with its rationale, without moderation. */
    public static PanelGrade of(String grade, String rationale) {
        return new PanelGrade(grade, rationale, Optional.empty());
    }

    /** The objective does not apply to this family, for this reason. */
    public static PanelGrade notApplicable(String reason) {
        return of(Judgement.NOT_APPLICABLE, reason);
    }

    /** This grade with the panel's moderation of the agencies' differing grades. */
    public PanelGrade moderated(String agreedView, String resolution) {
        return new PanelGrade(grade, rationale, Optional.of(new Moderation(agreedView, resolution)));
    }

    /** Whether the panel found that the objective does not apply to the family. */
    public boolean isNotApplicable() {
        return Judgement.NOT_APPLICABLE.equals(grade);
    }

    /** The grade as a judgement, as validation checks it against the scale. */
    public Judgement judgement() {
        return new Judgement(grade, rationale);
    }
}
