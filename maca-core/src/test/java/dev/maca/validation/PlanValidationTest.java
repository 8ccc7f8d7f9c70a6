package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.action;
import static dev.maca.validation.AuditFixtures.recommendation;
import static dev.maca.validation.AuditFixtures.smart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.audit.ReviewLearning;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.PreviousReview;
import dev.maca.scope.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of the recommendations, the action plan and the report's own content")
class PlanValidationTest {
    private static final LocalDate SEPTEMBER = LocalDate.of(2021, 9, 30);
    private final AuditValidator draft = AuditValidator.standard();
    private final AuditValidator last = AuditValidator.standard().forStage(Stage.FINAL_REPORT);

    private static Audit withRecommendation(Recommendation recommendation) {
        return AuditFixtures.valid().withRecommendations(List.of(recommendation));
    }

    private static Recommendation measured(ImpactMeasure measure) {
        Recommendation r = smart(recommendation(action("R1.1", Optional.of("police"), Optional.of(SEPTEMBER))));
        return new Recommendation(
                r.id(), r.text(), r.objectiveIds(), r.ownerRole(), r.targetDate(), Optional.of(measure), r.actions());
    }

    private static Audit withReviews(List<ReviewLearning> learning) {
        Audit valid = AuditFixtures.valid();
        Audit reviewed = valid.withScope(valid.scope().toBuilder()
                .previousReviews(List.of(new PreviousReview(
                        "MACA 2019/01", "Neglect in pre-school children", 2019, List.of("See every child."))))
                .build());
        ReportContent content = AuditFixtures.reportContent();
        return reviewed.withReport(
                new ReportContent(content.control(), content.conclusion(), content.limitations(), learning));
    }

    @Test
    @DisplayName("the complete fixture has no problem for the final report")
    void completeForFinal() {
        assertThat(last.validate(AuditFixtures.valid()).problems()).isEmpty();
    }

    @Test
    @DisplayName("a recommendation without an owner, a date and a measure is warned of for a draft report")
    void notSmartInDraft() {
        Audit audit = withRecommendation(recommendation(action("R1.1", Optional.of("police"), Optional.of(SEPTEMBER))));

        assertThat(draft.validate(audit).warnings())
                .extracting(Problem::path)
                .containsExactly(
                        "/recommendations/0/ownerRole", "/recommendations/0/targetDate", "/recommendations/0/measure");
    }

    @Test
    @DisplayName("a recommendation without an owner, a date and a measure is three errors for the final report")
    void notSmartInFinal() {
        Audit audit = withRecommendation(recommendation(action("R1.1", Optional.of("police"), Optional.of(SEPTEMBER))));

        assertThat(last.validate(audit).errors()).hasSize(3).allSatisfy(p -> assertThat(p.fix())
                .isNotBlank());
    }

    @Test
    @DisplayName("a measure on an objective the scope lacks is an error that lists the objectives")
    void measureOnUnknownObjective() {
        ValidationReport report = draft.validate(withRecommendation(measured(ImpactMeasure.ofObjective("sleep", 1))));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/recommendations/0/measure/objectiveId");
            assertThat(p.fix()).contains("fathers-and-males");
        });
    }

    @Test
    @DisplayName("a target of more families than the cohort holds is an error")
    void targetAboveCohort() {
        ValidationReport report =
                draft.validate(withRecommendation(measured(ImpactMeasure.ofObjective("fathers-and-males", 9))));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/recommendations/0/measure/targetFamilies");
            assertThat(p.message()).contains("more than the 2 in the cohort");
        });
    }

    @Test
    @DisplayName("a measure on a shared measure MACA does not know is a warning")
    void unknownSharedMeasure() {
        ValidationReport report =
                draft.validate(withRecommendation(measured(ImpactMeasure.ofSharedMeasure("staff-trained", 1))));

        assertThat(report.warnings()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("/recommendations/0/measure/sharedMeasure"));
    }

    @Test
    @DisplayName("an action begun but never dated is a warning to give its last update")
    void statusWithoutUpdate() {
        Action begun = new Action(
                "R1.1",
                "Train staff.",
                "Head of Public Protection",
                Optional.empty(),
                Optional.of(SEPTEMBER),
                ActionStatus.ON_TRACK,
                Optional.empty(),
                "");

        ValidationReport report = draft.validate(withRecommendation(smart(recommendation(begun))));

        assertThat(report.warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/recommendations/0/actions/0/lastUpdated");
            assertThat(p.message()).contains("On track");
        });
    }

    @Test
    @DisplayName("an audit without report content is a warning for a draft and an error for the final report")
    void reportContentByStage() {
        Audit valid = AuditFixtures.valid();
        Audit without = new Audit(
                valid.scope(),
                valid.candidates(),
                valid.returns(),
                valid.panelReviews(),
                valid.immediateConcerns(),
                valid.findings(),
                valid.recommendations(),
                valid.learning());

        assertThat(draft.validate(without).warnings()).extracting(Problem::path).containsExactly("/report");
        assertThat(last.validate(without).errors()).extracting(Problem::path).containsExactly("/report");
        assertThat(draft.forStage(Stage.PANEL).validate(without).problems())
                .noneMatch(p -> p.path().equals("/report"));
    }

    @Test
    @DisplayName("a report without a conclusion is a gap that quotes the commissioning question")
    void noConclusion() {
        Audit valid = AuditFixtures.valid();
        Audit asked = valid.withScope(valid.scope().toBuilder()
                        .commissioningQuestion(Optional.of("Are the review's themes common?"))
                        .build())
                .withReport(new ReportContent(
                        new DocumentControl("0.1", "Business Manager", List.of(), ""),
                        List.of(),
                        List.of(),
                        List.of()));

        assertThat(last.validate(asked).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/report/conclusion");
            assertThat(p.fix()).contains("Are the review's themes common?");
        });
    }

    @Test
    @DisplayName("a previous review the report says nothing of is a gap, and learning of an unknown review an error")
    void previousReviews() {
        assertThat(last.validate(withReviews(List.of())).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("MACA 2019/01"));
        assertThat(last.validate(withReviews(List.of(
                                new ReviewLearning("MACA 2019/01", "Siblings were seen.", "None shown yet."),
                                new ReviewLearning("SCR Child Q", "Not looked for.", "None."))))
                        .errors())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/report/reviewLearning/1/reference"));
    }

    @Test
    @DisplayName("recommendations without a re-audit on the timeline are a gap")
    void noReaudit() {
        Audit valid = AuditFixtures.valid();
        Timeline without = new Timeline(valid.scope().timeline().milestones().stream()
                .filter(m -> m.kind() != MilestoneKind.REAUDIT)
                .toList());

        assertThat(last.validate(valid.withScope(valid.scope().withTimeline(without)))
                        .errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no re-audit"));
    }
}
