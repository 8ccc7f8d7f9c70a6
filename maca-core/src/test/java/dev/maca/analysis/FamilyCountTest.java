package dev.maca.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "N of M families": the count, the families counted, and a percentage only for a cohort of 20 or more. */
class FamilyCountTest {

    private static FamilyCount count(int count, int families) {
        return FamilyCount.of(
                IntStream.rangeClosed(1, count).mapToObj(i -> "f" + i).toList(), families);
    }

    @Test
    @DisplayName("below 20 families there is no percentage, and the text is the count alone")
    void noPercentBelowTwenty() {
        FamilyCount nine = count(9, 15);

        assertThat(nine.percent()).isEmpty();
        assertThat(count(19, 19).percent()).isEmpty();
        assertThat(nine).hasToString("9 of 15 families");
    }

    @Test
    @DisplayName("from 20 families on the percentage is given, rounded half up exactly as a proportion rounds it")
    void percentFromTwenty() {
        assertThat(count(1, 20).percent()).hasValue(5);
        assertThat(count(21, 40).percent()).hasValue(53); // 52.5 rounds up
        assertThat(count(1, 40).percent()).hasValue(3); // 2.5 rounds up
        assertThat(count(7, 30).percent())
                .hasValue(new Proportion(7, 30).percent().getAsInt());
        assertThat(count(21, 40)).hasToString("21 of 40 families (53%)");
        assertThat(count(0, 20)).hasToString("0 of 20 families (0%)");
    }

    @Test
    @DisplayName("one family is singular, and none of none is plural with no percentage")
    void singularAndEmpty() {
        assertThat(count(1, 1)).hasToString("1 of 1 family");
        assertThat(count(0, 1)).hasToString("0 of 1 family");
        assertThat(count(0, 0)).hasToString("0 of 0 families");
        assertThat(count(0, 0).percent()).isEmpty();
    }

    @Test
    @DisplayName("the exact share is available for a chart, whatever the cohort's size")
    void proportion() {
        assertThat(count(9, 15).proportion()).isEqualTo(new Proportion(9, 15));
    }

    @Test
    @DisplayName("a count names exactly as many families as it counts, and no more families than there are")
    void validation() {
        assertThatThrownBy(() -> new FamilyCount(2, 15, List.of("f1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must name 2 families, but named 1");
        assertThatThrownBy(() -> new FamilyCount(3, 2, List.of("f1", "f2", "f3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= count <= families");
        assertThatThrownBy(() -> new FamilyCount(-1, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FamilyCount(1, 2, Collections.singletonList(null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("the families counted cannot be changed through the count")
    void immutable() {
        FamilyCount two = count(2, 4);

        assertThatThrownBy(() -> two.caseIds().add("f9")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(two.caseIds()).containsExactly("f1", "f2");
    }

    @Test
    @DisplayName("bands that count every family once pass; bands of another denominator or that miss a family do not")
    void partition() {
        FamilyCount.checkPartition("measure 'm'", 5, List.of(count(2, 5), count(3, 5), count(0, 5)));

        assertThatThrownBy(() -> FamilyCount.checkPartition("measure 'm'", 5, List.of(count(2, 5), count(3, 6))))
                .hasMessageContaining("every count of measure 'm' is of its 5 families");
        assertThatThrownBy(() -> FamilyCount.checkPartition("measure 'm'", 5, List.of(count(2, 5), count(2, 5))))
                .hasMessageContaining("add up to 4, not to its 5 families");
    }
}
