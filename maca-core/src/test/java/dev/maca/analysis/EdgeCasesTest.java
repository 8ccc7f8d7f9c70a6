package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHILDRENS_SERVICES;
import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS_OBJECTIVE;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.MIDWIFERY;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.NA;
import static dev.maca.analysis.AnalysisFixtures.NO;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.POLICE;
import static dev.maca.analysis.AnalysisFixtures.YES;
import static dev.maca.analysis.AnalysisFixtures.audit;
import static dev.maca.analysis.AnalysisFixtures.caseRecord;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static dev.maca.analysis.AnalysisFixtures.ret;
import static dev.maca.analysis.AnalysisFixtures.scope;
import static dev.maca.analysis.AnalysisFixtures.tool;
import static dev.maca.analysis.AnalysisFixtures.tools;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Themes;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Audits at the edges: nothing returned, odd answers, other scales, single agencies, and returns left out. */
class EdgeCasesTest {

    private static AuditScope fathersScope(GradingScale scale) {
        return scope(scale, List.of(FATHERS_OBJECTIVE), List.of(CHILDRENS_SERVICES, MIDWIFERY, POLICE));
    }

    private static AuditAnalysis analyse(AuditScope scope, List<CaseRecord> cases, AuditReturn... r) {
        return AuditAnalysis.of(audit(scope, cases, List.of(r)), AnalysisFixtures.fourFamiliesTools());
    }

    @Nested
    @DisplayName("with no returns")
    class NoReturns {
        private final AuditAnalysis analysis = AuditAnalysis.of(
                audit(AnalysisFixtures.fourFamiliesScope(), AnalysisFixtures.fourFamiliesCases(), List.of()),
                AnalysisFixtures.fourFamiliesTools());

        @Test
        @DisplayName("every grade is still listed, at zero, and no share is defined")
        void emptyDistributions() {
            GradeDistribution all =
                    analysis.objective(FATHERS).orElseThrow().judgements().all();

            assertThat(all.labels()).hasSize(4);
            assertThat(all.counts()).containsExactly(0, 0, 0, 0);
            assertThat(all.atOrAboveExpected()).isEqualTo(new Proportion(0, 0));
            assertThat(all.atOrAboveExpected().percent()).isEmpty();
            assertThat(all.sources()).isEmpty();
            assertThat(analysis.overallJudgements().casesOfConcern()).isEmpty();
            assertThat(analysis.overallJudgements().byAgency()).hasSize(3);
        }

        @Test
        @DisplayName("every question is still listed, with no answers")
        void emptyQuestions() {
            AnswerAnalysis<EvidenceRates> evidence =
                    analysis.objective(FATHERS).orElseThrow().evidence();

            assertThat(evidence.questions()).hasSize(4).allMatch(q -> q.breakdown()
                    .isEmpty());
            assertThat(evidence.overall().shareOfApplicable(YES).isDefined()).isFalse();
            assertThat(analysis.covid().contacts().overall().percents()).containsExactly(0, 0, 0, 0);
        }

        @Test
        @DisplayName("every expected return is missing: 0 of 8")
        void allMissing() {
            CompletenessRate overall = analysis.completeness().overall();

            assertThat(overall.returnRate()).isEqualTo(new Proportion(0, 8));
            assertThat(overall.returnRate().percent()).hasValue(0);
            assertThat(overall.missing())
                    .containsExactly(
                            ref("f1", CS),
                            ref("f1", MW),
                            ref("f1", POL),
                            ref("f2", CS),
                            ref("f2", MW),
                            ref("f3", CS),
                            ref("f3", POL),
                            ref("f4", MW));
        }
    }

    @Test
    @DisplayName("an audit with no cohort at all has empty figures and an undefined return rate")
    void noCohort() {
        AuditAnalysis analysis = analyse(fathersScope(GradingScale.ofsted()), List.of());

        assertThat(analysis.cases()).isEmpty();
        assertThat(analysis.completeness().cases()).isEmpty();
        assertThat(analysis.completeness().overall().returnRate().isDefined()).isFalse();
        assertThat(analysis.objective(FATHERS).orElseThrow().judgements().all().total())
                .isZero();
    }

    @Test
    @DisplayName("an agency that answered only Not applicable has no rate excluding N/A, and 100% Not applicable")
    void onlyNotApplicable() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", CS, POL), caseRecord("f2", "Family 2", CS, POL)),
                ret("f1", CS).evidence("cs-father", YES).build(),
                ret("f1", POL).evidence("pol-dash", NA).build(),
                ret("f2", CS).evidence("cs-father", NO).build(),
                ret("f2", POL).evidence("pol-dash", NA).build());
        AnswerAnalysis<EvidenceRates> evidence =
                analysis.objective(FATHERS).orElseThrow().evidence();

        EvidenceRates police = evidence.agency(POL).breakdown();
        assertThat(police.counts()).containsExactly(0, 0, 0, 2);
        assertThat(police.applicable()).isZero();
        assertThat(police.shareOfApplicable(YES)).isEqualTo(new Proportion(0, 0));
        assertThat(police.shareOfApplicable(YES).percent()).isEmpty();
        assertThat(police.share(NA).percent()).hasValue(100);

        EvidenceRates overall = evidence.overall();
        assertThat(overall.counts()).containsExactly(1, 0, 1, 2);
        assertThat(overall.shareOfApplicable(YES)).isEqualTo(new Proportion(1, 2));
    }

    @Test
    @DisplayName("on a RAG scale, Amber is of concern and Green against Red diverges")
    void ragScale() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.rag()),
                List.of(
                        caseRecord("f1", "Family 1", CS, MW),
                        caseRecord("f2", "Family 2", CS, MW, POL),
                        caseRecord("f3", "Family 3", POL)),
                ret("f1", CS).judge(FATHERS, "green").build(),
                ret("f1", MW).judge(FATHERS, "red").build(),
                ret("f2", CS).judge(FATHERS, "amber").build(),
                ret("f2", MW).judge(FATHERS, "green").build(),
                ret("f2", POL).judge(FATHERS, "amber").build(),
                ret("f3", POL).judge(FATHERS, "green").build());
        JudgementAnalysis fathers = analysis.objective(FATHERS).orElseThrow().judgements();

        assertThat(fathers.all().labels()).containsExactly("Green", "Amber", "Red");
        assertThat(fathers.all().counts()).containsExactly(3, 2, 1);
        assertThat(fathers.all().atOrAboveExpected()).isEqualTo(new Proportion(3, 6));
        assertThat(fathers.byCase().counts()).containsExactly(1, 1, 1);
        assertThat(fathers.casesOfConcern())
                .extracting(c -> c.caseRef().id(), CaseOfConcern::agencyIds)
                .containsExactly(tuple("f1", List.of(MW)), tuple("f2", List.of(CS, POL)));
        assertThat(fathers.divergences()).hasSize(1);
        Divergence f1 = fathers.divergences().get(0);
        assertThat(f1.spread()).isEqualTo(2);
        assertThat(f1.best()).extracting(g -> g.grade().label()).containsExactly("Green");
        assertThat(f1.worst()).extracting(AgencyGrade::agencyId).containsExactly(MW);
        assertThat(fathers.casesCompared()).isEqualTo(2);
    }

    @Test
    @DisplayName("on a five-grade scale whose standard is its middle grade, that grade meets the standard")
    void fiveGradeScale() {
        AuditAnalysis analysis = analyse(
                fathersScope(AnalysisFixtures.fiveGrades()),
                List.of(
                        caseRecord("f1", "Family 1", CS, MW),
                        caseRecord("f2", "Family 2", CS, MW),
                        caseRecord("f3", "Family 3", CS, MW)),
                ret("f1", CS).judge(FATHERS, "good").build(),
                ret("f1", MW).judge(FATHERS, "poor").build(),
                ret("f2", CS).judge(FATHERS, "adequate").build(),
                ret("f2", MW).judge(FATHERS, "poor").build(),
                ret("f3", CS).judge(FATHERS, "excellent").build(),
                ret("f3", MW).judge(FATHERS, "adequate").build());
        JudgementAnalysis fathers = analysis.objective(FATHERS).orElseThrow().judgements();

        assertThat(fathers.all().labels()).containsExactly("Excellent", "Good", "Adequate", "Poor", "Unsafe");
        assertThat(fathers.all().counts()).containsExactly(1, 1, 2, 2, 0);
        assertThat(fathers.all().atOrAboveExpected()).isEqualTo(new Proportion(4, 6));
        assertThat(fathers.all().atOrAbove("good")).isEqualTo(new Proportion(2, 6));
        assertThat(fathers.all().countBelowExpected()).isEqualTo(2);
        assertThat(fathers.byCase().counts()).containsExactly(0, 0, 1, 2, 0);
        assertThat(fathers.casesOfConcern()).extracting(c -> c.caseRef().id()).containsExactly("f1", "f2");
        assertThat(fathers.divergences())
                .extracting(d -> d.caseRef().id(), Divergence::spread)
                .containsExactly(tuple("f1", 2), tuple("f3", 2));
    }

    @Test
    @DisplayName("a case with a single agency can be of concern but is never compared or divergent")
    void singleAgencyCase() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", POL)),
                ret("f1", POL).judge(FATHERS, INADEQUATE).overall(INADEQUATE).build());
        JudgementAnalysis fathers = analysis.objective(FATHERS).orElseThrow().judgements();

        assertThat(fathers.byCase().counts()).containsExactly(0, 0, 0, 1);
        assertThat(fathers.casesOfConcern())
                .extracting(c -> c.caseRef().pseudonym())
                .containsExactly("Family 1");
        assertThat(fathers.divergences()).isEmpty();
        assertThat(fathers.casesCompared()).isZero();
        assertThat(fathers.divergence().isDefined()).isFalse();
        assertThat(analysis.completeness().cases().get(0).cells())
                .extracting(CompletenessCell::state)
                .containsExactly(ReturnState.NOT_INVOLVED, ReturnState.NOT_INVOLVED, ReturnState.RETURNED);
    }

    @Test
    @DisplayName("a grade not on the scale is left out of the counts and listed, and makes no case of concern")
    void offScaleGrade() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", CS, MW)),
                ret("f1", CS).judge(FATHERS, "satisfactory").build(),
                ret("f1", MW).judge(FATHERS, GOOD).build());
        JudgementAnalysis fathers = analysis.objective(FATHERS).orElseThrow().judgements();

        assertThat(fathers.all().counts()).containsExactly(0, 1, 0, 0);
        assertThat(fathers.all().offScale()).containsExactly(ref("f1", CS));
        assertThat(fathers.byCase().offScale()).containsExactly(ref("f1", CS));
        assertThat(fathers.agency(CS).offScale()).containsExactly(ref("f1", CS));
        assertThat(fathers.agency(MW).offScale()).isEmpty();
        assertThat(fathers.casesOfConcern()).isEmpty();
        assertThat(fathers.casesCompared()).isZero();
    }

    @Test
    @DisplayName("returns outside the cohort, from agencies outside the scope, or repeated are listed and not counted")
    void ignoredReturns() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", CS), AnalysisFixtures.excludedCase("f9", "Family 9", CS)),
                ret("f1", CS).judge(FATHERS, GOOD).build(),
                ret("f9", CS).judge(FATHERS, INADEQUATE).build(),
                ret("f1", "gp").judge(FATHERS, INADEQUATE).build(),
                ret("f1", CS).judge(FATHERS, INADEQUATE).build());

        assertThat(analysis.ignored())
                .containsExactly(
                        new IgnoredReturn(ref("f9", CS), IgnoredReturn.Reason.CASE_NOT_IN_COHORT),
                        new IgnoredReturn(ref("f1", "gp"), IgnoredReturn.Reason.AGENCY_NOT_IN_SCOPE),
                        new IgnoredReturn(ref("f1", CS), IgnoredReturn.Reason.DUPLICATE));
        assertThat(analysis.objective(FATHERS).orElseThrow().judgements().all().counts())
                .containsExactly(0, 1, 0, 0);
    }

    @Test
    @DisplayName("a return from an agency not involved in the case is unexpected: counted in figures, not in rates")
    void unexpectedReturn() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", CS)),
                ret("f1", CS).judge(FATHERS, GOOD).build(),
                ret("f1", POL).judge(FATHERS, INADEQUATE).build());

        assertThat(analysis.completeness().state("f1", POL)).isEqualTo(ReturnState.UNEXPECTED);
        CompletenessRate police = analysis.completeness().agency(POL).rate();
        assertThat(police.expected()).isZero();
        assertThat(police.unexpected()).containsExactly(ref("f1", POL));
        assertThat(analysis.completeness().overall().returnRate()).isEqualTo(new Proportion(1, 1));
        assertThat(analysis.objective(FATHERS).orElseThrow().casesOfConcern()).hasSize(1);
    }

    @Test
    @DisplayName("an agency without a tool is listed; its judgements count and its answers do not")
    void agencyWithoutTool() {
        Map<String, AuditTool> tools = new LinkedHashMap<>(AnalysisFixtures.fourFamiliesTools());
        tools.remove(POL);
        AuditAnalysis analysis = AuditAnalysis.of(AnalysisFixtures.fourFamilies(), tools);

        assertThat(analysis.agenciesWithoutTool()).containsExactly(POL);
        assertThat(analysis.objective(FATHERS)
                        .orElseThrow()
                        .judgements()
                        .agency(POL)
                        .total())
                .isEqualTo(2);
        assertThat(analysis.objective(FATHERS)
                        .orElseThrow()
                        .evidence()
                        .agency(POL)
                        .questions())
                .isZero();
        assertThat(analysis.objective(FATHERS)
                        .orElseThrow()
                        .evidence()
                        .overall()
                        .total())
                .isEqualTo(7);
    }

    @Test
    @DisplayName("an answer of the wrong kind for its question is not counted")
    void wrongKindOfAnswer() {
        AuditAnalysis analysis = analyse(
                fathersScope(GradingScale.ofsted()),
                List.of(caseRecord("f1", "Family 1", CS)),
                ret("f1", CS)
                        .contact("cs-father", ContactMode.VIRTUAL)
                        .evidence("cs-covid", YES)
                        .build());

        assertThat(analysis.objective(FATHERS)
                        .orElseThrow()
                        .evidence()
                        .overall()
                        .total())
                .isZero();
        assertThat(analysis.covid().contacts().overall().total()).isZero();
    }

    @Test
    @DisplayName("a scale whose expected standard is not one of its grades is refused with the fix")
    void brokenScale() {
        GradingScale broken = new GradingScale(
                "Broken scale", List.of(new Grade("high", "High", ""), new Grade("low", "Low", "")), "middle");
        Audit audit = audit(fathersScope(broken), List.of(), List.of());

        assertThatThrownBy(() -> AuditAnalysis.of(audit, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected standard 'middle' is not one of its grades [high, low]")
                .hasMessageContaining("set expectedStandard to one of them");
    }

    @Test
    @DisplayName("a question in a tool's core questions with a counted theme is analysed under that theme")
    void coreQuestionTheme() {
        Map<String, AuditTool> tools = tools(tool(CS).core("cs-covid-core", ResponseType.CONTACT_MODE, Themes.COVID_19)
                .build());
        List<AuditReturn> returns = new ArrayList<>();
        returns.add(ret("f1", CS).contact("cs-covid-core", ContactMode.NONE).build());
        AuditAnalysis analysis = AuditAnalysis.of(
                audit(fathersScope(GradingScale.ofsted()), List.of(caseRecord("f1", "Family 1", CS)), returns), tools);

        assertThat(analysis.covid().contacts().overall().counts()).containsExactly(0, 0, 0, 1);
        assertThat(analysis.agenciesWithoutTool()).containsExactly(MW, POL);
    }
}
