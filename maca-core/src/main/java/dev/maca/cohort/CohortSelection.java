package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;

import java.util.List;
import java.util.Optional;

/**
 * The result of selecting a cohort: the cases selected, every candidate excluded with its reasons, and how far the
 * cohort falls short of its target.
 *
 * @param targetSize the size the criteria asked for
 * @param cohort the selected cases, in selection order
 * @param exclusions every candidate not selected, in candidate order
 */
public record CohortSelection(int targetSize, List<CaseRecord> cohort, List<Exclusion> exclusions) {
    public CohortSelection {
        cohort = list(cohort, "cohort");
        exclusions = list(exclusions, "exclusions");
    }

    /** How many cases short of the target the cohort is (0 when it is full). */
    public int shortfall() {
        return Math.max(0, targetSize - cohort.size());
    }

    /**
     * A warning when fewer candidates were eligible than the target, saying how many are short; a cohort is never
     * silently smaller than asked for.
     */
    public Optional<String> shortfallWarning() {
        if (shortfall() == 0) {
            return Optional.empty();
        }
        return Optional.of("Only " + cohort.size() + " of " + (cohort.size() + exclusions.size())
                + " candidate cases meet the cohort criteria: the cohort is " + shortfall() + " short of its target of "
                + targetSize + ". Add candidates that meet every criterion, or lower the target size.");
    }

    /** The selected case with this id. */
    public Optional<CaseRecord> caseById(String caseId) {
        return cohort.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    /** Whether the case with this id was selected. */
    public boolean contains(String caseId) {
        return caseById(caseId).isPresent();
    }
}
