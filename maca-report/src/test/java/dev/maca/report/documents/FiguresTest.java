package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.analysis.Breakdown;
import dev.maca.analysis.Proportion;
import dev.maca.analysis.ReturnRef;
import dev.maca.analysis.Tally;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Figures in words")
class FiguresTest {

    @Test
    @DisplayName(
            "agree the unit with a total of 1, give a percentage only from 20, and print a share of nothing as 'no'")
    void shareAgrees() {
        assertThat(Figures.share(new Proportion(1, 1), "case", "cases")).isEqualTo("1 of 1 case");
        assertThat(Figures.share(new Proportion(7, 15), "case", "cases")).isEqualTo("7 of 15 cases");
        assertThat(Figures.share(new Proportion(7, 19), "case", "cases")).isEqualTo("7 of 19 cases");
        assertThat(Figures.share(new Proportion(5, 20), "case", "cases")).isEqualTo("5 of 20 cases (25%)");
        assertThat(Figures.share(new Proportion(0, 0), "case", "cases")).isEqualTo("no cases");
    }

    @Test
    @DisplayName("write a period of months in words, naming a shared year once")
    void period() {
        assertThat(Figures.period(YearMonth.of(2020, 1), YearMonth.of(2020, 12)))
                .isEqualTo("January to December 2020");
        assertThat(Figures.period(YearMonth.of(2019, 11), YearMonth.of(2020, 3)))
                .isEqualTo("November 2019 to March 2020");
        assertThat(Figures.period(YearMonth.of(2020, 3), YearMonth.of(2020, 3))).isEqualTo("March 2020");
    }

    @Test
    @DisplayName("count 0, 1 and many with the right form")
    void counts() {
        assertThat(Figures.count(0, "answer", "answers")).isEqualTo("0 answers");
        assertThat(Figures.count(1, "answer", "answers")).isEqualTo("1 answer");
        assertThat(Figures.count(2, "answer", "answers")).isEqualTo("2 answers");
    }

    @Test
    @DisplayName("list a breakdown's categories with agreeing verbs, leaving out those with no answers")
    void shares() {
        String shares =
                Figures.shares(breakdown(List.of("Face to face", "Mixed", "None"), 2, 0, 1), "answer", "answers");
        assertThat(shares)
                .isEqualTo("2 answers (67%) were \u201cFace to face\u201d and 1 answer (33%) was \u201cNone\u201d")
                .doesNotContain("Mixed")
                .doesNotContain("0 answers");
        assertThat(Figures.shares(breakdown(List.of("Face to face", "None"), 1, 0), "answer", "answers"))
                .isEqualTo("1 answer (100%) was \u201cFace to face\u201d");
    }

    @Test
    @DisplayName("capitalise the first letter of a sentence in one place")
    void capitalised() {
        assertThat(Figures.capitalised("in 3 cases")).isEqualTo("In 3 cases");
        assertThat(Figures.capitalised("")).isEmpty();
    }

    private static Breakdown<String> breakdown(List<String> labels, int... counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        List<Tally<String>> tallies = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            tallies.add(new Tally<>(labels.get(i), new Proportion(counts[i], total), List.of()));
        }
        List<Tally<String>> fixed = List.copyOf(tallies);
        return new Breakdown<>() {
            @Override
            public List<Tally<String>> tallies() {
                return fixed;
            }

            @Override
            public List<ReturnRef> sources() {
                return List.of();
            }

            @Override
            public List<String> labels() {
                return labels;
            }
        };
    }
}
