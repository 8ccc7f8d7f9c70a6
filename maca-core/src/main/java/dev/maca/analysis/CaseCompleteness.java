package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * One row of the completeness matrix: one case, with a cell for every agency the scope requires.
 *
 * @param caseRef the case
 * @param cells one cell per required agency, in the scope's order
 * @param rate the case's returns received of those expected
 */
public record CaseCompleteness(CaseRef caseRef, List<CompletenessCell> cells, CompletenessRate rate) {
    public CaseCompleteness {
        present(caseRef, "case completeness caseRef");
        cells = list(cells, "case completeness cells");
        present(rate, "case completeness rate");
    }

    /**
     * Where one agency's return stands.
     *
     * @throws IllegalArgumentException when the scope does not require that agency
     */
    public ReturnState state(String agencyId) {
        return cells.stream()
                .filter(c -> c.agencyId().equals(agencyId))
                .findFirst()
                .map(CompletenessCell::state)
                .orElseThrow(() -> new IllegalArgumentException("agency '" + agencyId
                        + "' is not required by the scope; the agencies are "
                        + cells.stream().map(CompletenessCell::agencyId).toList()));
    }
}
