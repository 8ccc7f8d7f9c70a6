package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;

import java.util.List;
import java.util.Optional;

/**
 * The result of selecting a cohort: the cases selected, every candidate excluded with its reasons, how the target was
 * shared among strata when the selection was stratified, and how far the cohort falls short of its target.
 *
 * @param targetSize the size the criteria asked for
 * @param cohort the selected cases, in the order the candidates were listed
 * @param exclusions every candidate not selected, in candidate order
 * @param strata the strata of a stratified selection, in their order; empty for any other method
 */
public record CohortSelection(
        int targetSize, List<CaseRecord> cohort, List<Exclusion> exclusions, List<StratumAllocation> strata) {
    public CohortSelection {
        cohort = list(cohort, "cohort");
        exclusions = list(exclusions, "exclusions");
        strata = list(strata, "strata");
    }

    /** A selection that was not stratified. */
    public CohortSelection(int targetSize, List<CaseRecord> cohort, List<Exclusion> exclusions) {
        this(targetSize, cohort, exclusions, List.of());
    }

    /** How many candidates were considered: those selected and those excluded. */
    public int candidateCount() {
        return cohort.size() + exclusions.size();
    }

    /** How many candidates met every criterion: the cohort and those left out only by the selection method. */
    public int eligibleCount() {
        return cohort.size()
                + (int) exclusions.stream().filter(Exclusion::isEligible).count();
    }

    /** The excluded candidates that did not meet every criterion (not those left out by the selection method). */
    public List<Exclusion> ineligible() {
        return exclusions.stream().filter(e -> !e.isEligible()).toList();
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
        return Optional.of("Only " + cohort.size() + " of " + candidateCount()
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
