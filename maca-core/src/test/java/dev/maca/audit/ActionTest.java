package dev.maca.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An action of the action plan")
class ActionTest {
    private static final LocalDate DUE = LocalDate.of(2021, 9, 30);

    private static Action action(ActionStatus status) {
        return new Action(
                "R1.1",
                "Brief GP practices on coding the men in a baby's household.",
                "Designated Nurse for Safeguarding Children",
                Optional.empty(),
                Optional.of(DUE),
                status,
                Optional.of(LocalDate.of(2021, 7, 1)),
                "");
    }

    @Test
    @DisplayName("is overdue once its target date has passed while it is open")
    void overdueAfterItsDate() {
        assertThat(action(ActionStatus.ON_TRACK).statusOn(DUE)).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(action(ActionStatus.ON_TRACK).statusOn(DUE.plusDays(1))).isEqualTo(ActionStatus.OVERDUE);
        assertThat(action(ActionStatus.NOT_STARTED).statusOn(DUE.plusDays(1))).isEqualTo(ActionStatus.OVERDUE);
    }

    @Test
    @DisplayName("stays complete after its target date")
    void completeStaysComplete() {
        assertThat(action(ActionStatus.COMPLETE).statusOn(DUE.plusYears(1))).isEqualTo(ActionStatus.COMPLETE);
    }

    @Test
    @DisplayName("reads MACA 0.1's RAG colours as the statuses they meant, and refuses other names")
    void readsRagColours() {
        assertThat(ActionStatus.parse("RED")).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(ActionStatus.parse("AMBER")).isEqualTo(ActionStatus.AT_RISK);
        assertThat(ActionStatus.parse("GREEN")).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(ActionStatus.parse("OVERDUE")).isEqualTo(ActionStatus.OVERDUE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActionStatus.parse("PURPLE"))
                .withMessageContaining("NOT_STARTED");
    }

    @Test
    @DisplayName("has a key entry for every status, to print under the plan")
    void everyStatusHasAMeaning() {
        for (ActionStatus status : ActionStatus.values()) {
            assertThat(status.meaning()).endsWith(".");
            assertThat(status.label()).isNotBlank();
        }
    }

    @Test
    @DisplayName("a measure of impact names exactly one of a shared measure and an objective")
    void measureNamesOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImpactMeasure(Optional.of("father-seen"), Optional.of("fathers"), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactMeasure(Optional.empty(), Optional.empty(), 3));
        assertThat(ImpactMeasure.ofSharedMeasure("father-seen", 12).sharedMeasure())
                .contains("father-seen");
    }
}
