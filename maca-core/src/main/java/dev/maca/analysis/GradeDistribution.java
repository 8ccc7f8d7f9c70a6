package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * How many judgements (or cases) fell on each grade of the audit's scale — every grade present, best first, zero
 * counts included — with the line the scale draws at its expected standard.
 *
 * <p>What one count stands for depends on where the distribution comes from: see {@link JudgementAnalysis#all()} (one
 * agency's judgement of one case) and {@link JudgementAnalysis#byCase()} (one case, at its lowest grade).
 *
 * <pre>{@code
 * GradeDistribution d = analysis.objective("fathers-and-males").orElseThrow().judgements().byCase();
 * Proportion good = d.atOrAboveExpected();            // e.g. 7 of 15
 * int percent = good.percent().orElse(0);             // 47
 * String line = d.scale().label(d.scale().expectedStandard()); // "Good"
 * }</pre>
 *
 * @param scale the scale judged on
 * @param tallies one tally per grade of the scale, best first
 * @param sources every return counted, each once, in cohort then agency order
 * @param offScale returns whose judgement named a grade that is not on the scale, left out of every count (audit
 *     validation reports them)
 */
public record GradeDistribution(
        GradingScale scale, List<Tally<Grade>> tallies, List<ReturnRef> sources, List<ReturnRef> offScale)
        implements Breakdown<Grade> {
    public GradeDistribution {
        present(scale, "distribution scale");
        tallies = list(tallies, "distribution tallies");
        sources = SourceList.immutable(sources, "distribution sources");
        offScale = list(offScale, "distribution offScale");
        Breakdowns.check(tallies, scale.grades(), "a grade distribution");
    }

    @Override
    public List<String> labels() {
        return tallies.stream().map(t -> t.key().label()).toList();
    }

    /**
     * The tally of the grade with this id.
     *
     * @throws IllegalArgumentException when the id is not on the scale
     */
    public Tally<Grade> tally(String gradeId) {
        return tallies.get(rankOf(gradeId));
    }

    /** How many fell on the grade with this id. */
    public int count(String gradeId) {
        return tally(gradeId).count();
    }

    /** The share that fell on the grade with this id. */
    public Proportion share(String gradeId) {
        return tally(gradeId).share();
    }

    /** How many were at or above the given grade ("Good or better"). */
    public Proportion atOrAbove(String gradeId) {
        int rank = rankOf(gradeId);
        return new Proportion(sum(r -> r <= rank), total());
    }

    /** How many met the scale's expected standard: at or above it. */
    public Proportion atOrAboveExpected() {
        return atOrAbove(scale.expectedStandard());
    }

    /** How many fell below the scale's expected standard: "of concern". */
    public Proportion belowExpected() {
        int rank = rankOf(scale.expectedStandard());
        return new Proportion(sum(r -> r > rank), total());
    }

    /** The count of {@link #atOrAboveExpected()}. */
    public int countAtOrAboveExpected() {
        return atOrAboveExpected().count();
    }

    /** The count of {@link #belowExpected()}. */
    public int countBelowExpected() {
        return belowExpected().count();
    }

    /** The returns behind {@link #atOrAboveExpected()}, in cohort then agency order. */
    public List<ReturnRef> sourcesAtOrAboveExpected() {
        int rank = rankOf(scale.expectedStandard());
        return sourcesWhere(r -> r <= rank);
    }

    /** The returns behind {@link #belowExpected()}, in cohort then agency order. */
    public List<ReturnRef> sourcesBelowExpected() {
        int rank = rankOf(scale.expectedStandard());
        return sourcesWhere(r -> r > rank);
    }

    private int sum(IntPredicate rankMatches) {
        int sum = 0;
        for (int r = 0; r < tallies.size(); r++) {
            if (rankMatches.test(r)) {
                sum += tallies.get(r).count();
            }
        }
        return sum;
    }

    private List<ReturnRef> sourcesWhere(IntPredicate rankMatches) {
        Set<ReturnRef> wanted = new HashSet<>();
        for (int r = 0; r < tallies.size(); r++) {
            if (rankMatches.test(r)) {
                wanted.addAll(tallies.get(r).sources());
            }
        }
        return sources.stream().filter(wanted::contains).toList();
    }

    private int rankOf(String gradeId) {
        return scale.rank(gradeId)
                .orElseThrow(() -> new IllegalArgumentException("grade '" + gradeId + "' is not on the "
                        + scale.name() + " (grades: "
                        + scale.grades().stream().map(Grade::id).toList() + ")"));
    }
}
