package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.panel.ConcernSource;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The immediate concerns by status, source and family; the concerns are listed in {@link PanelFixtures}. */
class ConcernSummaryTest {
    private final ConcernSummary concerns = PanelFixtures.panel().concerns();

    @Test
    @DisplayName("concerns are counted in all, open and closed")
    void byStatus() {
        assertThat(concerns.total()).isEqualTo(4);
        assertThat(concerns.open()).isEqualTo(2);
        assertThat(concerns.closed()).isEqualTo(2);
        assertThat(concerns.openConcernIds()).containsExactly("ic-01", "ic-04");
    }

    @Test
    @DisplayName("the cohort families with any concern, and with one still open, are counted of the cohort")
    void families() {
        assertThat(concerns.families()).isEqualTo(new FamilyCount(2, 4, List.of("f1", "f3")));
        assertThat(concerns.familiesWithOpen()).hasToString("1 of 4 families");
        assertThat(concerns.familiesWithOpen().caseIds()).containsExactly("f1");
    }

    @Test
    @DisplayName("a concern about a case outside the cohort counts in the totals but in no family count")
    void outsideCohort() {
        // ic-04 is about f9, open, raised at the panel
        assertThat(concerns.concernIds()).contains("ic-04");
        assertThat(concerns.families().caseIds()).doesNotContain("f9");
        assertThat(concerns.familiesWithOpen().caseIds()).doesNotContain("f9");
    }

    @Test
    @DisplayName("concerns are counted by source, every source present, and listed by id only, in the order raised")
    void bySourceAndIds() {
        assertThat(concerns.bySource())
                .containsExactly(
                        java.util.Map.entry(ConcernSource.RETURN, 1),
                        java.util.Map.entry(ConcernSource.PANEL, 2),
                        java.util.Map.entry(ConcernSource.COORDINATOR, 1));
        assertThat(concerns.count(ConcernSource.PANEL)).isEqualTo(2);
        assertThat(concerns.concernIds()).containsExactly("ic-01", "ic-02", "ic-03", "ic-04");
        assertThat(concerns.toString()).doesNotContain("at risk");
    }

    @Test
    @DisplayName("the counted returns that said something needs action now are listed, so a report can say how many")
    void raisedInReturns() {
        // f9 Police also said so, but f9 is not in the cohort
        assertThat(concerns.raisedInReturns()).containsExactly(ref("f1", MW));
    }

    @Test
    @DisplayName("an audit with no concerns has every count at zero and every source listed")
    void none() {
        ConcernSummary none = AnalysisFixtures.analyseFourFamilies().panel().concerns();

        assertThat(none.total()).isZero();
        assertThat(none.bySource()).containsOnlyKeys(ConcernSource.values()).containsValues(0);
        assertThat(none.raisedInReturns()).isEmpty();
    }

    @Test
    @DisplayName("a summary whose counts disagree is refused")
    void validation() {
        FamilyCount noFamilies = FamilyCount.of(List.of(), 4);
        assertThatThrownBy(() -> new ConcernSummary(
                        1,
                        1,
                        1,
                        noFamilies,
                        noFamilies,
                        java.util.Map.of(ConcernSource.RETURN, 1, ConcernSource.PANEL, 0, ConcernSource.COORDINATOR, 0),
                        List.of("ic-01"),
                        List.of("ic-01"),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts must agree");
    }
}
