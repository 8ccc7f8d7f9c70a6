package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * The agencies' judgements of one thing — an objective, or practice in the case overall — across the cohort: their
 * distribution on the scale overall, by agency and by case; the cases of concern; and the cases where agencies
 * disagree by {@value Divergence#MIN_SPREAD} or more grades.
 *
 * <p>Two units are counted, and a document must say which it prints:
 *
 * <ul>
 *   <li>{@link #all()} and {@link #byAgency()} count <em>judgements</em>: one per agency return that judged it;
 *   <li>{@link #byCase()} counts <em>cases</em>: each case judged by any agency, at the lowest grade any agency gave
 *       it. Its {@code countAtOrAboveExpected()} is "cases every agency judged Good or better", its
 *       {@code countBelowExpected()} equals the number of {@link #casesOfConcern()}, and its total is the number of
 *       cases judged (which may be fewer than the cohort).
 * </ul>
 *
 * @param all every agency's judgement of every case
 * @param byAgency one distribution per agency the scope requires, in the scope's order, each present even when empty
 * @param byCase each case counted once at the lowest grade it was given (sources: every return that judged it)
 * @param casesOfConcern cases with any judgement below the expected standard, in cohort order
 * @param divergences cases whose judgements are {@value Divergence#MIN_SPREAD} or more grades apart, in cohort order
 * @param casesCompared how many cases were judged by two or more agencies, so could diverge
 */
public record JudgementAnalysis(
        GradeDistribution all,
        List<AgencyGrades> byAgency,
        GradeDistribution byCase,
        List<CaseOfConcern> casesOfConcern,
        List<Divergence> divergences,
        int casesCompared) {
    public JudgementAnalysis {
        present(all, "judgement analysis all");
        byAgency = list(byAgency, "judgement analysis byAgency");
        present(byCase, "judgement analysis byCase");
        casesOfConcern = list(casesOfConcern, "judgement analysis casesOfConcern");
        divergences = list(divergences, "judgement analysis divergences");
        if (casesCompared < divergences.size()) {
            throw new IllegalArgumentException("judgement analysis has " + divergences.size()
                    + " divergences among only " + casesCompared + " cases compared");
        }
    }

    /**
     * One agency's judgements.
     *
     * @throws IllegalArgumentException when the scope does not require that agency
     */
    public GradeDistribution agency(String agencyId) {
        return byAgency.stream()
                .filter(a -> a.agencyId().equals(agencyId))
                .findFirst()
                .map(AgencyGrades::grades)
                .orElseThrow(() -> new IllegalArgumentException("agency '" + agencyId
                        + "' is not required by the scope; the agencies are "
                        + byAgency.stream().map(AgencyGrades::agencyId).toList()));
    }

    /** Cases of concern of the cases judged. */
    public Proportion concern() {
        return new Proportion(casesOfConcern.size(), byCase.total());
    }

    /** Divergent cases of the cases judged by two or more agencies. */
    public Proportion divergence() {
        return new Proportion(divergences.size(), casesCompared);
    }
}
