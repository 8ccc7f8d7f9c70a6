package dev.maca.analysis;

import static dev.maca.analysis.AnalysisFixtures.CHALLENGE;
import static dev.maca.analysis.AnalysisFixtures.CONTEXT;
import static dev.maca.analysis.AnalysisFixtures.CS;
import static dev.maca.analysis.AnalysisFixtures.FATHERS;
import static dev.maca.analysis.AnalysisFixtures.MW;
import static dev.maca.analysis.AnalysisFixtures.NA;
import static dev.maca.analysis.AnalysisFixtures.NO;
import static dev.maca.analysis.AnalysisFixtures.PARTLY;
import static dev.maca.analysis.AnalysisFixtures.POL;
import static dev.maca.analysis.AnalysisFixtures.YES;
import static dev.maca.analysis.AnalysisFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Yes / Partly / No / Not applicable rates for the evidenced questions serving each objective. */
class AnswerRatesTest {
    private final AuditAnalysis analysis = AnalysisFixtures.analyseFourFamilies();

    private AnswerAnalysis<EvidenceRates> evidence(String objectiveId) {
        return analysis.objective(objectiveId).orElseThrow().evidence();
    }

    @Test
    @DisplayName("the evidenced questions serving an objective come in agency order, then tool order")
    void questionOrder() {
        assertThat(evidence(FATHERS).questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("cs-father", "mw-father", "mw-partner", "pol-dash");
        assertThat(evidence(CHALLENGE).questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("cs-escalation", "mw-partner");
        // contact-mode questions are not evidence: they are in contacts()
        assertThat(evidence(CONTEXT).questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("mw-learning", "pol-learning");
        assertThat(analysis.objective(CONTEXT).orElseThrow().contacts().questions())
                .extracting(QuestionBreakdown::questionId)
                .containsExactly("cs-covid", "mw-covid", "pol-covid");
    }

    @Test
    @DisplayName("each question counts Yes, Partly, No and Not applicable with n the number of answers")
    void perQuestion() {
        AnswerAnalysis<EvidenceRates> fathers = evidence(FATHERS);

        EvidenceRates csFather = fathers.question(CS, "cs-father").orElseThrow().breakdown();
        assertThat(csFather.labels()).containsExactly("Yes", "Partly", "No", "Not applicable");
        assertThat(csFather.counts()).containsExactly(1, 0, 1, 0);
        assertThat(csFather.total()).isEqualTo(2);

        EvidenceRates mwFather = fathers.question(MW, "mw-father").orElseThrow().breakdown();
        assertThat(mwFather.counts()).containsExactly(2, 0, 1, 0);
        assertThat(mwFather.share(YES).percent()).hasValue(67);
        assertThat(mwFather.tally(YES).sources()).containsExactly(ref("f2", MW), ref("f4", MW));

        assertThat(fathers.question(MW, "mw-partner").orElseThrow().breakdown().counts())
                .containsExactly(1, 1, 0, 0);
    }

    @Test
    @DisplayName("Not applicable answers count in n, and the rate excluding them has its own n")
    void excludingNotApplicable() {
        // f1 Yes, f3 Not applicable; f9's answer is not in the cohort
        EvidenceRates polDash =
                evidence(FATHERS).question(POL, "pol-dash").orElseThrow().breakdown();

        assertThat(polDash.counts()).containsExactly(1, 0, 0, 1);
        assertThat(polDash.share(YES)).isEqualTo(new Proportion(1, 2));
        assertThat(polDash.applicable()).isEqualTo(1);
        assertThat(polDash.shareOfApplicable(YES)).isEqualTo(new Proportion(1, 1));
        assertThat(polDash.shareOfApplicable(YES).percent()).hasValue(100);
        assertThatThrownBy(() -> polDash.shareOfApplicable(NA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an agency's row sums its answers over its questions and lists each return once")
    void perAgency() {
        AnswerAnalysis<EvidenceRates> fathers = evidence(FATHERS);

        AgencyBreakdown<EvidenceRates> mw = fathers.agency(MW);
        assertThat(mw.questions()).isEqualTo(2);
        assertThat(mw.breakdown().counts()).containsExactly(3, 1, 1, 0);
        assertThat(mw.breakdown().total()).isEqualTo(5);
        assertThat(mw.breakdown().sources()).containsExactly(ref("f1", MW), ref("f2", MW), ref("f4", MW));
        // f4 answered Yes twice; it is one source
        assertThat(mw.breakdown().tally(YES).sources()).containsExactly(ref("f2", MW), ref("f4", MW));

        assertThat(fathers.agency(CS).questions()).isEqualTo(1);
        assertThat(fathers.agency(CS).breakdown().counts()).containsExactly(1, 0, 1, 0);
        assertThat(fathers.agency(POL).breakdown().counts()).containsExactly(1, 0, 0, 1);
    }

    @Test
    @DisplayName("overall rates sum every agency's answers, with and without Not applicable")
    void overall() {
        EvidenceRates overall = evidence(FATHERS).overall();

        assertThat(overall.counts()).containsExactly(5, 1, 2, 1);
        assertThat(overall.total()).isEqualTo(9);
        assertThat(overall.share(YES).percent()).hasValue(56);
        assertThat(overall.applicable()).isEqualTo(8);
        assertThat(overall.shareOfApplicable(YES)).isEqualTo(new Proportion(5, 8));
        assertThat(overall.shareOfApplicable(YES).percent()).hasValue(63);
        assertThat(overall.tally(YES).sources())
                .containsExactly(ref("f1", CS), ref("f1", POL), ref("f2", MW), ref("f4", MW));
        assertThat(overall.tally(NO).sources()).containsExactly(ref("f1", MW), ref("f2", CS));
        assertThat(overall.sources())
                .containsExactly(
                        ref("f1", CS),
                        ref("f1", MW),
                        ref("f1", POL),
                        ref("f2", CS),
                        ref("f2", MW),
                        ref("f3", POL),
                        ref("f4", MW));
    }

    @Test
    @DisplayName("an agency with no question serving the objective has a row with no questions and no answers")
    void agencyNotAsked() {
        AgencyBreakdown<EvidenceRates> police = evidence(CHALLENGE).agency(POL);

        assertThat(police.questions()).isZero();
        assertThat(police.breakdown().isEmpty()).isTrue();
        assertThat(police.breakdown().share(YES).isDefined()).isFalse();
        assertThat(evidence(CHALLENGE).overall().counts()).containsExactly(1, 2, 0, 1);
    }

    @Test
    @DisplayName("a question serving two objectives gives the same figures under both")
    void sharedQuestion() {
        assertThat(evidence(FATHERS).question(MW, "mw-partner"))
                .isEqualTo(evidence(CHALLENGE).question(MW, "mw-partner"));
    }

    @Test
    @DisplayName("free-text answers and answers to questions not in the tool are not counted")
    void uncountedAnswers() {
        // f1 children's services answered cs-lived (free text) and cs-unknown (not in its tool)
        assertThat(evidence(FATHERS).agency(CS).breakdown().total()).isEqualTo(2);
        assertThat(analysis.themes()).allSatisfy(t -> assertThat(t.evidence().questions())
                .extracting(QuestionBreakdown::questionId)
                .doesNotContain("cs-lived", "cs-unknown"));
    }

    @Test
    @DisplayName("Partly answers are counted apart from Yes and No")
    void partly() {
        assertThat(evidence(CHALLENGE)
                        .question(CS, "cs-escalation")
                        .orElseThrow()
                        .breakdown()
                        .count(PARTLY))
                .isEqualTo(1);
    }
}
