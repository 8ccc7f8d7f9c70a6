package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;

/**
 * One agency's answers to all its questions of one kind that serve an objective or theme: a row of a per-agency table.
 *
 * <p>{@code questions} tells "not asked" (0 questions) from "asked but not answered" (questions, but a total of 0).
 *
 * @param agency the agency
 * @param questions how many of the agency's questions are counted
 * @param breakdown the answers to them; the unit is one answer, so one return may count once per question
 * @param <B> {@link EvidenceRates} or {@link ContactPattern}
 */
public record AgencyBreakdown<B extends Breakdown<?>>(AgencyRequirement agency, int questions, B breakdown) {
    public AgencyBreakdown {
        present(agency, "agency breakdown agency");
        if (questions < 0) {
            throw new IllegalArgumentException("agency breakdown questions must be 0 or more, was " + questions);
        }
        present(breakdown, "agency breakdown breakdown");
    }

    /** The agency's id. */
    public String agencyId() {
        return agency.id();
    }
}
