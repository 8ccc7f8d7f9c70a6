package dev.maca.panel;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * A conversation with a practitioner who worked with the family, by agency and role, never by name.
 *
 * @param agencyId the practitioner's agency, by the scope's agency id
 * @param role their role (e.g. "Health visitor", "Social worker")
 */
public record PractitionerConversation(String agencyId, String role) {
    public PractitionerConversation {
        present(agencyId, "practitioner conversation agencyId");
        nonBlank(role, "practitioner conversation role");
    }
}
