package dev.maca.panel;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;

import java.util.Optional;

/**
 * Someone at the panel, by role and agency, never by name.
 *
 * @param agencyId the agency they came from, by the scope's agency id; empty for the partnership's own staff or an
 *     independent chair
 * @param role their role (e.g. "Named Nurse for Safeguarding Children", "Independent chair")
 */
public record PanelAttendee(Optional<String> agencyId, String role) {
    public PanelAttendee {
        agencyId = optional(agencyId);
        nonBlank(role, "panel attendee role");
    }

    /** An attendee from an agency of the scope. */
    public static PanelAttendee of(String agencyId, String role) {
        return new PanelAttendee(Optional.of(nonBlank(agencyId, "panel attendee agencyId")), role);
    }

    /** An attendee from no agency of the scope, such as the partnership's business manager or an independent chair. */
    public static PanelAttendee partnership(String role) {
        return new PanelAttendee(Optional.empty(), role);
    }
}
