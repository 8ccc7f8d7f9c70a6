package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * A case whose agencies' judgements are {@value #MIN_SPREAD} or more grades apart: a multi-agency finding in itself, and
 * a prompt for the Professional Differences (escalation) policy.
 *
 * @param caseRef the case
 * @param spread how many grades apart the best and the worst judgements are ({@value #MIN_SPREAD} or more)
 * @param grades every agency's judgement of the case, in the scope's agency order
 */
public record Divergence(CaseRef caseRef, int spread, List<AgencyGrade> grades) {
    /** The least distance between two agencies' grades that makes a divergence. */
    public static final int MIN_SPREAD = 2;

    public Divergence {
        present(caseRef, "divergence caseRef");
        grades = list(grades, "divergence grades");
        int best = grades.stream().mapToInt(AgencyGrade::rank).min().orElse(0);
        int worst = grades.stream().mapToInt(AgencyGrade::rank).max().orElse(0);
        if (spread != worst - best || spread < MIN_SPREAD) {
            throw new IllegalArgumentException("a divergence needs grades at least " + MIN_SPREAD
                    + " apart and its spread equal to their distance (" + (worst - best) + "), but spread was "
                    + spread);
        }
    }

    /** The judgements at the best grade given, in the scope's agency order. */
    public List<AgencyGrade> best() {
        int best = grades.stream().mapToInt(AgencyGrade::rank).min().orElseThrow();
        return grades.stream().filter(g -> g.rank() == best).toList();
    }

    /** The judgements at the worst grade given, in the scope's agency order. */
    public List<AgencyGrade> worst() {
        int worst = grades.stream().mapToInt(AgencyGrade::rank).max().orElseThrow();
        return grades.stream().filter(g -> g.rank() == worst).toList();
    }

    /** The returns compared. */
    public List<ReturnRef> sources() {
        return grades.stream().map(AgencyGrade::source).toList();
    }
}
