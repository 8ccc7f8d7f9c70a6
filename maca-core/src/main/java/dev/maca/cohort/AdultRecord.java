package dev.maca.cohort;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * An adult of a case, by role and pseudonym.
 *
 * @param pseudonym e.g. "Adult 2"
 * @param role the adult's role in the household
 */
public record AdultRecord(String pseudonym, AdultRole role) {
    public AdultRecord {
        nonBlank(pseudonym, "adult pseudonym");
        present(role, "adult role");
    }
}
