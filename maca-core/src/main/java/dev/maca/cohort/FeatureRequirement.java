package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;

import java.util.Collection;
import java.util.List;

/**
 * One feature every case of the cohort must have, met by any of its case-feature ids.
 *
 * <p>"Domestic abuse/substance misuse" is one requirement met by either {@code domestic-abuse} or
 * {@code substance-misuse}.
 *
 * @param label the feature as the scope states it
 * @param anyOf the case-feature ids, any one of which meets it
 */
public record FeatureRequirement(String label, List<String> anyOf) {
    public FeatureRequirement {
        nonBlank(label, "feature requirement label");
        anyOf = list(anyOf, "feature requirement anyOf");
    }

    /** Whether a case with these features meets the requirement. */
    public boolean isMetBy(Collection<String> features) {
        return anyOf.stream().anyMatch(features::contains);
    }
}
