package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

/**
 * A case of the cohort as analysis results name it: its id and the pseudonym documents print (e.g. "Family 7").
 *
 * @param id the case's id
 * @param pseudonym the case's pseudonym
 */
public record CaseRef(String id, String pseudonym) {
    public CaseRef {
        present(id, "case reference id");
        present(pseudonym, "case reference pseudonym");
    }
}
