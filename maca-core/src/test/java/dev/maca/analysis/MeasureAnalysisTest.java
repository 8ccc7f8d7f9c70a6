package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHILDRENS_SERVICES;
import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS_OBJECTIVE;
import static dev.maca.analysis.AnalysisFixtures.MIDWIFERY;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.NA;
import static dev.maca.analysis.AnalysisFixtures.NO;
import static dev.maca.analysis.AnalysisFixtures.PARTLY;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.POLICE;
import static dev.maca.analysis.AnalysisFixtures.YES;
import static dev.maca.analysis.AnalysisFixtures.caseRecord;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static dev.maca.analysis.AnalysisFixtures.ret;
import static dev.maca.analysis.PanelFixtures.FATHER_SEEN;
import static dev.maca.analysis.PanelFixtures.LEARNING;
import static dev.maca.analysis.PanelFixtures.MALES_CHECKED;
import static dev.maca.analysis.PanelFixtures.STAFF_TRAINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.maca.audit.ImpactMeasure;
import dev.maca.returns.ContactMode;
import dev.maca.scope.SharedMeasures;
import dev.maca.scope.Themes;
import dev.maca.tool.AuditTool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Shared measures combined per family across the agencies that ask them. */
class MeasureAnalysisTest {

    @Nested
    @DisplayName("on six families that answer one measure in every way")
    class Outcomes {
        /*
         * Every family has cs, mw and pol involved; all three ask father-seen (mw twice: mw-father and mw-partner).
         *
         * family  answers                                   outcome   answered     giving it
         * g1      cs No, mw Yes                             YES       cs mw        mw
         * g2      cs Partly, mw No                          PARTLY    cs mw        cs
         * g3      cs No, pol N/A (a second cs return: Yes)  NO        cs pol       cs
         * g4      cs N/A, mw N/A                            N/A       cs mw        cs mw
         * g5      cs no answer, mw only a contact question  NOT_ASKED -            -
         * g6      mw-father No, mw-partner Yes              YES       mw           mw
         */
        private final PanelAnalysis panel = analyse();

        private PanelAnalysis analyse() {
            Map<String, AuditTool> tools = PanelFixtures.withMeasures(
                    AnalysisFixtures.tools(
                            AnalysisFixtures.tool(CS)
                                    .evidenced("cs-father", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                                    .build(),
                            AnalysisFixtures.tool(MW)
                                    .evidenced("mw-father", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                                    .evidenced("mw-partner", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                                    .contact("mw-covid", List.of(FATHERS), Themes.COVID_19)
                                    .build(),
                            AnalysisFixtures.tool(POL)
                                    .evidenced("pol-dash", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                                    .build()),
                    Map.of(
                            "cs-father",
                            FATHER_SEEN,
                            "mw-father",
                            FATHER_SEEN,
                            "mw-partner",
                            FATHER_SEEN,
                            "pol-dash",
                            FATHER_SEEN));
            var scope = AnalysisFixtures.scope(
                    dev.maca.scope.GradingScale.ofsted(),
                    List.of(FATHERS_OBJECTIVE),
                    List.of(CHILDRENS_SERVICES, MIDWIFERY, POLICE));
            var cases = List.of(
                    caseRecord("g1", "Family 1", CS, MW, POL),
                    caseRecord("g2", "Family 2", CS, MW, POL),
                    caseRecord("g3", "Family 3", CS, MW, POL),
                    caseRecord("g4", "Family 4", CS, MW, POL),
                    caseRecord("g5", "Family 5", CS, MW, POL),
                    caseRecord("g6", "Family 6", CS, MW, POL));
            var returns = List.of(
                    ret("g1", CS).evidence("cs-father", NO).build(),
                    ret("g1", MW).evidence("mw-father", YES).build(),
                    ret("g2", CS).evidence("cs-father", PARTLY).build(),
                    ret("g2", MW).evidence("mw-father", NO).build(),
                    ret("g3", CS).evidence("cs-father", NO).build(),
                    ret("g3", POL).evidence("pol-dash", NA).build(),
                    ret("g3", CS).evidence("cs-father", YES).build(),
                    ret("g4", CS).evidence("cs-father", NA).build(),
                    ret("g4", MW).evidence("mw-father", NA).build(),
                    ret("g5", CS).build(),
                    ret("g5", MW).contact("mw-covid", ContactMode.VIRTUAL).build(),
                    ret("g6", MW)
                            .evidence("mw-father", NO)
                            .evidence("mw-partner", YES)
                            .build());
            return AuditAnalysis.of(AnalysisFixtures.audit(scope, cases, returns), tools)
                    .panel();
        }

        private MeasureAnalysis fatherSeen() {
            return panel.measure(FATHER_SEEN).orElseThrow();
        }

        @Test
        @DisplayName("each family's outcome is the best answer any agency gave: Yes, then Partly, then No, then N/A")
        void outcomePerFamily() {
            assertThat(fatherSeen().families())
                    .extracting(f -> f.family().id(), FamilyMeasure::outcome)
                    .containsExactly(
                            tuple("g1", MeasureOutcome.YES),
                            tuple("g2", MeasureOutcome.PARTLY),
                            tuple("g3", MeasureOutcome.NO),
                            tuple("g4", MeasureOutcome.NOT_APPLICABLE),
                            tuple("g5", MeasureOutcome.NOT_ASKED),
                            tuple("g6", MeasureOutcome.YES));
        }

        @Test
        @DisplayName(
                "a recommendation measured on a shared measure has as baseline the families any agency evidenced, of"
                        + " those where it applied and was asked")
        void baseline() {
            assertThat(panel.baseline(ImpactMeasure.ofSharedMeasure(FATHER_SEEN, 5)))
                    .contains(new FamilyCount(2, 4, List.of("g1", "g6")));
            assertThat(panel.baseline(ImpactMeasure.ofSharedMeasure("no-question-asks-it", 5)))
                    .isEmpty();
            assertThat(panel.baseline(ImpactMeasure.ofObjective(FATHERS_OBJECTIVE.id(), 5)))
                    .map(FamilyCount::families)
                    .contains(6);
        }

        @Test
        @DisplayName("families are counted by outcome: any agency, partly, no agency, not applicable and not asked")
        void counts() {
            MeasureAnalysis m = fatherSeen();

            assertThat(m.anyAgency()).isEqualTo(new FamilyCount(2, 6, List.of("g1", "g6")));
            assertThat(m.partly().caseIds()).containsExactly("g2");
            assertThat(m.noAgency()).hasToString("1 of 6 families");
            assertThat(m.noAgency().caseIds()).containsExactly("g3");
            assertThat(m.notApplicable().caseIds()).containsExactly("g4");
            assertThat(m.notAsked().caseIds()).containsExactly("g5");
            assertThat(m.count(MeasureOutcome.NO)).isEqualTo(m.noAgency());
        }

        @Test
        @DisplayName("each family names the returns that answered and those whose answer gave the outcome")
        void sources() {
            List<FamilyMeasure> families = fatherSeen().families();

            assertThat(families.get(0).answered()).containsExactly(ref("g1", CS), ref("g1", MW));
            assertThat(families.get(0).sources()).containsExactly(ref("g1", MW));
            assertThat(families.get(2).answered()).containsExactly(ref("g3", CS), ref("g3", POL));
            assertThat(families.get(2).sources()).containsExactly(ref("g3", CS));
            assertThat(families.get(3).sources()).containsExactly(ref("g4", CS), ref("g4", MW));
            assertThat(families.get(4).answered()).isEmpty();
        }

        @Test
        @DisplayName("an agency asking a measure twice counts once per family, at its best answer")
        void oneAgencyTwoQuestions() {
            FamilyMeasure g6 = fatherSeen().family("g6").orElseThrow();

            assertThat(g6.answered()).containsExactly(ref("g6", MW));
            assertThat(g6.outcome()).isEqualTo(MeasureOutcome.YES);
        }

        @Test
        @DisplayName("a second return for the same family and agency is not read, as in the rest of the analysis")
        void firstReturnOnly() {
            // g3's second cs return answered Yes; only the first (No) counts
            assertThat(fatherSeen().family("g3").orElseThrow().outcome()).isEqualTo(MeasureOutcome.NO);
        }

        @Test
        @DisplayName("the questions asking a measure are listed in agency order, then tool order")
        void questions() {
            assertThat(fatherSeen().questions())
                    .containsExactly(
                            new MeasureQuestion(CS, "cs-father"),
                            new MeasureQuestion(MW, "mw-father"),
                            new MeasureQuestion(MW, "mw-partner"),
                            new MeasureQuestion(POL, "pol-dash"));
        }
    }

    @Nested
    @DisplayName("on the four-families audit")
    class FourFamilies {
        private final PanelAnalysis panel = PanelFixtures.panel();

        @Test
        @DisplayName("measures come well-known first in their own order, then a plugin's own, labelled from its id")
        void order() {
            assertThat(panel.measures())
                    .extracting(MeasureAnalysis::id)
                    .containsExactly(FATHER_SEEN, MALES_CHECKED, LEARNING, STAFF_TRAINED);
            assertThat(panel.measure(FATHER_SEEN).orElseThrow().measure()).isEqualTo(SharedMeasures.FATHER_SEEN);
            assertThat(panel.measure(STAFF_TRAINED).orElseThrow().measure().label())
                    .isEqualTo("Staff trained");
        }

        @Test
        @DisplayName("each measure's families are counted as worked out in the fixture")
        void counts() {
            MeasureAnalysis father = panel.measure(FATHER_SEEN).orElseThrow();
            assertThat(father.anyAgency().caseIds()).containsExactly("f1", "f2", "f4");
            assertThat(father.notApplicable().caseIds()).containsExactly("f3");
            assertThat(father.noAgency().count()).isZero();

            MeasureAnalysis males = panel.measure(MALES_CHECKED).orElseThrow();
            assertThat(males.anyAgency().caseIds()).containsExactly("f4");
            assertThat(males.partly().caseIds()).containsExactly("f1");
            assertThat(males.notAsked().caseIds()).containsExactly("f2", "f3");

            MeasureAnalysis learning = panel.measure(LEARNING).orElseThrow();
            assertThat(learning.families())
                    .extracting(FamilyMeasure::outcome)
                    .containsExactly(
                            MeasureOutcome.YES,
                            MeasureOutcome.NOT_ASKED,
                            MeasureOutcome.PARTLY,
                            MeasureOutcome.NOT_APPLICABLE);
            assertThat(learning.family("f1").orElseThrow().sources()).containsExactly(ref("f1", MW));

            MeasureAnalysis trained = panel.measure(STAFF_TRAINED).orElseThrow();
            assertThat(trained.families())
                    .extracting(FamilyMeasure::outcome)
                    .containsExactly(
                            MeasureOutcome.PARTLY,
                            MeasureOutcome.NOT_APPLICABLE,
                            MeasureOutcome.NOT_ASKED,
                            MeasureOutcome.NOT_ASKED);
        }

        @Test
        @DisplayName("a return for a family outside the cohort is not read")
        void cohortOnly() {
            // f9's police return answered pol-dash No; f9 is not in the cohort
            assertThat(panel.measure(FATHER_SEEN).orElseThrow().families())
                    .extracting(f -> f.family().id())
                    .containsExactly("f1", "f2", "f3", "f4");
        }

        @Test
        @DisplayName("a measure's counts add up to the cohort")
        void countsAddUp() {
            for (MeasureAnalysis m : panel.measures()) {
                int sum = 0;
                for (MeasureOutcome outcome : MeasureOutcome.values()) {
                    sum += m.count(outcome).count();
                }
                assertThat(sum).as(m.id()).isEqualTo(4);
            }
        }
    }
}
