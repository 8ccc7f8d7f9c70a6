package dev.maca.returns;

import static dev.maca.model.Preconditions.present;

/**
 * A grade on the audit's scale with the written rationale for it ("why you made this judgement").
 *
 * @param grade the grade id on the scope's grading scale (checked by audit validation)
 * @param rationale why the judgement was made (may be empty while a return is incomplete)
 */
public record Judgement(String grade, String rationale) {
    public Judgement {
        present(grade, "judgement grade");
        present(rationale, "judgement rationale");
    }
}
