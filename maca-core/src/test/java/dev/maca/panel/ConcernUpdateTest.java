package dev.maca.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An update of an immediate concern")
class ConcernUpdateTest {
    private static final ImmediateConcern RAISED = new ImmediateConcern(
            "ic-01",
            "family-01",
            LocalDate.of(2021, 4, 20),
            ConcernSource.COORDINATOR,
            Optional.empty(),
            "Nobody has seen Baby B since March.",
            "The coordinator asked the duty team to visit.",
            List.of("Duty team manager"),
            "Duty team manager",
            ConcernStatus.OPEN,
            "",
            Optional.empty());

    @Test
    @DisplayName("keeping a concern open changes only where it stands")
    void stillOpen() {
        ImmediateConcern now =
                ConcernUpdate.stillOpen("ic-01", "Visit booked for Friday.").applyTo(RAISED);

        assertThat(now.isOpen()).isTrue();
        assertThat(now.outcome()).isEqualTo("Visit booked for Friday.");
        assertThat(now).usingRecursiveComparison().ignoringFields("outcome").isEqualTo(RAISED);
    }

    @Test
    @DisplayName("closing a concern records how it ended and the day")
    void closed() {
        ImmediateConcern now = ConcernUpdate.closed("ic-01", LocalDate.of(2021, 4, 23), "Seen at home; safe.")
                .applyTo(RAISED);

        assertThat(now.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(now.closedOn()).contains(LocalDate.of(2021, 4, 23));
        assertThat(now.raisedOn()).isEqualTo(RAISED.raisedOn());
    }

    @Test
    @DisplayName("a closing update needs its day, and an open one may not have one")
    void days() {
        assertThatThrownBy(() -> new ConcernUpdate("ic-01", ConcernStatus.CLOSED, "Safe.", Optional.empty()))
                .hasMessageContaining("closedOn");
        assertThatThrownBy(() -> new ConcernUpdate(
                        "ic-01", ConcernStatus.OPEN, "Visit booked.", Optional.of(LocalDate.of(2021, 4, 23))))
                .hasMessageContaining("keeps the concern open");
    }

    @Test
    @DisplayName("an update must say where the concern stands")
    void blank() {
        assertThatThrownBy(() -> ConcernUpdate.stillOpen("ic-01", " ")).hasMessageContaining("whereItStands");
    }

    @Test
    @DisplayName("an update applies only to the concern it names")
    void otherConcern() {
        assertThatThrownBy(
                        () -> ConcernUpdate.stillOpen("ic-02", "Visit booked.").applyTo(RAISED))
                .hasMessageContaining("'ic-02', not 'ic-01'");
    }
}
