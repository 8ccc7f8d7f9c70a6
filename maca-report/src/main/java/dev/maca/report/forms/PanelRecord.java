package dev.maca.report.forms;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelReview;
import java.util.Optional;

/**
 * What a completed panel record form gives: the panel's review of the family, and the immediate concern the panel
 * raised, if it found one.
 *
 * @param review the panel's review of the family
 * @param concern the concern the panel raised, to be tracked until it is closed
 */
public record PanelRecord(PanelReview review, Optional<ImmediateConcern> concern) {
    public PanelRecord {
        present(review, "panel record review");
        concern = optional(concern);
    }
}
