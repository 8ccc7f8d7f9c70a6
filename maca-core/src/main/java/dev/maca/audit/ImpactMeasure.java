package dev.maca.audit;

import static dev.maca.model.Preconditions.optional;

import java.util.Optional;

/**
 * How a recommendation's impact is measured: a family-level figure this audit gives as the baseline, and the number
 * of families it should reach at re-audit (e.g. "father seen by at least one agency: 6 of 15 families, target 12").
 *
 * <p>The figure is either a shared measure (the families where at least one agency's record shows it) or an
 * objective (the families the panel graded at or above the expected standard); exactly one of the two is given. The
 * baseline is never typed in: it comes from the panel's record, so it cannot drift from the findings.
 *
 * @param sharedMeasure the shared measure counted, by id (see {@code dev.maca.scope.SharedMeasures})
 * @param objectiveId the objective whose families at the expected standard are counted
 * @param targetFamilies how many families of a cohort the size of this one should meet it at re-audit
 */
public record ImpactMeasure(Optional<String> sharedMeasure, Optional<String> objectiveId, int targetFamilies) {
    public ImpactMeasure {
        sharedMeasure = optional(sharedMeasure);
        objectiveId = optional(objectiveId);
        if (sharedMeasure.isPresent() == objectiveId.isPresent()) {
            throw new IllegalArgumentException("impact measure must name exactly one of sharedMeasure or objectiveId");
        }
        if (targetFamilies < 0) {
            throw new IllegalArgumentException("impact measure targetFamilies must not be negative");
        }
    }

    /** A measure on a shared measure: the families where at least one agency's record shows it. */
    public static ImpactMeasure ofSharedMeasure(String measureId, int targetFamilies) {
        return new ImpactMeasure(Optional.of(measureId), Optional.empty(), targetFamilies);
    }

    /** A measure on an objective: the families the panel graded at or above the expected standard. */
    public static ImpactMeasure ofObjective(String objectiveId, int targetFamilies) {
        return new ImpactMeasure(Optional.empty(), Optional.of(objectiveId), targetFamilies);
    }
}
