package dev.maca.panel;

import static dev.maca.model.Preconditions.kebabId;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the panel heard about an immediate concern already open when it met: where the follow-up stands now, or that
 * it is done and how it ended. Applied to the concern it names, it keeps the concern's history (who raised it, what
 * was done at once, who owns it) and changes only its status and outcome.
 *
 * <pre>{@code
 * ConcernUpdate heard = ConcernUpdate.stillOpen("ic-01", "Strategy discussion held; child protection enquiry under way.");
 * ImmediateConcern now = heard.applyTo(concern);
 * }</pre>
 *
 * @param concernId the id of the concern it updates
 * @param status whether the concern is still open or now closed
 * @param whereItStands where the follow-up stands while open, or how it ended once closed (role and pseudonym only)
 * @param closedOn the day it was closed (present exactly when the status is closed)
 */
public record ConcernUpdate(
        String concernId, ConcernStatus status, String whereItStands, Optional<LocalDate> closedOn) {
    public ConcernUpdate {
        kebabId(concernId, "concern update concernId");
        present(status, "concern update status");
        nonBlank(whereItStands, "concern update whereItStands");
        closedOn = optional(closedOn);
        if (status == ConcernStatus.CLOSED && closedOn.isEmpty()) {
            throw new IllegalArgumentException("concern update of '" + concernId
                    + "' closes the concern but gives no closedOn; give the day it was closed");
        }
        if (status == ConcernStatus.OPEN && closedOn.isPresent()) {
            throw new IllegalArgumentException("concern update of '" + concernId
                    + "' keeps the concern open but gives a closedOn; remove it, or close the concern");
        }
    }

    /** The concern is still open; this is where its follow-up stands. */
    public static ConcernUpdate stillOpen(String concernId, String whereItStands) {
        return new ConcernUpdate(concernId, ConcernStatus.OPEN, whereItStands, Optional.empty());
    }

    /** The concern was closed on {@code day}, ending as {@code outcome} says. */
    public static ConcernUpdate closed(String concernId, LocalDate day, String outcome) {
        return new ConcernUpdate(concernId, ConcernStatus.CLOSED, outcome, Optional.of(present(day, "day")));
    }

    /**
     * The concern as this update leaves it.
     *
     * @throws IllegalArgumentException when {@code concern} is another concern than the one this update names
     */
    public ImmediateConcern applyTo(ImmediateConcern concern) {
        present(concern, "concern");
        if (!concern.id().equals(concernId)) {
            throw new IllegalArgumentException(
                    "this update is of concern '" + concernId + "', not '" + concern.id() + "'");
        }
        return new ImmediateConcern(
                concern.id(),
                concern.caseId(),
                concern.raisedOn(),
                concern.source(),
                concern.raisedBy(),
                concern.concern(),
                concern.actionTaken(),
                concern.toldRoles(),
                concern.ownerRole(),
                status,
                whereItStands,
                closedOn);
    }
}
