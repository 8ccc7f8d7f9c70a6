package dev.maca.report.forms;

import dev.maca.returns.Judgement;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import java.util.ArrayList;
import java.util.List;

/**
 * How a form offers the grades of an objective judgement — the scale's labels, then "not applicable" — and reads a
 * chosen label back into a judgement, the same on an agency's form and the panel's record.
 */
final class GradeOptions {
    private GradeOptions() {}

    /** The scale's grade labels, best first: the options of an overall judgement or a graded question. */
    static List<String> grades(GradingScale scale) {
        return scale.grades().stream().map(Grade::label).toList();
    }

    /** The options of an objective judgement: the scale's grades, then "not applicable". */
    static List<String> withNotApplicable(GradingScale scale) {
        List<String> options = new ArrayList<>(grades(scale));
        options.add(Judgement.NOT_APPLICABLE_LABEL);
        return List.copyOf(options);
    }

    /** The label a form shows for a grade id (or "not applicable"). */
    static String label(GradingScale scale, String gradeId) {
        return Judgement.NOT_APPLICABLE.equals(gradeId) ? Judgement.NOT_APPLICABLE_LABEL : scale.label(gradeId);
    }

    /** The grade id of a chosen label, which the form reader has already checked is one of the options. */
    static String gradeId(GradingScale scale, String label) {
        if (label.equals(Judgement.NOT_APPLICABLE_LABEL)) {
            return Judgement.NOT_APPLICABLE;
        }
        return scale.grades().stream()
                .filter(g -> g.label().equals(label))
                .map(Grade::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("checked against the options: " + label));
    }
}
