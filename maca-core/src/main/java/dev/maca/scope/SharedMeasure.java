package dev.maca.scope;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * One fact about a family that several agencies' questions ask, so the answers can be combined per family: "in 9 of
 * 15 families no agency saw the father" is a finding a Business Group can act on, where 60 pooled answers are not.
 *
 * <p>An evidenced question names its measure in its bank; a "Yes" from any agency means the fact holds for the family.
 *
 * @param id stable lower-kebab-case id, as banks name it (e.g. {@code father-seen})
 * @param label the fact as a short phrase for tables (e.g. "Father seen and included")
 * @param description what counts as the fact, for the annex and the panel pack
 */
public record SharedMeasure(String id, String label, String description) {
    public SharedMeasure {
        present(id, "shared measure id");
        nonBlank(label, "shared measure label");
        present(description, "shared measure description");
    }
}
