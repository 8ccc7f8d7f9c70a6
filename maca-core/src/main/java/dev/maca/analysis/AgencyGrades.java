package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;

/**
 * One agency's judgements on the scale: a row of a per-agency table.
 *
 * @param agency the agency, as the scope names it
 * @param grades its judgements, one per case it judged
 */
public record AgencyGrades(AgencyRequirement agency, GradeDistribution grades) {
    public AgencyGrades {
        present(agency, "agency grades agency");
        present(grades, "agency grades grades");
    }

    /** The agency's id. */
    public String agencyId() {
        return agency.id();
    }
}
