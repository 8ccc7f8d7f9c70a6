package dev.maca.cohort;

import dev.maca.model.Preconditions;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Selects an audit's cohort from candidate cases against its criteria.
 *
 * <p>First, every candidate is checked against every criterion: each required feature, engagement with a key service
 * in the period, a child in the age range in the reference month (see {@link CohortCriteria}), and each exclusion rule
 * (live care proceedings, a practice review under way, the index family). A candidate that fails any is excluded with
 * each reason that applies, in that order. A candidate whose case id was already listed is excluded as a duplicate,
 * so one family never takes two places.
 *
 * <p>Then the cohort is chosen from the eligible candidates by the criteria's {@link SelectionMethod}: the first
 * {@code targetSize} in the order listed (the others are excluded because the cohort was full), or a seeded random or
 * stratified draw (the others are excluded as not drawn). However chosen, the cohort is given in the order the
 * candidates were listed. A method whose target exceeds the eligible candidates takes them all, and {@link
 * CohortSelection#shortfallWarning()} says how many are missing.
 */
public final class CohortSelector {
    private CohortSelector() {}

    /** Selects the cohort; never fails for a shortfall, which {@link CohortSelection#shortfallWarning()} reports. */
    public static CohortSelection select(CohortCriteria criteria, List<CaseRecord> candidates) {
        Preconditions.present(criteria, "cohort criteria");
        Preconditions.list(candidates, "candidates");
        Map<Integer, Exclusion> excluded = new HashMap<>();
        List<CaseRecord> eligible = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int position = 0; position < candidates.size(); position++) {
            CaseRecord candidate = candidates.get(position);
            Integer first = positions.putIfAbsent(candidate.id(), position);
            if (first != null) {
                excluded.put(
                        position,
                        new Exclusion(
                                candidate,
                                List.of(new ExclusionReason(
                                        ExclusionReason.Kind.DUPLICATE_ID,
                                        "the case id '" + candidate.id() + "' is already used by candidate "
                                                + (first + 1) + "; give every case its own id"))));
                continue;
            }
            List<ExclusionReason> reasons = unmetCriteria(criteria, candidate);
            if (reasons.isEmpty()) {
                eligible.add(candidate);
            } else {
                excluded.put(position, new Exclusion(candidate, reasons));
            }
        }
        CohortDraw.Result draw = CohortDraw.draw(criteria, eligible);
        List<CaseRecord> cohort = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (int position = 0; position < candidates.size(); position++) {
            CaseRecord candidate = candidates.get(position);
            Exclusion exclusion = excluded.get(position);
            if (exclusion != null) {
                exclusions.add(exclusion);
            } else if (draw.chosen().contains(candidate.id())) {
                cohort.add(candidate);
            } else {
                exclusions.add(new Exclusion(candidate, List.of(draw.reasonFor(candidate))));
            }
        }
        return new CohortSelection(criteria.targetSize(), cohort, exclusions, draw.strata());
    }

    /** Every criterion this candidate does not meet, in the order of the criteria; empty when it is eligible. */
    public static List<ExclusionReason> unmetCriteria(CohortCriteria criteria, CaseRecord candidate) {
        List<ExclusionReason> reasons = new ArrayList<>();
        for (FeatureRequirement feature : criteria.features()) {
            if (!feature.isMetBy(candidate.features())) {
                reasons.add(
                        new ExclusionReason(ExclusionReason.Kind.MISSING_FEATURE, "does not have: " + feature.label()));
            }
        }
        EngagementRequirement engagement = criteria.engagement();
        if (candidate.involvements().stream().noneMatch(engagement::isMetBy)) {
            reasons.add(new ExclusionReason(
                    ExclusionReason.Kind.NO_ENGAGEMENT,
                    "no " + (engagement.keyServices().isEmpty() ? "agency" : "key service") + " involved from "
                            + engagement.from() + " to " + engagement.to() + " (" + engagement.description() + ")"));
        }
        criteria.childAge()
                .flatMap(range -> ageReason(range, engagement.to(), candidate))
                .ifPresent(reasons::add);
        for (CaseFlag rule : criteria.exclusionRules()) {
            if (candidate.has(rule)) {
                reasons.add(new ExclusionReason(rule.kind(), rule.reason()));
            }
        }
        return reasons;
    }

    /** The month in words, e.g. "December 2020", as exclusion reasons give it. */
    static String inWords(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    private static Optional<ExclusionReason> ageReason(AgeRange range, YearMonth on, CaseRecord candidate) {
        List<ChildAge> ages = ChildAge.of(candidate, on);
        if (ages.stream().anyMatch(age -> age.placement(range) == ChildAge.Placement.IN)) {
            return Optional.empty();
        }
        List<String> details = new ArrayList<>();
        for (ChildAge age : ages) {
            details.add(
                    age.placement(range) == ChildAge.Placement.UNKNOWN
                            ? age.describe() + ", which may be outside the range: record the child's birth month"
                            : age.describe());
        }
        String why = details.isEmpty() ? "no child is recorded" : String.join("; ", details);
        return Optional.of(new ExclusionReason(
                ExclusionReason.Kind.AGE_OUT_OF_RANGE,
                "no child " + range.label() + " in " + inWords(on) + " (" + why + ")"));
    }
}
