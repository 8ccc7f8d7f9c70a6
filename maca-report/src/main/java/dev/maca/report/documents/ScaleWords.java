package dev.maca.report.documents;

import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import java.util.List;

/**
 * The words a report uses for "at the expected standard" and "below it", derived from the scope's scale, so that "Green
 * or better" is never printed where Green is the top grade and "below Good" is never printed on a scale without Good.
 */
final class ScaleWords {
    private ScaleWords() {}

    /** "Good or better" on a scale with grades above the expected standard; "Green" where it is the top grade. */
    static String atOrAbove(GradingScale scale) {
        List<Grade> grades = scale.grades();
        String expected = scale.label(scale.expectedStandard());
        boolean top = !grades.isEmpty() && grades.get(0).id().equals(scale.expectedStandard());
        return top ? expected : expected + " or better";
    }

    /** "below Good": the grades short of the expected standard, named by it. */
    static String below(GradingScale scale) {
        return "below " + scale.label(scale.expectedStandard());
    }
}
