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
    // The current case's judgements as plain ints: grade objects are made only for a case of concern or a divergence.
    private int[] currentOrdinals = new int[8];
    private int[] currentRanks = new int[8];
    private int currentCount;

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
        currentCount = 0;
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
        if (currentCount == currentOrdinals.length) {
            currentOrdinals = java.util.Arrays.copyOf(currentOrdinals, currentCount * 2);
            currentRanks = java.util.Arrays.copyOf(currentRanks, currentCount * 2);
        }
        currentOrdinals[currentCount] = ordinal;
        currentRanks[currentCount] = rank;
        currentCount++;
    }

    void endCase() {
        if (currentCount == 0) {
            return;
        }
        int best = Integer.MAX_VALUE;
        int worst = Integer.MIN_VALUE;
        for (int i = 0; i < currentCount; i++) {
            best = Math.min(best, currentRanks[i]);
            worst = Math.max(worst, currentRanks[i]);
        }
        byCase.add(worst, java.util.Arrays.copyOf(currentOrdinals, currentCount));
        if (worst > expectedRank) {
            List<AgencyGrade> below = new ArrayList<>();
            for (int i = 0; i < currentCount; i++) {
                if (currentRanks[i] > expectedRank) {
                    below.add(grade(i));
                }
            }
            concerns.add(new CaseOfConcern(currentCase, below));
        }
        if (currentCount > 1) {
            compared++;
            if (worst - best >= Divergence.MIN_SPREAD) {
                List<AgencyGrade> grades = new ArrayList<>(currentCount);
                for (int i = 0; i < currentCount; i++) {
                    grades.add(grade(i));
                }
                divergences.add(new Divergence(currentCase, worst - best, grades));
            }
        }
    }

    private AgencyGrade grade(int index) {
        int rank = currentRanks[index];
        return new AgencyGrade(table[currentOrdinals[index]], scale.grades().get(rank), rank);
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
