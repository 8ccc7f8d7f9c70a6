package dev.maca.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The audit timeline")
class TimelineTest {
    private static final Milestone AUDIT =
            Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit to take place in April", YearMonth.of(2021, 4));
    private static final Milestone REPORT = Milestone.inMonth(
            "report",
            MilestoneKind.REPORT,
            "Final draft presented to the Business Group in May",
            YearMonth.of(2021, 5));
    private static final Milestone SEMINAR =
            Milestone.inMonth("seminar", MilestoneKind.SEMINAR, "Best Practice Seminar in June", YearMonth.of(2021, 6));

    @Test
    @DisplayName("a milestone given only a month is on time until the last day of that month")
    void monthPrecision() {
        assertThat(AUDIT.dueBy()).isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(AUDIT.isOverdueOn(LocalDate.of(2021, 4, 30))).isFalse();
        assertThat(AUDIT.isOverdueOn(LocalDate.of(2021, 5, 1))).isTrue();
    }

    @Test
    @DisplayName("in mid-May the audit is overdue and the report is next")
    void nextAndOverdue() {
        Timeline timeline = Timeline.of(AUDIT, REPORT, SEMINAR);
        LocalDate midMay = LocalDate.of(2021, 5, 14);

        assertThat(timeline.overdue(midMay)).containsExactly(AUDIT);
        assertThat(timeline.next(midMay)).contains(REPORT);
    }

    @Test
    @DisplayName("a completed milestone is neither next nor overdue")
    void completed() {
        Timeline timeline = Timeline.of(AUDIT.completed(LocalDate.of(2021, 4, 28)), REPORT, SEMINAR);

        assertThat(timeline.overdue(LocalDate.of(2021, 5, 14))).isEmpty();
        assertThat(timeline.next(LocalDate.of(2021, 3, 1))).contains(REPORT);
    }

    @Test
    @DisplayName("after every milestone has passed, nothing is next")
    void nothingNext() {
        assertThat(Timeline.of(AUDIT, REPORT, SEMINAR).next(LocalDate.of(2021, 7, 1)))
                .isEmpty();
    }

    @Test
    @DisplayName("the Business Group month is found by kind")
    void findByKind() {
        assertThat(Timeline.of(AUDIT, REPORT, SEMINAR)
                        .first(MilestoneKind.REPORT)
                        .map(Milestone::month))
                .contains(YearMonth.of(2021, 5));
    }

    @Test
    @DisplayName("an exact date must fall in the milestone's month")
    void dateInMonth() {
        assertThatThrownBy(() -> new Milestone(
                        "x",
                        MilestoneKind.OTHER,
                        "X",
                        YearMonth.of(2021, 4),
                        Optional.of(LocalDate.of(2021, 5, 2)),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-05-02")
                .hasMessageContaining("2021-04");
    }
}
