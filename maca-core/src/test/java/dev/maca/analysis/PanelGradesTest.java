package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHALLENGE;
import static dev.maca.analysis.AnalysisFixtures.CONTEXT;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.OUTSTANDING;
import static dev.maca.analysis.AnalysisFixtures.RI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.maca.analysis.PanelCell.State;
import dev.maca.panel.PanelGrade;
import dev.maca.scope.GradingScale;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The panel's grades per objective and family on the four-families audit; every number is in {@link PanelFixtures}. */
class PanelGradesTest {
    private final PanelAnalysis panel = PanelFixtures.panel();

    private ObjectivePanelGrades objective(String id) {
        return panel.objective(id).orElseThrow();
    }

    @Test
    @DisplayName(
            "per objective, the panel's grades are counted over the families of the cohort, every grade best first")
    void distributionOverFamilies() {
        ObjectivePanelGrades challenge = objective(CHALLENGE);

        assertThat(challenge.grades())
                .extracting(g -> g.grade().label(), GradeCount::count)
                .containsExactly(
                        tuple("Outstanding", 0),
                        tuple("Good", 1),
                        tuple("Requires improvement", 1),
                        tuple("Inadequate", 1));
        assertThat(challenge.grades())
                .allSatisfy(g -> assertThat(g.families().families()).isEqualTo(4));
        assertThat(challenge.grade(GOOD)).hasToString("1 of 4 families");
        assertThat(challenge.counts()).containsExactly(0, 1, 1, 1);
        assertThat(challenge.graded()).isEqualTo(3);
    }

    @Test
    @DisplayName("objectives come in the scope's order and the cohort is the denominator of every count")
    void objectivesInScopeOrder() {
        assertThat(panel.objectives())
                .extracting(ObjectivePanelGrades::id)
                .containsExactly(FATHERS, CHALLENGE, CONTEXT);
        assertThat(panel.families()).extracting(CaseRef::id).containsExactly("f1", "f2", "f3", "f4");
        assertThat(panel.reviewed()).isEqualTo(new FamilyCount(3, 4, List.of("f1", "f2", "f3")));
    }

    @Test
    @DisplayName("a family the objective does not apply to is counted apart from a family without a grade")
    void notApplicableApartFromNotGraded() {
        ObjectivePanelGrades context = objective(CONTEXT);

        // f1 good; f2 not applicable; f3's review gives no grade; f4 has no review
        assertThat(context.counts()).containsExactly(0, 1, 0, 0);
        assertThat(context.notApplicable().caseIds()).containsExactly("f2");
        assertThat(context.notGraded().caseIds()).containsExactly("f3", "f4");
        assertThat(context.atOrAboveExpected()).hasToString("1 of 4 families");
        assertThat(context.belowExpected().count()).isZero();
    }

    @Test
    @DisplayName("a panel grade that is not on the scale is left out of the grades, counted not graded and listed")
    void offScaleGrade() {
        ObjectivePanelGrades fathers = objective(FATHERS);

        assertThat(fathers.counts()).containsExactly(0, 0, 2, 0);
        assertThat(fathers.offScale().caseIds()).containsExactly("f3");
        assertThat(fathers.notGraded().caseIds()).containsExactly("f3", "f4");
        assertThat(fathers.notApplicable().count()).isZero();
    }

    @Test
    @DisplayName("families at or above and below the expected standard are counted of the whole cohort")
    void expectedStandard() {
        ObjectivePanelGrades challenge = objective(CHALLENGE);

        assertThat(challenge.atOrAboveExpected()).isEqualTo(new FamilyCount(1, 4, List.of("f2")));
        assertThat(challenge.belowExpected()).isEqualTo(new FamilyCount(2, 4, List.of("f1", "f3")));
        assertThat(objective(FATHERS).belowExpected().caseIds()).containsExactly("f1", "f2");
    }

    @Test
    @DisplayName("each grade's count names the families the panel gave it, in cohort order")
    void gradeTraceability() {
        ObjectivePanelGrades fathers = objective(FATHERS);

        assertThat(fathers.grade(RI).caseIds()).containsExactly("f1", "f2");
        assertThat(objective(CHALLENGE).grade(INADEQUATE).caseIds()).containsExactly("f3");
        assertThat(fathers.grade(OUTSTANDING).caseIds()).isEmpty();
        assertThatThrownBy(() -> fathers.grade("excellent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'excellent' is not on the scale");
    }

    @Test
    @DisplayName("the grid has a row per family in cohort order and a cell per objective saying what the panel agreed")
    void gridCells() {
        assertThat(panel.grid())
                .extracting(r -> r.family().pseudonym(), FamilyGrades::reviewed)
                .containsExactly(
                        tuple("Family 1", true),
                        tuple("Family 2", true),
                        tuple("Family 3", true),
                        tuple("Family 4", false));
        assertThat(panel.family("f2").orElseThrow().cells())
                .extracting(
                        PanelCell::objectiveId, PanelCell::state, c -> c.grade().map(g -> g.id()))
                .containsExactly(
                        tuple(FATHERS, State.GRADED, Optional.of(RI)),
                        tuple(CHALLENGE, State.GRADED, Optional.of(GOOD)),
                        tuple(CONTEXT, State.NOT_APPLICABLE, Optional.empty()));
        assertThat(panel.family("f3").orElseThrow().cells())
                .extracting(PanelCell::state)
                .containsExactly(State.NOT_GRADED, State.GRADED, State.NOT_GRADED);
        assertThat(panel.family("f4").orElseThrow().cells())
                .extracting(PanelCell::state)
                .containsOnly(State.NOT_GRADED);
        assertThat(panel.family("f1")
                        .orElseThrow()
                        .cell(CONTEXT)
                        .orElseThrow()
                        .grade()
                        .orElseThrow()
                        .label())
                .isEqualTo("Good");
    }

    @Test
    @DisplayName("the grid agrees with the distribution: each objective's cells add up to its counts")
    void gridAgreesWithDistribution() {
        for (int o = 0; o < panel.objectives().size(); o++) {
            ObjectivePanelGrades grades = panel.objectives().get(o);
            int column = o;
            for (GradeCount g : grades.grades()) {
                assertThat(panel.grid().stream()
                                .filter(r -> r.cells().get(column).grade().equals(Optional.of(g.grade())))
                                .map(r -> r.family().id()))
                        .containsExactlyElementsOf(g.families().caseIds());
            }
        }
    }

    @Test
    @DisplayName("a review of a case outside the cohort, or a second review of a family, is left out and listed")
    void ignoredReviews() {
        assertThat(panel.ignoredReviews()).containsExactly("f9", "f2");
        // the second review of f2 graded fathers Outstanding; the first said Requires improvement
        assertThat(panel.objective(FATHERS).orElseThrow().grade(OUTSTANDING).count())
                .isZero();
    }

    @Test
    @DisplayName("an audit with no panel reviews has no family reviewed and every family not graded, without failing")
    void noPanelReviews() {
        PanelAnalysis none = AnalysisFixtures.analyseFourFamilies().panel();

        assertThat(none.reviewed()).hasToString("0 of 4 families");
        assertThat(none.objectives()).allSatisfy(o -> {
            assertThat(o.notGraded().caseIds()).containsExactly("f1", "f2", "f3", "f4");
            assertThat(o.counts()).containsOnly(0);
            assertThat(o.atOrAboveExpected().count()).isZero();
        });
        assertThat(none.grid()).allSatisfy(r -> {
            assertThat(r.reviewed()).isFalse();
            assertThat(r.cells()).extracting(PanelCell::state).containsOnly(State.NOT_GRADED);
        });
        assertThat(none.moderation()).isEmpty();
        assertThat(none.measures()).isEmpty();
        assertThat(none.concerns().total()).isZero();
        assertThat(none.concerns().families()).hasToString("0 of 4 families");
        assertThat(none.ignoredReviews()).isEmpty();
    }

    @Test
    @DisplayName("another scale gives its own grades and its own expected standard")
    void otherScale() {
        var audit = PanelFixtures.audit()
                .withScope(AnalysisFixtures.fourFamiliesScope().withGradingScale(GradingScale.rag()));
        audit = audit.withPanelReviews(List.of(
                PanelFixtures.review("f1")
                        .grade(FATHERS, PanelGrade.of("amber", "Partly."))
                        .build(),
                PanelFixtures.review("f2")
                        .grade(FATHERS, PanelGrade.of("green", "Yes."))
                        .build()));

        ObjectivePanelGrades fathers = AuditAnalysis.of(audit, PanelFixtures.tools())
                .panel()
                .objective(FATHERS)
                .orElseThrow();

        assertThat(fathers.grades()).extracting(g -> g.grade().label()).containsExactly("Green", "Amber", "Red");
        assertThat(fathers.counts()).containsExactly(1, 1, 0);
        assertThat(fathers.atOrAboveExpected().caseIds()).containsExactly("f2");
        assertThat(fathers.belowExpected().caseIds()).containsExactly("f1");
    }
}
