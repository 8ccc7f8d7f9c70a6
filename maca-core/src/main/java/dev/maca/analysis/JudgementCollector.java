package dev.maca.analysis;

import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.GradingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the judgements of one thing (an objective, or the overall judgement) case by case, in cohort order. */
final class JudgementCollector {
    private final GradingScale scale;
    private final Map<String, Integer> ranks;
    private final int expectedRank;
    private final List<AgencyRequirement> agencies;
    private final Counter[] byAgency;
    private final Counter byCase;
    private final List<ReturnRef> offScale = new ArrayList<>();
    private final List<List<ReturnRef>> offScaleByAgency = new ArrayList<>();
    private final List<CaseOfConcern> concerns = new ArrayList<>();
    private final List<Divergence> divergences = new ArrayList<>();
    private int compared;

    private final ReturnRef[] table;
    private CaseRef currentCase;
    private final List<AgencyGrade> currentGrades = new ArrayList<>();
    private final List<Integer> currentOrdinals = new ArrayList<>();

    JudgementCollector(
            GradingScale scale,
            Map<String, Integer> ranks,
            int expectedRank,
            List<AgencyRequirement> agencies,
            ReturnRef[] table) {
        this.scale = scale;
        this.table = table;
        this.ranks = ranks;
        this.expectedRank = expectedRank;
        this.agencies = agencies;
        int grades = scale.grades().size();
        byCase = new Counter(grades);
        byAgency = new Counter[agencies.size()];
        for (int i = 0; i < byAgency.length; i++) {
            byAgency[i] = new Counter(grades);
            offScaleByAgency.add(new ArrayList<>());
        }
    }

    void startCase(CaseRef caseRef) {
        currentCase = caseRef;
        currentGrades.clear();
        currentOrdinals.clear();
    }

    void add(int agencyIndex, int ordinal, String gradeId) {
        ReturnRef ref = table[ordinal];
        Integer rank = ranks.get(gradeId);
        if (rank == null) {
            offScale.add(ref);
            offScaleByAgency.get(agencyIndex).add(ref);
            return;
        }
        byAgency[agencyIndex].add(rank, ordinal);
        currentOrdinals.add(ordinal);
        currentGrades.add(new AgencyGrade(ref, scale.grades().get(rank), rank));
    }

    void endCase() {
        if (currentGrades.isEmpty()) {
            return;
        }
        int best = Integer.MAX_VALUE;
        int worst = Integer.MIN_VALUE;
        List<AgencyGrade> below = new ArrayList<>();
        for (AgencyGrade grade : currentGrades) {
            best = Math.min(best, grade.rank());
            worst = Math.max(worst, grade.rank());
            if (grade.rank() > expectedRank) {
                below.add(grade);
            }
        }
        byCase.add(worst, currentOrdinals.stream().mapToInt(Integer::intValue).toArray());
        if (!below.isEmpty()) {
            concerns.add(new CaseOfConcern(currentCase, below));
        }
        if (currentGrades.size() > 1) {
            compared++;
            if (worst - best >= Divergence.MIN_SPREAD) {
                divergences.add(new Divergence(currentCase, worst - best, currentGrades));
            }
        }
    }

    JudgementAnalysis result() {
        List<AgencyGrades> agencyGrades = new ArrayList<>(agencies.size());
        for (int i = 0; i < agencies.size(); i++) {
            agencyGrades.add(new AgencyGrades(agencies.get(i), distribution(byAgency[i], offScaleByAgency.get(i))));
        }
        return new JudgementAnalysis(
                distribution(Counter.sum(scale.grades().size(), byAgency), offScale),
                agencyGrades,
                distribution(byCase, offScale),
                concerns,
                divergences,
                compared);
    }

    private GradeDistribution distribution(Counter counter, List<ReturnRef> offScaleRefs) {
        return new GradeDistribution(
                scale, counter.tallies(scale.grades(), table), counter.sources(table), offScaleRefs);
    }
}
