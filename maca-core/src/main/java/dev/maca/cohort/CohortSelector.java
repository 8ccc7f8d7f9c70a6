package dev.maca.cohort;

import dev.maca.model.Preconditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selects an audit's cohort from candidate cases against its criteria.
 *
 * <p>The order is stable and documented: candidates are considered in the order given (a partnership lists them, for
 * example, by referral date), and the first {@code targetSize} that meet every criterion are selected. Every other
 * candidate is excluded with each reason that applies: each unmet feature, no engagement in the period, or — for an
 * eligible candidate beyond the target — a full cohort. A candidate whose case id was already listed is excluded as a
 * duplicate, so one family never takes two places.
 */
public final class CohortSelector {
    private CohortSelector() {}

    /** Selects the cohort; never fails for a shortfall, which {@link CohortSelection#shortfallWarning()} reports. */
    public static CohortSelection select(CohortCriteria criteria, List<CaseRecord> candidates) {
        Preconditions.present(criteria, "cohort criteria");
        Preconditions.list(candidates, "candidates");
        List<CaseRecord> cohort = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int position = 0; position < candidates.size(); position++) {
            CaseRecord candidate = candidates.get(position);
            Integer first = positions.putIfAbsent(candidate.id(), position);
            if (first != null) {
                exclusions.add(new Exclusion(
                        candidate,
                        List.of(new ExclusionReason(
                                ExclusionReason.Kind.DUPLICATE_ID,
                                "the case id '" + candidate.id() + "' is already used by candidate " + (first + 1)
                                        + "; give every case its own id"))));
                continue;
            }
            List<ExclusionReason> reasons = unmetCriteria(criteria, candidate);
            if (reasons.isEmpty() && cohort.size() < criteria.targetSize()) {
                cohort.add(candidate);
            } else if (reasons.isEmpty()) {
                exclusions.add(new Exclusion(
                        candidate,
                        List.of(new ExclusionReason(
                                ExclusionReason.Kind.COHORT_FULL,
                                "meets the criteria, but the cohort had already reached its target of "
                                        + criteria.targetSize()))));
            } else {
                exclusions.add(new Exclusion(candidate, reasons));
            }
        }
        return new CohortSelection(criteria.targetSize(), cohort, exclusions);
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
        return reasons;
    }
}
