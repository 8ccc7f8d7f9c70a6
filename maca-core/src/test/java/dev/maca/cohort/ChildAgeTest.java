package dev.maca.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Children's ages against an age range")
class ChildAgeTest {
    private static final AgeRange PRIMARY = new AgeRange(5, 11);

    @Test
    @DisplayName("a child reaches each birthday at the start of the birth month")
    void birthdayInBirthMonth() {
        ChildRecord child = CohortFamilies.born("Child A", AgeBand.AGE_5_TO_10, YearMonth.of(2010, 3));

        assertThat(child.ageIn(YearMonth.of(2020, 3))).hasValue(10);
        assertThat(child.ageIn(YearMonth.of(2020, 2))).hasValue(9);
    }

    @Test
    @DisplayName("a child without a recorded birth month has no age in years, and one born later has none yet")
    void noAgeInYears() {
        assertThat(new ChildRecord("Child A", AgeBand.AGE_1_TO_4).ageIn(YearMonth.of(2020, 1)))
                .isEqualTo(OptionalInt.empty());
        assertThat(CohortFamilies.born("Child B", AgeBand.UNDER_1, YearMonth.of(2020, 6))
                        .ageIn(YearMonth.of(2020, 5)))
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    @DisplayName("an age range includes both its ends")
    void bothEnds() {
        assertThat(PRIMARY.contains(5)).isTrue();
        assertThat(PRIMARY.contains(11)).isTrue();
        assertThat(PRIMARY.contains(4)).isFalse();
        assertThat(PRIMARY.contains(12)).isFalse();
    }

    @Test
    @DisplayName("a child known only by band is in the range when the whole band is, out when none of it is")
    void bands() {
        assertThat(placement(AgeBand.AGE_5_TO_10)).isEqualTo(ChildAge.Placement.IN);
        assertThat(placement(AgeBand.AGE_16_TO_17)).isEqualTo(ChildAge.Placement.OUT);
        assertThat(placement(AgeBand.AGE_11_TO_15)).isEqualTo(ChildAge.Placement.UNKNOWN);
    }

    @Test
    @DisplayName("a baby first known as unborn counts from its recorded birth, by the name it is known by")
    void babies() {
        Birth birth = new Birth(
                "Baby C",
                YearMonth.of(2020, 9),
                Gestation.TERM,
                HomeAfterBirth.WITH_MOTHER,
                PlanAtBirth.NONE,
                List.of());
        CaseRecord family = new CaseRecord(
                "f1",
                "Family 1",
                List.of(),
                List.of(new UnbornRecord("Unborn C", YearMonth.of(2020, 9), Optional.of(birth))),
                List.of(),
                List.of(),
                List.of());

        assertThat(ChildAge.of(family, YearMonth.of(2020, 8))).isEmpty();
        assertThat(ChildAge.of(family, YearMonth.of(2021, 3))).singleElement().satisfies(age -> {
            assertThat(age.pseudonym()).isEqualTo("Baby C");
            assertThat(age.placement(new AgeRange(0, 0))).isEqualTo(ChildAge.Placement.IN);
        });
    }

    @Test
    @DisplayName("an age range is written as a practitioner would say it")
    void labels() {
        assertThat(PRIMARY.label()).isEqualTo("aged 5 to 11");
        assertThat(new AgeRange(0, 0).label()).isEqualTo("under one");
        assertThat(new AgeRange(0, 4).label()).isEqualTo("aged under one to 4");
        assertThat(new AgeRange(13, 13).label()).isEqualTo("aged 13");
    }

    @Test
    @DisplayName("an age range with a negative end is refused, naming both ends")
    void negative() {
        assertThatThrownBy(() -> new AgeRange(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 to 4");
    }

    private static ChildAge.Placement placement(AgeBand band) {
        return new ChildAge("Child A", OptionalInt.empty(), band).placement(PRIMARY);
    }
}
