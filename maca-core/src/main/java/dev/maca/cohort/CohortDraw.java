package dev.maca.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Chooses the cohort from the eligible candidates by the criteria's selection method (see {@link SelectionMethod}). */
final class CohortDraw {
    private CohortDraw() {}

    /**
     * What the draw chose, and why each eligible candidate it did not choose was left out.
     *
     * @param chosen the ids of the chosen candidates
     * @param strata the strata, for a stratified draw
     * @param notChosen the reason for each eligible candidate not chosen, by case id
     */
    record Result(Set<String> chosen, List<StratumAllocation> strata, Map<String, ExclusionReason> notChosen) {
        ExclusionReason reasonFor(CaseRecord candidate) {
            return notChosen.get(candidate.id());
        }
    }

    static Result draw(CohortCriteria criteria, List<CaseRecord> eligible) {
        SelectionMethod method = criteria.selectionMethod();
        int target = criteria.targetSize();
        return switch (method.kind()) {
            case IN_LISTED_ORDER -> result(
                    eligible.subList(0, Math.min(target, eligible.size())),
                    eligible,
                    List.of(),
                    candidate -> new ExclusionReason(
                            ExclusionReason.Kind.COHORT_FULL,
                            "meets the criteria, but the cohort had already reached its target of " + target));
            case SEEDED_RANDOM -> {
                long seed = method.seed().orElseThrow();
                List<CaseRecord> shuffled = new SeededShuffle(seed).shuffle(eligible);
                yield result(
                        shuffled.subList(0, Math.min(target, shuffled.size())),
                        eligible,
                        List.of(),
                        candidate -> new ExclusionReason(
                                ExclusionReason.Kind.NOT_DRAWN,
                                "meets the criteria, but was not among the " + target + " drawn at random (seed " + seed
                                        + ") from the " + eligible.size() + " eligible families"));
            }
            case STRATIFIED -> stratified(criteria, method, eligible);
        };
    }

    private static Result stratified(CohortCriteria criteria, SelectionMethod method, List<CaseRecord> eligible) {
        String fieldText = method.stratifyBy().orElseThrow();
        var field = StratumField.parse(fieldText);
        Map<StratumField.Stratum, List<CaseRecord>> strata = new TreeMap<>();
        for (CaseRecord candidate : eligible) {
            StratumField.Stratum stratum = field.map(f -> f.stratumOf(candidate, criteria))
                    .orElse(new StratumField.Stratum("all eligible families", 0));
            strata.computeIfAbsent(stratum, s -> new ArrayList<>()).add(candidate);
        }
        List<StratumField.Stratum> order = new ArrayList<>(strata.keySet());
        int[] allotted = allot(
                criteria.targetSize(),
                order.stream().mapToInt(s -> strata.get(s).size()).toArray());
        SeededShuffle generator = method.seed().map(SeededShuffle::new).orElse(null);
        List<CaseRecord> chosen = new ArrayList<>();
        List<StratumAllocation> allocations = new ArrayList<>();
        Map<String, ExclusionReason> reasons = new HashMap<>();
        for (int s = 0; s < order.size(); s++) {
            StratumField.Stratum stratum = order.get(s);
            List<CaseRecord> members = strata.get(stratum);
            List<CaseRecord> drawOrder = generator == null ? members : generator.shuffle(members);
            chosen.addAll(drawOrder.subList(0, allotted[s]));
            allocations.add(new StratumAllocation(stratum.label(), members.size(), allotted[s]));
            String why = "meets the criteria, but its stratum (" + fieldText.strip() + ": " + stratum.label()
                    + ") was given " + allotted[s] + " of the " + criteria.targetSize() + " places for its "
                    + members.size() + " eligible families"
                    + (generator == null ? ", taken in the order listed" : ", drawn at random");
            members.forEach(m -> reasons.put(m.id(), new ExclusionReason(ExclusionReason.Kind.NOT_DRAWN, why)));
        }
        return new Result(ids(chosen), List.copyOf(allocations), Map.copyOf(reasons));
    }

    /**
     * Proportional allocation by largest remainder (Hamilton's method): each stratum gets the whole part of {@code
     * target × size / total}, and the places left go one each to the strata with the largest remainders, ties going
     * to the stratum listed first. When the target is at least the total, every stratum gets all its families.
     */
    static int[] allot(int target, int[] sizes) {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        int[] allotted = new int[sizes.length];
        if (target >= total) {
            return sizes.clone();
        }
        long[] remainders = new long[sizes.length];
        int given = 0;
        for (int s = 0; s < sizes.length; s++) {
            long share = (long) target * sizes[s];
            allotted[s] = (int) (share / total);
            remainders[s] = share % total;
            given += allotted[s];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            byRemainder.add(s);
        }
        byRemainder.sort((a, b) ->
                remainders[a] != remainders[b] ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int i = 0; given < target; i++) {
            allotted[byRemainder.get(i)]++;
            given++;
        }
        return allotted;
    }

    private static Result result(
            List<CaseRecord> chosen,
            List<CaseRecord> eligible,
            List<StratumAllocation> strata,
            java.util.function.Function<CaseRecord, ExclusionReason> reason) {
        Set<String> ids = ids(chosen);
        Map<String, ExclusionReason> reasons = new HashMap<>();
        eligible.stream().filter(c -> !ids.contains(c.id())).forEach(c -> reasons.put(c.id(), reason.apply(c)));
        return new Result(ids, strata, Map.copyOf(reasons));
    }

    private static Set<String> ids(List<CaseRecord> cases) {
        Set<String> ids = new LinkedHashSet<>();
        cases.forEach(c -> ids.add(c.id()));
        return Set.copyOf(ids);
    }
}
