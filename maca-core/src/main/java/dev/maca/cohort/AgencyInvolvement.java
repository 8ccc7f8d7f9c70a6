package dev.maca.cohort;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.Optional;

/**
 * When an agency was involved with a family.
 *
 * @param agencyId the agency module id
 * @param from the first month of involvement
 * @param to the last month, or empty while involvement is ongoing
 */
public record AgencyInvolvement(String agencyId, YearMonth from, Optional<YearMonth> to) {
    public AgencyInvolvement {
        present(agencyId, "involvement agencyId");
        present(from, "involvement from");
        to = optional(to);
        to.ifPresent(end -> {
            if (end.isBefore(from)) {
                throw new IllegalArgumentException(
                        "involvement of '" + agencyId + "' ends (" + end + ") before it starts (" + from + ")");
            }
        });
    }

    /** Whether the involvement covers any month from {@code start} to {@code end} inclusive. */
    public boolean overlaps(YearMonth start, YearMonth end) {
        return !from.isAfter(end) && to.map(last -> !last.isBefore(start)).orElse(true);
    }
}
