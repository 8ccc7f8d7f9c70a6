package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHALLENGE;
import static dev.maca.analysis.AnalysisFixtures.CHILDRENS_SERVICES;
import static dev.maca.analysis.AnalysisFixtures.CONTEXT;
import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS_OBJECTIVE;
import static dev.maca.analysis.AnalysisFixtures.GOOD;
import static dev.maca.analysis.AnalysisFixtures.INADEQUATE;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.OUTSTANDING;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.RI;
import static dev.maca.analysis.AnalysisFixtures.caseRecord;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static dev.maca.analysis.AnalysisFixtures.ret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.maca.audit.Audit;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.GradingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each agency's own grades against the panel's: how far moderation moved them. Numbers are in {@link PanelFixtures}. */
class ModerationTest {
    private final PanelAnalysis panel = PanelFixtures.panel();

    private ModerationComparison comparison(PanelAnalysis analysis, String objectiveId, String agencyId) {
        return analysis.moderation(objectiveId, agencyId).orElseThrow();
    }

    @Test
    @DisplayName("comparisons come per objective then agency, in the scope's orders, only where a family is compared")
    void order() {
        assertThat(panel.moderation())
                .extracting(ModerationComparison::objectiveId, ModerationComparison::agencyId)
                .containsExactly(
                        tuple(FATHERS, CS),
                        tuple(FATHERS, MW),
                        tuple(FATHERS, POL),
                        tuple(CHALLENGE, CS),
                        tuple(CHALLENGE, MW),
                        tuple(CHALLENGE, POL));
        assertThat(panel.moderationOf(CONTEXT)).isEmpty();
    }

    @Test
    @DisplayName("each pair is the agency's own grade and the panel's, with how many grades better the agency said")
    void pairs() {
        assertThat(comparison(panel, FATHERS, MW).pairs())
                .extracting(
                        p -> p.family().id(),
                        p -> p.agencyGrade().id(),
                        p -> p.panelGrade().id(),
                        ModeratedGrade::difference)
                .containsExactly(tuple("f1", INADEQUATE, RI, -1), tuple("f2", GOOD, RI, 1));
        assertThat(comparison(panel, FATHERS, POL).pairs())
                .extracting(p -> p.family().id(), ModeratedGrade::difference)
                .containsExactly(tuple("f1", 2));
    }

    @Test
    @DisplayName("families compared are counted by how far the panel moved the agency's grade")
    void counts() {
        ModerationComparison cs = comparison(panel, FATHERS, CS);
        assertThat(cs.compared()).isEqualTo(2);
        assertThat(cs.agreed()).isEqualTo(new FamilyCount(1, 2, List.of("f2")));
        assertThat(cs.agencyHigherByOne().caseIds()).containsExactly("f1");
        assertThat(cs.moved()).hasToString("1 of 2 families");

        ModerationComparison mw = comparison(panel, FATHERS, MW);
        assertThat(mw.agreed().count()).isZero();
        assertThat(mw.agencyHigherByOne().caseIds()).containsExactly("f2");
        assertThat(mw.agencyLowerByOne().caseIds()).containsExactly("f1");
        assertThat(mw.moved().caseIds()).containsExactly("f1", "f2");

        ModerationComparison pol = comparison(panel, FATHERS, POL);
        assertThat(pol.agencyHigherByTwoOrMore()).hasToString("1 of 1 family");
        assertThat(pol.agencyHigherByOne().count()).isZero();

        ModerationComparison challengePol = comparison(panel, CHALLENGE, POL);
        assertThat(challengePol.agreed().caseIds()).containsExactly("f3");
        assertThat(challengePol.agencyHigherByOne().caseIds()).containsExactly("f1");
    }

    @Test
    @DisplayName("a family is compared only where both the agency's and the panel's grade are on the scale")
    void onlyGradesOnTheScale() {
        // f3: Police said Good for fathers, but the panel's grade is off the scale; f4 has no review
        assertThat(comparison(panel, FATHERS, POL).pairs())
                .extracting(p -> p.family().id())
                .containsExactly("f1");
        assertThat(comparison(panel, FATHERS, MW).pairs())
                .extracting(p -> p.family().id())
                .containsExactly("f1", "f2");
        // f2 Midwifery gave no challenge grade
        assertThat(comparison(panel, CHALLENGE, MW).pairs())
                .extracting(p -> p.family().id())
                .containsExactly("f1");
    }

    @Test
    @DisplayName("each pair names the agency's return and the family whose panel review it is compared with")
    void traceability() {
        ModerationComparison cs = comparison(panel, CHALLENGE, CS);

        assertThat(cs.sources()).containsExactly(ref("f1", CS), ref("f2", CS));
        assertThat(cs.pairs()).allSatisfy(p -> assertThat(p.source().caseId())
                .isEqualTo(p.family().id()));
        assertThat(cs.agency()).isEqualTo(CHILDRENS_SERVICES);
    }

    @Test
    @DisplayName("when the panel moderates one family's Good to Requires improvement, its figures and the agency's"
            + " comparison change, and the agencies' own-grade figures do not")
    void panelModerationChangesTheFigures() {
        AuditAnalysis before = PanelFixtures.analyse();
        List<PanelReview> reviews = new ArrayList<>(PanelFixtures.reviews());
        // f2: the panel first agreed Good for challenge, as Children's Services graded itself; now it moderates to RI
        reviews.set(
                1,
                reviews.get(1).toBuilder()
                        .grade(
                                CHALLENGE,
                                PanelGrade.of(RI, "The disagreement was resolved late.")
                                        .moderated("Resolved, but after the birth.", "CS agreed."))
                        .build());
        AuditAnalysis after = AuditAnalysis.of(PanelFixtures.audit().withPanelReviews(reviews), PanelFixtures.tools());

        ObjectivePanelGrades was = before.panel().objective(CHALLENGE).orElseThrow();
        ObjectivePanelGrades now = after.panel().objective(CHALLENGE).orElseThrow();
        assertThat(was.counts()).containsExactly(0, 1, 1, 1);
        assertThat(now.counts()).containsExactly(0, 0, 2, 1);
        assertThat(was.atOrAboveExpected()).hasToString("1 of 4 families");
        assertThat(now.atOrAboveExpected()).hasToString("0 of 4 families");
        assertThat(now.belowExpected().caseIds()).containsExactly("f1", "f2", "f3");

        ModerationComparison csWas = comparison(before.panel(), CHALLENGE, CS);
        ModerationComparison csNow = comparison(after.panel(), CHALLENGE, CS);
        assertThat(csWas.agreed().caseIds()).containsExactly("f2");
        assertThat(csNow.agreed().count()).isZero();
        assertThat(csNow.agencyHigherByOne().caseIds()).containsExactly("f1", "f2");
        assertThat(csNow.moved()).hasToString("2 of 2 families");

        assertThat(after.panel()
                        .family("f2")
                        .orElseThrow()
                        .cell(CHALLENGE)
                        .orElseThrow()
                        .grade()
                        .orElseThrow()
                        .id())
                .isEqualTo(RI);
        assertThat(after.objective(CHALLENGE).orElseThrow().judgements())
                .isEqualTo(before.objective(CHALLENGE).orElseThrow().judgements());
        assertThat(after.objective(CHALLENGE)
                        .orElseThrow()
                        .judgements()
                        .agency(CS)
                        .counts())
                .containsExactly(0, 2, 0, 0);
    }

    @Test
    @DisplayName(
            "an agency two or more grades below the panel is counted apart, and its not-applicable is not compared")
    void lowerByTwoAndNotApplicable() {
        var scope = AnalysisFixtures.scope(
                GradingScale.ofsted(),
                List.of(FATHERS_OBJECTIVE),
                List.of(CHILDRENS_SERVICES, AnalysisFixtures.MIDWIFERY));
        List<AuditReturn> returns = List.of(
                ret("h1", CS).judge(FATHERS, INADEQUATE).build(),
                ret("h1", MW).judge(FATHERS, "satisfactory").build(),
                ret("h2", CS).judge(FATHERS, RI).build(),
                ret("h2", MW).build().toBuilder()
                        .objectiveJudgements(Map.of(FATHERS, Judgement.notApplicable("Not involved after May.")))
                        .build());
        Audit audit = AnalysisFixtures.audit(
                        scope,
                        List.of(caseRecord("h1", "Family 1", CS, MW), caseRecord("h2", "Family 2", CS, MW)),
                        returns)
                .withPanelReviews(List.of(
                        PanelFixtures.review("h1")
                                .grade(FATHERS, PanelGrade.of(OUTSTANDING, "Strong."))
                                .build(),
                        PanelFixtures.review("h2")
                                .grade(FATHERS, PanelGrade.of(GOOD, "Good."))
                                .build()));

        PanelAnalysis analysis = AuditAnalysis.of(audit, Map.of()).panel();

        ModerationComparison cs = comparison(analysis, FATHERS, CS);
        assertThat(cs.agencyLowerByTwoOrMore().caseIds()).containsExactly("h1");
        assertThat(cs.agencyLowerByOne().caseIds()).containsExactly("h2");
        assertThat(cs.pairs()).extracting(ModeratedGrade::difference).containsExactly(-3, -1);
        // Midwifery's grades are off the scale (h1) and not applicable (h2): nothing to compare
        assertThat(analysis.moderation(FATHERS, MW)).isEmpty();
    }
}
