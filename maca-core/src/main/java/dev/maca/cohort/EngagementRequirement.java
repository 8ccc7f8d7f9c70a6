package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.List;

/**
 * The engagement with services a case must show, e.g. "engagement with key services through 2020".
 *
 * @param description the requirement as the scope states it
 * @param from the first month of the period
 * @param to the last month of the period
 * @param keyServices the agency ids that count as key services; empty means any agency
 */
public record EngagementRequirement(String description, YearMonth from, YearMonth to, List<String> keyServices) {
    public EngagementRequirement {
        nonBlank(description, "engagement description");
        present(from, "engagement from");
        present(to, "engagement to");
        keyServices = list(keyServices, "engagement keyServices");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("engagement period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether an involvement counts: a key service (or any, when none are named) involved during the period. */
    public boolean isMetBy(AgencyInvolvement involvement) {
        return (keyServices.isEmpty() || keyServices.contains(involvement.agencyId()))
                && involvement.overlaps(from, to);
    }
}
