package dev.maca.audit;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One SMART action of the action plan.
 *
 * <p>Owner and target date are optional here only so that audit validation can report every action that lacks them at
 * once; a valid audit has both.
 *
 * @param ref the action's reference (e.g. "2.1")
 * @param text what will be done
 * @param ownerAgencyId the agency that owns the action
 * @param targetDate the day it is due
 * @param status its RAG status
 * @param evidenceOfImpact how the Business Group will know it made a difference (may be empty)
 */
public record Action(
        String ref,
        String text,
        Optional<String> ownerAgencyId,
        Optional<LocalDate> targetDate,
        RagStatus status,
        String evidenceOfImpact) {
    public Action {
        nonBlank(ref, "action ref");
        nonBlank(text, "action text");
        ownerAgencyId = optional(ownerAgencyId);
        targetDate = optional(targetDate);
        present(status, "action status");
        present(evidenceOfImpact, "action evidenceOfImpact");
    }
}
