package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * How the cases of an audit are identified: how many, the features each must have, and the engagement it must show.
 *
 * @param targetSize how many cases the cohort should hold (Torbay: 15)
 * @param introduction the sentence that introduces the criteria (may be empty)
 * @param features the features every case must have, in the scope's order
 * @param engagement the engagement with services every case must show
 */
public record CohortCriteria(
        int targetSize, String introduction, List<FeatureRequirement> features, EngagementRequirement engagement) {
    public CohortCriteria {
        if (targetSize < 1) {
            throw new IllegalArgumentException("cohort targetSize must be at least 1, was " + targetSize);
        }
        present(introduction, "cohort introduction");
        features = list(features, "cohort features");
        present(engagement, "cohort engagement");
    }
}
