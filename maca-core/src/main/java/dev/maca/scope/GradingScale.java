package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ordered grades an audit judges practice on, best first, and the line that separates practice of the expected
 * standard from practice of concern.
 *
 * <p>The default is Ofsted's four-point scale ({@link #ofsted()}); partnerships that grade Red / Amber / Green use
 * {@link #rag()} or their own.
 *
 * @param name the scale's name as printed, as the scope gives it (e.g. "four-point practice scale")
 * @param grades the grades, best first
 * @param expectedStandard the id of the lowest grade that still meets the expected standard (e.g. {@code good}); a
 *     judgement below it makes a case "of concern"
 */
public record GradingScale(String name, List<Grade> grades, String expectedStandard) {
    public GradingScale {
        nonBlank(name, "grading scale name");
        grades = list(grades, "grading scale grades");
        present(expectedStandard, "grading scale expectedStandard");
    }

    /**
     * Outstanding, Good, Requires improvement, Inadequate, with MACA's own descriptors; Good and above meet the
     * expected standard. The words are Ofsted's, the descriptors are not, so the scale is not named after Ofsted.
     */
    public static GradingScale ofsted() {
        return new GradingScale(
                "four-point practice scale",
                List.of(
                        new Grade(
                                "outstanding",
                                "Outstanding",
                                "Practice is exceptional: it makes a significant, sustained difference to the child's"
                                        + " life and could be shared as best practice."),
                        new Grade(
                                "good",
                                "Good",
                                "Practice meets the expected standard: risks are understood, plans are effective and"
                                        + " the child's needs are met."),
                        new Grade(
                                "requires-improvement",
                                "Requires improvement",
                                "Practice is not yet good: there are no widespread or serious failures, but the"
                                        + " difference made for the child is not consistent."),
                        new Grade(
                                "inadequate",
                                "Inadequate",
                                "Practice has widespread or serious failures that leave the child at risk of harm or"
                                        + " with needs unmet.")),
                "good");
    }

    /** Green, Amber, Red; only Green meets the expected standard. */
    public static GradingScale rag() {
        return new GradingScale(
                "RAG rating",
                List.of(
                        new Grade("green", "Green", "Practice meets the expected standard."),
                        new Grade("amber", "Amber", "Practice partly meets the expected standard."),
                        new Grade("red", "Red", "Practice does not meet the expected standard.")),
                "green");
    }

    /** The grade with this id, if the scale has one. */
    public Optional<Grade> grade(String id) {
        return grades.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Whether this scale has a grade with this id. */
    public boolean contains(String id) {
        return rank(id).isPresent();
    }

    /** The position of a grade, 0 for the best; empty when the id is not on the scale. */
    public OptionalInt rank(String id) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).id().equals(id)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether a grade falls below the expected standard.
     *
     * @throws IllegalArgumentException when {@code id} is not on this scale
     */
    public boolean isBelowExpectedStandard(String id) {
        return rankOrThrow(id) > rankOrThrow(expectedStandard);
    }

    /**
     * How many grades apart two judgements are (0 when equal).
     *
     * @throws IllegalArgumentException when either id is not on this scale
     */
    public int distance(String a, String b) {
        return Math.abs(rankOrThrow(a) - rankOrThrow(b));
    }

    /** The label of a grade, or the id itself when the scale does not know it. */
    public String label(String id) {
        return grade(id).map(Grade::label).orElse(id);
    }

    private int rankOrThrow(String id) {
        return rank(id).orElseThrow(() -> new IllegalArgumentException("grade '" + id + "' is not on the " + name
                + " (grades: " + grades.stream().map(Grade::id).toList() + ")"));
    }
}
