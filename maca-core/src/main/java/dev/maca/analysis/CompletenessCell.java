package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import java.util.Optional;

/**
 * One cell of the completeness matrix: one agency for one case.
 *
 * @param ref the case and agency of the cell (whether or not a return was sent)
 * @param state where the return stands
 */
public record CompletenessCell(ReturnRef ref, ReturnState state) {
    public CompletenessCell {
        present(ref, "completeness cell ref");
        present(state, "completeness cell state");
    }

    /** The agency's id. */
    public String agencyId() {
        return ref.agencyId();
    }

    /** The return received, if one was. */
    public Optional<ReturnRef> source() {
        return state.isReceived() ? Optional.of(ref) : Optional.empty();
    }
}
