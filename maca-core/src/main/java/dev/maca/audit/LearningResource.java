package dev.maca.audit;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * A resource a learning brief points practitioners to, e.g. a national review or a local policy.
 *
 * @param title the resource's title
 * @param source who publishes it and where to find it (may be empty)
 */
public record LearningResource(String title, String source) {
    public LearningResource {
        nonBlank(title, "resource title");
        present(source, "resource source");
    }
}
