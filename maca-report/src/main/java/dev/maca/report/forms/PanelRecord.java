package dev.maca.report.forms;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelReview;
import java.util.List;
import java.util.Optional;

/**
 * What a completed panel record form gives: the panel's review of the family, the immediate concern the panel raised
 * if it found one, and what it heard about the concerns already open when it met.
 *
 * @param review the panel's review of the family
 * @param raised the concern the panel raised, to be tracked until it is closed
 * @param updates where each concern already open stood, or how it ended, in the order the form lists them
 */
public record PanelRecord(PanelReview review, Optional<ImmediateConcern> raised, List<ConcernUpdate> updates) {
    public PanelRecord {
        present(review, "panel record review");
        raised = optional(raised);
        updates = list(updates, "panel record updates");
    }
}
