package dev.maca.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Grading scales")
class GradingScaleTest {
    @Test
    @DisplayName("the default scale is Ofsted's four grades, best first")
    void ofstedGrades() {
        assertThat(GradingScale.ofsted().grades())
                .extracting(Grade::label)
                .containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
    }

    @Test
    @DisplayName("grades below Good fall below the expected standard on the default scale")
    void belowGood() {
        GradingScale scale = GradingScale.ofsted();
        assertThat(scale.isBelowExpectedStandard("good")).isFalse();
        assertThat(scale.isBelowExpectedStandard("outstanding")).isFalse();
        assertThat(scale.isBelowExpectedStandard("requires-improvement")).isTrue();
        assertThat(scale.isBelowExpectedStandard("inadequate")).isTrue();
    }

    @Test
    @DisplayName("distance counts grades apart in either direction")
    void distance() {
        GradingScale scale = GradingScale.ofsted();
        assertThat(scale.distance("outstanding", "requires-improvement")).isEqualTo(2);
        assertThat(scale.distance("inadequate", "good")).isEqualTo(2);
        assertThat(scale.distance("good", "good")).isZero();
    }

    @Test
    @DisplayName("the RAG scale is configurable, with only Green at the expected standard")
    void rag() {
        GradingScale rag = GradingScale.rag();
        assertThat(rag.grades()).extracting(Grade::id).containsExactly("green", "amber", "red");
        assertThat(rag.isBelowExpectedStandard("amber")).isTrue();
    }

    @Test
    @DisplayName("a custom scale can draw the line anywhere")
    void customLine() {
        GradingScale scale = new GradingScale(
                "Five point",
                List.of(
                        new Grade("a", "A", ""),
                        new Grade("b", "B", ""),
                        new Grade("c", "C", ""),
                        new Grade("d", "D", ""),
                        new Grade("e", "E", "")),
                "c");
        assertThat(scale.isBelowExpectedStandard("c")).isFalse();
        assertThat(scale.isBelowExpectedStandard("d")).isTrue();
    }

    @Test
    @DisplayName("asking about a grade that is not on the scale names the grade and the scale's grades")
    void unknownGrade() {
        assertThatThrownBy(() -> GradingScale.ofsted().isBelowExpectedStandard("excellent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'excellent'")
                .hasMessageContaining("requires-improvement");
    }
}
