package dev.maca.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Exact shares and the documented percentage rounding. */
class ProportionTest {

    @Test
    @DisplayName("7 of 15 is 47% to the whole number and 46.7% to one place")
    void sevenOfFifteen() {
        Proportion p = new Proportion(7, 15);

        assertThat(p.percent()).hasValue(47);
        assertThat(p.percent(1)).contains(new BigDecimal("46.7"));
        assertThat(p.fraction().getAsDouble()).isCloseTo(0.4667, within(0.0001));
        assertThat(p).hasToString("7 of 15");
    }

    @Test
    @DisplayName("exact halves round up")
    void halfUp() {
        assertThat(new Proportion(1, 8).percent()).hasValue(13);
        assertThat(new Proportion(1, 200).percent()).hasValue(1);
        assertThat(new Proportion(1, 201).percent()).hasValue(0);
        assertThat(new Proportion(1, 3).percent()).hasValue(33);
        assertThat(new Proportion(2, 3).percent()).hasValue(67);
        assertThat(new Proportion(1, 8).percent(1)).contains(new BigDecimal("12.5"));
    }

    @Test
    @DisplayName("a share of nothing is undefined, not 0%")
    void undefined() {
        Proportion p = new Proportion(0, 0);

        assertThat(p.isDefined()).isFalse();
        assertThat(p.percent()).isEmpty();
        assertThat(p.percent(1)).isEmpty();
        assertThat(p.fraction()).isEmpty();
    }

    @Test
    @DisplayName("a count above its total or below zero is refused")
    void invalid() {
        assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proportion(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proportion(1, 2).percent(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("percentages for a chart add up to 100 by largest remainder, earlier first on ties")
    void summingTo100() {
        assertThat(Proportion.percentsSummingTo100(List.of(1, 1, 3, 1))).containsExactly(17, 17, 50, 16);
        assertThat(Proportion.percentsSummingTo100(List.of(1, 1, 1))).containsExactly(34, 33, 33);
        assertThat(Proportion.percentsSummingTo100(List.of(2, 3, 1, 1))).containsExactly(29, 43, 14, 14);
        assertThat(Proportion.percentsSummingTo100(List.of(1, 0, 2))).containsExactly(33, 0, 67);
        assertThat(Proportion.percentsSummingTo100(List.of(0, 5, 0))).containsExactly(0, 100, 0);
    }

    @Test
    @DisplayName("percentages of all-zero counts are all zero")
    void allZero() {
        assertThat(Proportion.percentsSummingTo100(List.of(0, 0))).containsExactly(0, 0);
        assertThat(Proportion.percentsSummingTo100(List.of())).isEmpty();
        assertThatThrownBy(() -> Proportion.percentsSummingTo100(List.of(1, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
