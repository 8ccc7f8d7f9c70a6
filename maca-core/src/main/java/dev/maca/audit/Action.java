package dev.maca.audit;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One SMART action of the action plan: what, who by role, by when, where it stands and when that was last reported.
 *
 * <p>Target date is optional and the owner's role may be empty here only so that audit validation can report every
 * action that lacks them at once; a valid audit has both.
 *
 * @param ref the action's reference (e.g. "2.1")
 * @param text what will be done
 * @param ownerRole who owns the action, by role (e.g. "Partnership Business Manager"; never a person's name); empty
 *     only in a file written before owners were roles
 * @param ownerAgencyId the agency that carries the action out, when it is one agency's work (empty for partnership
 *     work); the agency's feedback lists it
 * @param targetDate the day it is due
 * @param status where it stands
 * @param lastUpdated the day its status was last reported (empty while it has never been updated)
 * @param evidenceOfImpact what will show it is done and made a difference (may be empty)
 */
public record Action(
        String ref,
        String text,
        String ownerRole,
        Optional<String> ownerAgencyId,
        Optional<LocalDate> targetDate,
        ActionStatus status,
        Optional<LocalDate> lastUpdated,
        String evidenceOfImpact) {
    public Action {
        nonBlank(ref, "action ref");
        nonBlank(text, "action text");
        present(ownerRole, "action ownerRole");
        ownerAgencyId = optional(ownerAgencyId);
        targetDate = optional(targetDate);
        present(status, "action status");
        lastUpdated = optional(lastUpdated);
        present(evidenceOfImpact, "action evidenceOfImpact");
    }

    /**
     * Where the action stands on a day: its recorded status, or {@link ActionStatus#OVERDUE} once its target date has
     * passed while it is still open.
     */
    public ActionStatus statusOn(LocalDate day) {
        present(day, "day");
        boolean late = targetDate.map(day::isAfter).orElse(false);
        return status.isOpen() && late ? ActionStatus.OVERDUE : status;
    }
}
