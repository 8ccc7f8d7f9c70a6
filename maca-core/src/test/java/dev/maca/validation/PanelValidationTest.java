package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.policeReturn;
import static dev.maca.validation.AuditFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of the panel's record")
class PanelValidationTest {
    private final AuditValidator validator = AuditValidator.standard();

    private static Audit withReviews(PanelReview... reviews) {
        return AuditFixtures.valid().withPanelReviews(List.of(reviews));
    }

    private static PanelReview regrade(PanelReview review, String objectiveId, PanelGrade grade) {
        return review.toBuilder().grade(objectiveId, grade).build();
    }

    @Test
    @DisplayName("an illustration placed under an objective the scope lacks is an error that lists the objectives")
    void illustrationUnderUnknownObjective() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withPanelReviews(List.of(
                review("family-01", "good").toBuilder()
                        .illustration("A father was named at booking and never seen.", "safer-sleep")
                        .build(),
                valid.panelReviews().get(1)));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/0/illustrationObjective");
            assertThat(p.fix()).contains("fathers-and-males");
        });
    }

    @Test
    @DisplayName("a panel grade off the scale is an error at its grade, naming the scale's grades")
    void gradeOffScale() {
        Audit audit = withReviews(
                regrade(review("family-01", "good"), "fathers-and-males", PanelGrade.of("excellent", "Strong.")),
                review("family-02", "good"));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/0/grades/fathers-and-males/grade");
            assertThat(p.message()).contains("excellent", "not on the four-point practice scale");
            assertThat(p.fix()).contains("requires-improvement", "not-applicable");
        });
    }

    @Test
    @DisplayName("a panel grade without a rationale is an error at its rationale")
    void missingRationale() {
        Audit audit = withReviews(
                regrade(review("family-01", "good"), "fathers-and-males", PanelGrade.of("good", " ")),
                review("family-02", "good"));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/0/grades/fathers-and-males/rationale");
            assertThat(p.message()).contains("no rationale");
        });
    }

    @Test
    @DisplayName("an objective judged \"not applicable\" without a reason is an error")
    void notApplicableWithoutReason() {
        Audit audit = withReviews(
                regrade(review("family-01", "good"), "covid-19-impact", PanelGrade.notApplicable("")),
                review("family-02", "good"));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/0/grades/covid-19-impact/rationale");
            assertThat(p.message()).contains("not applicable", "without a reason");
        });
    }

    @Test
    @DisplayName("a review for a case outside the cohort is an error, as is one for a case that does not exist")
    void caseNotInCohort() {
        Audit audit =
                withReviews(review("family-01", "good"), review("family-02", "good"), review("family-03", "good"));
        Audit unknown =
                withReviews(review("family-01", "good"), review("family-02", "good"), review("family-99", "good"));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/2/caseId");
            assertThat(p.message()).contains("family-03", "not in the cohort");
        });
        assertThat(validator.validate(unknown).errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not a candidate"));
    }

    @Test
    @DisplayName("two reviews of one family are an error naming the first")
    void duplicateReview() {
        Audit audit =
                withReviews(review("family-01", "good"), review("family-02", "good"), review("family-01", "good"));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/2/caseId");
            assertThat(p.message()).contains("/panelReviews/0");
        });
    }

    @Test
    @DisplayName("agencies' own grades two apart need the panel's moderated view: without it, an error")
    void divergenceNeedsModeration() {
        AuditReturn midwifery = policeReturn("family-01", "inadequate").toBuilder()
                .agencyId("midwifery")
                .objectiveJudgements(Map.of("fathers-and-males", new Judgement("inadequate", "Never asked about him.")))
                .build();
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(policeReturn("family-01", "good"), policeReturn("family-02", "good"), midwifery));

        ValidationReport report = validator.validate(audit);

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews/0/grades/fathers-and-males/moderation");
            assertThat(p.message()).contains("2 grades apart", "Good to Inadequate", "no moderated view");
        });
        PanelReview moderated = regrade(
                review("family-01", "requires-improvement"),
                "fathers-and-males",
                PanelGrade.of("requires-improvement", "Police checked him; nobody assessed him.")
                        .moderated("Practice was not yet good.", "Police agreed its check alone was not enough."));
        assertThat(validator
                        .validate(audit.withPanelReviews(List.of(moderated, review("family-02", "good"))))
                        .errors())
                .isEmpty();
    }

    @Test
    @DisplayName("a grade one apart, or a \"not applicable\" agency judgement, needs no moderation")
    void notApplicableIsNotADivergence() {
        AuditReturn midwifery = policeReturn("family-01", "good").toBuilder()
                .agencyId("midwifery")
                .objectiveJudgements(Map.of(
                        "fathers-and-males", Judgement.notApplicable("The father never came to an appointment.")))
                .build();
        Audit audit = AuditFixtures.valid()
                .withReturns(
                        List.of(policeReturn("family-01", "inadequate"), policeReturn("family-02", "good"), midwifery));

        assertThat(validator.validate(audit).problems()).isEmpty();
    }

    @Test
    @DisplayName("a cohort family with no review is a warning for a draft report and an error for the final report")
    void missingReviewByStage() {
        Audit audit = withReviews(review("family-01", "good"));

        ValidationReport draft = validator.validate(audit);
        ValidationReport fin = validator.forStage(Stage.FINAL_REPORT).validate(audit);
        ValidationReport forms = validator.forStage(Stage.FORMS).validate(audit);

        assertThat(draft.errors()).isEmpty();
        assertThat(draft.warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/panelReviews");
            assertThat(p.message()).contains("family-02", "Family 2", "no panel review");
        });
        assertThat(fin.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("family-02"));
        assertThat(forms.problems()).isEmpty();
    }

    @Test
    @DisplayName("an objective the review does not grade is a warning for a draft and an error for the final report")
    void missingObjectiveGrade() {
        PanelReview partial = review("family-01", "good");
        partial = new PanelReview(
                partial.caseId(),
                partial.met(),
                partial.attendees(),
                Map.of("fathers-and-males", partial.grades().get("fathers-and-males")),
                partial.keyLearning(),
                partial.illustration(),
                partial.familyVoice(),
                partial.practitionerVoice());
        Audit audit = withReviews(partial, review("family-02", "good"));

        assertThat(validator.validate(audit).warnings()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no grade for objective 'covid-19-impact'"));
        assertThat(validator.forStage(Stage.FINAL_REPORT).validate(audit).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/panelReviews/0/grades"));
    }

    @Test
    @DisplayName("a family's words recorded without their consent are an error")
    void viewsWithoutConsent() {
        PanelReview review = review("family-01", "good").toBuilder()
                .familyVoice(new FamilyVoice(
                        true,
                        "Invited by letter.",
                        Consent.DECLINED,
                        List.of(new FamilyConversation("Mother", "Independent reviewer")),
                        "Mother said nobody listened.",
                        "",
                        ""))
                .build();

        assertThat(validator
                        .validate(withReviews(review, review("family-02", "good")))
                        .errors())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/panelReviews/0/familyVoice/consent");
                    assertThat(p.message()).contains("declined");
                    assertThat(p.message()).doesNotContain("nobody listened");
                });
    }

    @Test
    @DisplayName("a family not invited needs the reason; without it, an error")
    void notInvitedNeedsReason() {
        PanelReview review = review("family-01", "good").toBuilder()
                .familyVoice(FamilyVoice.notInvited(""))
                .build();

        assertThat(validator
                        .validate(withReviews(review, review("family-02", "good")))
                        .errors())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/panelReviews/0/familyVoice/invitation");
                    assertThat(p.message()).contains("why the family was not invited");
                });
    }

    @Test
    @DisplayName("a review that does not say whether the family or practitioners were heard is warned about")
    void voicesNotRecorded() {
        PanelReview review = PanelReview.builder("family-01", java.time.YearMonth.of(2021, 4))
                .attendee(dev.maca.panel.PanelAttendee.of("police", "Detective Inspector"))
                .attendee(dev.maca.panel.PanelAttendee.of("midwifery", "Named Midwife"))
                .grade("fathers-and-males", PanelGrade.of("good", "Seen and assessed."))
                .grade("covid-19-impact", PanelGrade.of("good", "Seen in person."))
                .keyLearning("Keep seeing fathers.")
                .build();

        assertThat(validator
                        .validate(withReviews(review, review("family-02", "good")))
                        .warnings())
                .extracting(Problem::path)
                .containsExactly("/panelReviews/0/familyVoice", "/panelReviews/0/practitionerVoice");
    }

    @Test
    @DisplayName("a grading scale may not define the reserved grade id \"not-applicable\"")
    void reservedGradeId() {
        var scale = new dev.maca.scope.GradingScale(
                "Home-made",
                List.of(
                        new dev.maca.scope.Grade("good", "Good", ""),
                        new dev.maca.scope.Grade("not-applicable", "N/A", "")),
                "good");
        Audit audit =
                AuditFixtures.valid().withScope(AuditFixtures.valid().scope().withGradingScale(scale));

        assertThat(validator.validate(audit).errors())
                .extracting(Problem::path)
                .contains("/scope/gradingScale/grades/1/id");
    }
}
