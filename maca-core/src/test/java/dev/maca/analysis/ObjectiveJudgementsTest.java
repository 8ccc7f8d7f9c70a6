package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHALLENGE;
import static dev.maca.analysis.AnalysisFixtures.CONTEXT;
import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.OUTSTANDING;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.RI;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.maca.scope.Grade;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Judgements per objective and overall on the four-families audit; every number is worked out in the fixture table. */
class ObjectiveJudgementsTest {
    private final AuditAnalysis analysis = AnalysisFixtures.analyseFourFamilies();

    private JudgementAnalysis judgements(String objectiveId) {
        return analysis.objective(objectiveId).orElseThrow().judgements();
    }

    @Test
    @DisplayName("objectives are analysed in the scope's order")
    void objectivesInScopeOrder() {
        assertThat(analysis.objectives())
                .extracting(ObjectiveAnalysis::id)
                .containsExactly(FATHERS, CHALLENGE, CONTEXT);
    }

    @Test
    @DisplayName("every grade of the scale is counted, best first, for every judgement from a cohort return")
    void distributionOverScale() {
        GradeDistribution all = judgements(FATHERS).all();

        assertThat(all.labels()).containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
        assertThat(all.counts()).containsExactly(2, 3, 1, 1);
        assertThat(all.total()).isEqualTo(7);
        assertThat(all.share(GOOD)).isEqualTo(new Proportion(3, 7));
        assertThat(all.tally(OUTSTANDING).percent()).hasValue(29);
        assertThat(all.percents()).containsExactly(29, 43, 14, 14);
    }

    @Test
    @DisplayName("judgements at or above and below the expected standard are counted with their shares")
    void expectedStandard() {
        GradeDistribution all = judgements(FATHERS).all();

        assertThat(all.countAtOrAboveExpected()).isEqualTo(5);
        assertThat(all.atOrAboveExpected()).isEqualTo(new Proportion(5, 7));
        assertThat(all.atOrAboveExpected().percent()).hasValue(71);
        assertThat(all.countBelowExpected()).isEqualTo(2);
        assertThat(all.belowExpected().percent()).hasValue(29);
        assertThat(all.atOrAbove(OUTSTANDING)).isEqualTo(new Proportion(2, 7));
        assertThat(all.atOrAbove(INADEQUATE)).isEqualTo(new Proportion(7, 7));
    }

    @Test
    @DisplayName("each agency's judgements form a row with every grade, in the scope's agency order")
    void byAgency() {
        JudgementAnalysis fathers = judgements(FATHERS);

        assertThat(fathers.byAgency()).extracting(AgencyGrades::agencyId).containsExactly(CS, MW, POL);
        assertThat(fathers.agency(CS).counts()).containsExactly(0, 1, 1, 0);
        assertThat(fathers.agency(MW).counts()).containsExactly(1, 1, 0, 1);
        assertThat(fathers.agency(POL).counts()).containsExactly(1, 1, 0, 0);
        assertThat(fathers.byAgency().get(0).agency().name()).isEqualTo("Children's Services");
        assertThatThrownBy(() -> fathers.agency("gp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gp' is not required by the scope");
    }

    @Test
    @DisplayName("by case, each case counts once at the lowest grade any agency gave it")
    void byCase() {
        GradeDistribution cases = judgements(FATHERS).byCase();

        // f1 inadequate (mw), f2 requires improvement (cs), f3 good, f4 outstanding
        assertThat(cases.counts()).containsExactly(1, 1, 1, 1);
        assertThat(cases.total()).isEqualTo(4);
        assertThat(cases.atOrAboveExpected()).isEqualTo(new Proportion(2, 4));
        assertThat(cases.tally(INADEQUATE).sources()).containsExactly(ref("f1", CS), ref("f1", MW), ref("f1", POL));
        assertThat(cases.tally(GOOD).sources()).containsExactly(ref("f3", POL));
    }

    @Test
    @DisplayName("a case is of concern when any agency judged it below the expected standard, listed in cohort order")
    void casesOfConcern() {
        List<CaseOfConcern> concerns = analysis.objective(FATHERS).orElseThrow().casesOfConcern();

        assertThat(concerns).extracting(c -> c.caseRef().pseudonym()).containsExactly("Family 1", "Family 2");
        assertThat(concerns.get(0).agencyIds()).containsExactly(MW);
        assertThat(concerns.get(0).concerns().get(0).grade().label()).isEqualTo("Inadequate");
        assertThat(concerns.get(1).agencyIds()).containsExactly(CS);
        assertThat(concerns.get(1).concerns().get(0).grade().id()).isEqualTo(RI);
        assertThat(concerns.get(1).sources()).containsExactly(ref("f2", CS));
        assertThat(judgements(FATHERS).concern()).isEqualTo(new Proportion(2, 4));
    }

    @Test
    @DisplayName("the number of cases of concern equals the cases counted below the standard by case")
    void concernsAgreeWithByCase() {
        for (ObjectiveAnalysis objective : analysis.objectives()) {
            JudgementAnalysis j = objective.judgements();
            assertThat(j.casesOfConcern()).hasSize(j.byCase().countBelowExpected());
        }
    }

    @Test
    @DisplayName("a second objective is counted from its own judgements only")
    void challengeObjective() {
        JudgementAnalysis challenge = judgements(CHALLENGE);

        assertThat(challenge.all().counts()).containsExactly(1, 3, 1, 1);
        assertThat(challenge.all().atOrAboveExpected().percent()).hasValue(67);
        assertThat(challenge.agency(CS).counts()).containsExactly(0, 2, 0, 0);
        assertThat(challenge.agency(MW).counts()).containsExactly(1, 0, 1, 0);
        assertThat(challenge.agency(POL).counts()).containsExactly(0, 1, 0, 1);
        assertThat(challenge.byCase().counts()).containsExactly(1, 1, 1, 1);
        assertThat(challenge.casesOfConcern())
                .extracting(c -> c.caseRef().id(), CaseOfConcern::agencyIds)
                .containsExactly(tuple("f1", List.of(MW)), tuple("f3", List.of(POL)));
    }

    @Test
    @DisplayName("an objective nobody judged has every grade at zero and undefined shares")
    void objectiveWithoutJudgements() {
        JudgementAnalysis context = judgements(CONTEXT);

        assertThat(context.all().counts()).containsExactly(0, 0, 0, 0);
        assertThat(context.all().isEmpty()).isTrue();
        assertThat(context.all().atOrAboveExpected().isDefined()).isFalse();
        assertThat(context.all().atOrAboveExpected().percent()).isEmpty();
        assertThat(context.all().percents()).containsExactly(0, 0, 0, 0);
        assertThat(context.byAgency()).hasSize(3).allMatch(a -> a.grades().isEmpty());
        assertThat(context.casesOfConcern()).isEmpty();
        assertThat(context.divergences()).isEmpty();
        assertThat(context.casesCompared()).isZero();
    }

    @Test
    @DisplayName("the agencies' overall judgements are analysed like an objective")
    void overallJudgements() {
        JudgementAnalysis overall = analysis.overallJudgements();

        // f2 midwifery's incomplete return gives no overall judgement
        assertThat(overall.all().counts()).containsExactly(1, 2, 2, 1);
        assertThat(overall.byCase().counts()).containsExactly(1, 0, 2, 1);
        assertThat(overall.casesOfConcern()).extracting(c -> c.caseRef().id()).containsExactly("f1", "f2", "f3");
        assertThat(overall.divergences()).isEmpty();
        assertThat(overall.casesCompared()).isEqualTo(1);
    }

    @Test
    @DisplayName("grade lookups by an id not on the scale are refused, naming the scale's grades")
    void unknownGradeId() {
        GradeDistribution all = judgements(FATHERS).all();

        assertThatThrownBy(() -> all.count("satisfactory"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'satisfactory' is not on the four-point practice scale");
        assertThat(all.tally(new Grade(
                                GOOD,
                                "Good",
                                all.scale().grade(GOOD).orElseThrow().description()))
                        .count())
                .isEqualTo(3);
    }
}
