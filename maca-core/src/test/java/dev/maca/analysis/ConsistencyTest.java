package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Multi-agency consistency: cases whose agencies' judgements are two or more grades apart. */
class ConsistencyTest {
    private final AuditAnalysis analysis = AnalysisFixtures.analyseFourFamilies();

    @Test
    @DisplayName("a case whose agencies' grades are three apart diverges, with every agency's grade in scope order")
    void divergentCase() {
        List<Divergence> divergences = analysis.objective(FATHERS).orElseThrow().divergences();

        assertThat(divergences).hasSize(1);
        Divergence f1 = divergences.get(0);
        assertThat(f1.caseRef()).isEqualTo(new CaseRef("f1", "Family 1"));
        assertThat(f1.spread()).isEqualTo(3);
        assertThat(f1.grades())
                .extracting(AgencyGrade::agencyId, g -> g.grade().label())
                .containsExactly(tuple(CS, "Good"), tuple(MW, "Inadequate"), tuple(POL, "Outstanding"));
        assertThat(f1.best()).extracting(AgencyGrade::agencyId).containsExactly(POL);
        assertThat(f1.worst()).extracting(AgencyGrade::agencyId).containsExactly(MW);
        assertThat(f1.sources()).containsExactly(ref("f1", CS), ref("f1", MW), ref("f1", POL));
    }

    @Test
    @DisplayName("grades one apart do not diverge; only cases judged by two or more agencies are compared")
    void comparedCases() {
        JudgementAnalysis fathers = analysis.objective(FATHERS).orElseThrow().judgements();

        // f1 (3 agencies) and f2 (good / requires improvement, one apart) are compared; f3 and f4 have one judgement
        assertThat(fathers.casesCompared()).isEqualTo(2);
        assertThat(fathers.divergence()).isEqualTo(new Proportion(1, 2));
        assertThat(fathers.divergence().percent()).hasValue(50);
    }

    @Test
    @DisplayName("the overall judgement and the other objectives have no divergence in this audit")
    void noDivergence() {
        assertThat(analysis.overallJudgements().divergences()).isEmpty();
        assertThat(analysis.objective(AnalysisFixtures.CHALLENGE).orElseThrow().divergences())
                .isEmpty();
    }
}
