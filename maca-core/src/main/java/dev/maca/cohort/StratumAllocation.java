package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;

/**
 * One stratum of a stratified selection: how many eligible families it held and how many of the target it was given.
 *
 * @param label the stratum in words, e.g. "under 1" or "involved"
 * @param eligible the eligible families in the stratum
 * @param allotted the cohort places the stratum was given, by proportional allocation
 */
public record StratumAllocation(String label, int eligible, int allotted) {
    public StratumAllocation {
        nonBlank(label, "stratum label");
        if (eligible < 0 || allotted < 0 || allotted > eligible) {
            throw new IllegalArgumentException(
                    "a stratum is allotted between 0 and its " + eligible + " eligible families, not " + allotted);
        }
    }
}
