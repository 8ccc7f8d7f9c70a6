package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;

/**
 * One agency's participation: its returns received of those expected.
 *
 * @param agency the agency
 * @param rate its returns received of those expected
 */
public record AgencyCompleteness(AgencyRequirement agency, CompletenessRate rate) {
    public AgencyCompleteness {
        present(agency, "agency completeness agency");
        present(rate, "agency completeness rate");
    }

    /** The agency's id. */
    public String agencyId() {
        return agency.id();
    }
}
