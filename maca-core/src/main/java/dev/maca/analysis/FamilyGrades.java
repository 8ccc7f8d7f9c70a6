package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * One row of the family × objective grid: a family of the cohort and the panel's grade for each objective, so a
 * report shows the multi-agency grades family by family instead of listing agencies by family.
 *
 * @param family the family
 * @param reviewed whether the panel reviewed the family
 * @param cells one cell per objective, in the scope's order
 */
public record FamilyGrades(CaseRef family, boolean reviewed, List<PanelCell> cells) {
    public FamilyGrades {
        present(family, "family grades family");
        cells = list(cells, "family grades cells");
    }

    /** The cell for one objective. */
    public Optional<PanelCell> cell(String objectiveId) {
        return cells.stream().filter(c -> c.objectiveId().equals(objectiveId)).findFirst();
    }
}
