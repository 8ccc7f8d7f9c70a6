package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A SMART recommendation to the Business Group: what, the objectives it answers, who owns it by role, by when, how its
 * impact will be measured at re-audit, and the actions that deliver it.
 *
 * <p>Owner, date and measure may be missing here only so that validation can report every gap at once; a final report
 * needs all three.
 *
 * @param id stable id (e.g. "R1")
 * @param text the recommendation
 * @param objectiveIds the objectives it answers
 * @param ownerRole who owns it, by role: partnership work is owned by the partnership or a subgroup, not by one agency
 *     (may be empty in a file written before owners were roles)
 * @param targetDate the day it should be delivered by
 * @param measure how its impact will be measured at re-audit
 * @param actions the actions that deliver it
 */
public record Recommendation(
        String id,
        String text,
        List<String> objectiveIds,
        String ownerRole,
        Optional<LocalDate> targetDate,
        Optional<ImpactMeasure> measure,
        List<Action> actions) {
    public Recommendation {
        present(id, "recommendation id");
        nonBlank(text, "recommendation text");
        objectiveIds = list(objectiveIds, "recommendation objectiveIds");
        present(ownerRole, "recommendation ownerRole");
        targetDate = optional(targetDate);
        measure = optional(measure);
        actions = list(actions, "recommendation actions");
    }

    /** A recommendation as MACA 0.1 recorded it: no owner, date or measure of its own. */
    public Recommendation(String id, String text, List<String> objectiveIds, List<Action> actions) {
        this(id, text, objectiveIds, "", Optional.empty(), Optional.empty(), actions);
    }
}
