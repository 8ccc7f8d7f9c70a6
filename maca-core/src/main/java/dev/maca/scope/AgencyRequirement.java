package dev.maca.scope;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * An agency the scope requires to contribute, by the id of its agency module and its name as the scope states it.
 *
 * @param id the agency module id (e.g. {@code health-visiting}), resolved against the agency registry
 * @param name the partner's name exactly as the scope gives it (e.g. "Public Health Nursing – Health Visiting")
 */
public record AgencyRequirement(String id, String name) {
    public AgencyRequirement {
        present(id, "agency id");
        nonBlank(name, "agency name");
    }
}
