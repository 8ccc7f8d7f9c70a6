package dev.maca.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A baby's birth")
class BirthTest {
    private static Birth bornIn(YearMonth month) {
        return new Birth(
                "Baby B", month, Gestation.TERM, HomeAfterBirth.WITH_MOTHER, PlanAtBirth.CHILD_PROTECTION, List.of());
    }

    private static CaseRecord family(UnbornRecord baby) {
        return new CaseRecord(
                "family-01",
                "Family 1",
                List.of(new ChildRecord("Child A", AgeBand.AGE_5_TO_10)),
                List.of(baby),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    @DisplayName("makes the family one with a baby under one during the period from the birth to the first birthday")
    void underOne() {
        CaseRecord family =
                family(new UnbornRecord("Unborn B", YearMonth.of(2020, 8)).born(bornIn(YearMonth.of(2020, 8))));

        assertThat(family.hasBabyUnderOneDuring(YearMonth.of(2020, 1), YearMonth.of(2020, 12)))
                .isTrue();
        assertThat(family.hasBabyUnderOneDuring(YearMonth.of(2021, 7), YearMonth.of(2021, 12)))
                .isTrue();
        assertThat(family.hasBabyUnderOneDuring(YearMonth.of(2021, 8), YearMonth.of(2021, 12)))
                .isFalse();
        assertThat(family.hasBabyUnderOneDuring(YearMonth.of(2019, 1), YearMonth.of(2020, 7)))
                .isFalse();
    }

    @Test
    @DisplayName("an unborn baby whose birth is not recorded is no baby under one")
    void unbornIsNotUnderOne() {
        CaseRecord family = family(new UnbornRecord("Unborn B", YearMonth.of(2020, 8)));

        assertThat(family.hasBabyUnderOneDuring(YearMonth.of(2020, 1), YearMonth.of(2020, 12)))
                .isFalse();
        assertThat(family.unborn().get(0).birth()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName(
            "adds each baby to the children each return describes: by its name once born, by its unborn pseudonym before")
    void childrenAskedAbout() {
        CaseRecord born =
                family(new UnbornRecord("Unborn B", YearMonth.of(2020, 8)).born(bornIn(YearMonth.of(2020, 7))));
        CaseRecord unborn = family(new UnbornRecord("Unborn B", YearMonth.of(2020, 8)));

        assertThat(born.childrenAskedAbout()).containsExactly("Child A", "Baby B");
        assertThat(unborn.childrenAskedAbout()).containsExactly("Child A", "Unborn B");
        assertThat(born.unborn().get(0).currentPseudonym()).isEqualTo("Baby B");
        assertThat(unborn.unborn().get(0).currentPseudonym()).isEqualTo("Unborn B");
    }
}
