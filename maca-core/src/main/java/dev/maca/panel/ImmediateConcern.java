package dev.maca.panel;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something found during the audit that needs action now — a child who may be at risk today — with what was done, who
 * was told, who owns it and how it ended. It is tracked until it is closed: an open concern is a warning on every
 * validation, and no document meant for publication carries its detail.
 *
 * @param id stable lower-kebab-case id (e.g. {@code ic-01})
 * @param caseId the cohort case it is about
 * @param raisedOn the day it was raised
 * @param source where it was raised: a return, the panel or the coordinator
 * @param raisedBy the agency that raised it, by the scope's agency id (required for a concern from a return)
 * @param concern what needs action, by pseudonym and role only (OFFICIAL-SENSITIVE case detail)
 * @param actionTaken what was done at once
 * @param toldRoles who was told, by role (e.g. "Duty team manager, Children's Services")
 * @param ownerRole who owns the follow-up, by role
 * @param status open or closed
 * @param outcome how it ended once closed (required then); while open, where it stands at the latest update (may be
 *     empty until the owner reports back)
 * @param closedOn the day it was closed (required once closed)
 */
public record ImmediateConcern(
        String id,
        String caseId,
        LocalDate raisedOn,
        ConcernSource source,
        Optional<String> raisedBy,
        String concern,
        String actionTaken,
        List<String> toldRoles,
        String ownerRole,
        ConcernStatus status,
        String outcome,
        Optional<LocalDate> closedOn) {
    public ImmediateConcern {
        present(id, "immediate concern id");
        present(caseId, "immediate concern caseId");
        present(raisedOn, "immediate concern raisedOn");
        present(source, "immediate concern source");
        raisedBy = optional(raisedBy);
        present(concern, "immediate concern concern");
        present(actionTaken, "immediate concern actionTaken");
        toldRoles = list(toldRoles, "immediate concern toldRoles");
        present(ownerRole, "immediate concern ownerRole");
        present(status, "immediate concern status");
        present(outcome, "immediate concern outcome");
        closedOn = optional(closedOn);
    }

    /** Whether the concern is still open. */
    public boolean isOpen() {
        return status == ConcernStatus.OPEN;
    }

    /** This concern closed on {@code day} with this outcome. */
    public ImmediateConcern closed(LocalDate day, String how) {
        return new ImmediateConcern(
                id,
                caseId,
                raisedOn,
                source,
                raisedBy,
                concern,
                actionTaken,
                toldRoles,
                ownerRole,
                ConcernStatus.CLOSED,
                nonBlank(how, "outcome"),
                Optional.of(present(day, "day")));
    }
}
