package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static dev.maca.analysis.ReturnState.INCOMPLETE;
import static dev.maca.analysis.ReturnState.MISSING;
import static dev.maca.analysis.ReturnState.NOT_INVOLVED;
import static dev.maca.analysis.ReturnState.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Agency participation: the case × agency matrix and its return rates. */
class CompletenessTest {
    private final Completeness completeness =
            AnalysisFixtures.analyseFourFamilies().completeness();

    @Test
    @DisplayName("every cohort case has a cell for every required agency, cases in cohort order")
    void matrix() {
        assertThat(completeness.agencies()).extracting(a -> a.id()).containsExactly(CS, MW, POL);
        assertThat(completeness.cases())
                .extracting(c -> c.caseRef().pseudonym())
                .containsExactly("Family 1", "Family 2", "Family 3", "Family 4");
        assertThat(completeness.cases().get(0).cells())
                .extracting(CompletenessCell::state)
                .containsExactly(RETURNED, RETURNED, RETURNED);
        assertThat(completeness.cases().get(1).cells())
                .extracting(CompletenessCell::state)
                .containsExactly(RETURNED, INCOMPLETE, NOT_INVOLVED);
        assertThat(completeness.cases().get(2).cells())
                .extracting(CompletenessCell::state)
                .containsExactly(MISSING, NOT_INVOLVED, RETURNED);
        assertThat(completeness.cases().get(3).cells())
                .extracting(CompletenessCell::state)
                .containsExactly(NOT_INVOLVED, RETURNED, NOT_INVOLVED);
        assertThat(completeness.state("f3", CS)).isEqualTo(MISSING);
    }

    @Test
    @DisplayName("a cell names its return only when one was received")
    void cellSource() {
        assertThat(completeness.cases().get(0).cells().get(0).source()).contains(ref("f1", CS));
        assertThat(completeness.cases().get(2).cells().get(0).source()).isEmpty();
        assertThat(completeness.cases().get(2).cells().get(1).source()).isEmpty();
    }

    @Test
    @DisplayName("an agency's rate is its returns of the cases it was involved in, with the missing ones listed")
    void perAgency() {
        CompletenessRate cs = completeness.agency(CS).rate();
        assertThat(cs.expected()).isEqualTo(3);
        assertThat(cs.returnRate()).isEqualTo(new Proportion(2, 3));
        assertThat(cs.returnRate().percent()).hasValue(67);
        assertThat(cs.missing()).containsExactly(ref("f3", CS));
        assertThat(cs.sources()).containsExactly(ref("f1", CS), ref("f2", CS));

        CompletenessRate mw = completeness.agency(MW).rate();
        assertThat(mw.returnRate()).isEqualTo(new Proportion(3, 3));
        assertThat(mw.completeRate()).isEqualTo(new Proportion(2, 3));
        assertThat(mw.incomplete()).containsExactly(ref("f2", MW));

        assertThat(completeness.agency(POL).rate().returnRate()).isEqualTo(new Proportion(2, 2));
    }

    @Test
    @DisplayName("the overall rate counts every expected return; 7 of 8 rounds half up to 88%")
    void overall() {
        CompletenessRate overall = completeness.overall();

        assertThat(overall.expected()).isEqualTo(8);
        assertThat(overall.returnRate()).isEqualTo(new Proportion(7, 8));
        assertThat(overall.returnRate().percent()).hasValue(88);
        assertThat(overall.complete()).isEqualTo(6);
        assertThat(overall.completeRate().percent()).hasValue(75);
        assertThat(overall.missing()).containsExactly(ref("f3", CS));
        assertThat(overall.unexpected()).isEmpty();
    }

    @Test
    @DisplayName("each case has its own rate")
    void perCase() {
        assertThat(completeness.cases().get(1).rate().returnRate()).isEqualTo(new Proportion(2, 2));
        assertThat(completeness.cases().get(1).rate().completeRate()).isEqualTo(new Proportion(1, 2));
        assertThat(completeness.cases().get(2).rate().returnRate()).isEqualTo(new Proportion(1, 2));
    }

    @Test
    @DisplayName("asking for a case outside the cohort or an agency outside the scope is refused")
    void unknownCell() {
        assertThatThrownBy(() -> completeness.state("f9", POL)).hasMessageContaining("'f9' is not in the cohort");
        assertThatThrownBy(() -> completeness.state("f1", "gp")).hasMessageContaining("'gp' is not required");
    }
}
