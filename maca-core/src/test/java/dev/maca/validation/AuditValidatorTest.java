package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.action;
import static dev.maca.validation.AuditFixtures.policeReturn;
import static dev.maca.validation.AuditFixtures.recommendation;
import static dev.maca.validation.AuditFixtures.smart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.audit.Audit;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.Timeline;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit validation")
class AuditValidatorTest {
    private final AuditValidator validator = AuditValidator.standard();

    private static List<String> paths(ValidationReport report) {
        return report.problems().stream().map(Problem::path).toList();
    }

    @Test
    @DisplayName("a well-formed audit has no problems")
    void validAuditHasNoProblems() {
        assertThat(validator.validate(AuditFixtures.valid()).problems()).isEmpty();
    }

    @Test
    @DisplayName("a return for a case that is a candidate but not in the cohort is an error at its caseId")
    void returnForExcludedCase() {
        Audit audit = AuditFixtures.valid().withReturns(List.of(policeReturn("family-03", "good")));

        ValidationReport report = validator.validate(audit);

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/0/caseId");
            assertThat(p.message()).contains("family-03", "not in the cohort");
        });
    }

    @Test
    @DisplayName("a return for an unknown case is an error that says to add it to the candidates")
    void returnForUnknownCase() {
        Audit audit = AuditFixtures.valid().withReturns(List.of(policeReturn("family-99", "good")));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> assertThat(p.fix())
                .contains("/candidates"));
    }

    @Test
    @DisplayName("a grade outside the scale is an error at each place it is used")
    void gradeOutsideScale() {
        Audit audit = AuditFixtures.valid().withReturns(List.of(policeReturn("family-01", "excellent")));

        ValidationReport report = validator.validate(audit);

        assertThat(paths(report))
                .containsExactlyInAnyOrder(
                        "/returns/0/objectiveJudgements/fathers-and-males/grade",
                        "/returns/0/overall/grade",
                        "/returns/0/answers/pol-grade/judgement/grade");
        assertThat(report.errors().get(0).fix()).contains("outstanding", "good", "requires-improvement", "inadequate");
    }

    @Test
    @DisplayName("two returns for one case and agency are an error naming the first")
    void duplicateReturn() {
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(policeReturn("family-01", "good"), policeReturn("family-01", "good")));

        assertThat(validator.validate(audit).errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/1");
            assertThat(p.message()).contains("/returns/0");
        });
    }

    @Test
    @DisplayName("an action without an owner's role and without a date gives two errors for the final report")
    void actionWithoutOwnerOrDate() {
        Audit audit = AuditFixtures.valid()
                .withRecommendations(
                        List.of(smart(recommendation(action("R1.1", Optional.empty(), Optional.empty())))));

        assertThat(validator.forStage(Stage.FINAL_REPORT).validate(audit).errors())
                .extracting(Problem::path)
                .containsExactly("/recommendations/0/actions/0/ownerRole", "/recommendations/0/actions/0/targetDate");
    }

    @Test
    @DisplayName("milestones out of order are an error at the later milestone's month")
    void milestonesOutOfOrder() {
        Audit valid = AuditFixtures.valid();
        Timeline backwards = Timeline.of(
                Milestone.inMonth("report", MilestoneKind.REPORT, "Report in May", YearMonth.of(2021, 5)),
                Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4)));

        ValidationReport report =
                validator.validate(valid.withScope(valid.scope().withTimeline(backwards)));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/scope/timeline/milestones/1/month");
            assertThat(p.message()).contains("'audit'", "'report'");
        });
    }

    @Test
    @DisplayName("an objective with no themes is an error")
    void objectiveWithoutThemes() {
        Audit valid = AuditFixtures.valid();
        List<Objective> objectives = new ArrayList<>(valid.scope().objectives());
        objectives.set(1, new Objective("covid-19-impact", "Covid-19", "Understand Covid.", List.of()));

        ValidationReport report =
                validator.validate(valid.withScope(valid.scope().withObjectives(objectives)));

        assertThat(paths(report)).containsExactly("/scope/objectives/1/themes");
    }

    @Test
    @DisplayName("duplicate objective ids are an error naming where the first is")
    void duplicateObjectiveIds() {
        Audit valid = AuditFixtures.valid();
        Objective first = valid.scope().objectives().get(0);
        List<Objective> objectives = List.of(first, first);

        ValidationReport report =
                validator.validate(valid.withScope(valid.scope().withObjectives(objectives)));

        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("/scope/objectives/1/id");
            assertThat(p.message()).contains("Duplicate objective id 'fathers-and-males'", "/scope/objectives/0");
        });
    }

    @Test
    @DisplayName("a malformed id is an error that shows the expected form")
    void malformedId() {
        Audit valid = AuditFixtures.valid();
        List<Objective> objectives = List.of(
                new Objective("Fathers And Males", "Fathers", "Understand fathers.", List.of("fathers-and-males")));

        ValidationReport report =
                validator.validate(valid.withScope(valid.scope().withObjectives(objectives)));

        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("/scope/objectives/0/id");
            assertThat(p.fix()).contains("lower-case");
        });
    }

    @Test
    @DisplayName("every problem is reported at once, not only the first")
    void everyProblemAtOnce() {
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(policeReturn("family-99", "good"), policeReturn("family-01", "excellent")))
                .withRecommendations(
                        List.of(smart(recommendation(action("R1.1", Optional.empty(), Optional.empty())))));

        assertThat(validator.validate(audit).errors()).hasSize(5);
    }

    @Test
    @DisplayName("fewer eligible candidates than the target is a warning that says how many are short")
    void shortfallIsAWarning() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withScope(AuditFixtures.scope(5));

        ValidationReport report = validator.validate(audit);

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/candidates");
            assertThat(p.message()).contains("3 short of its target of 5");
        });
    }

    @Test
    @DisplayName("findings and learning for an objective the scope lacks are errors")
    void unknownObjectiveReferences() {
        Audit audit = AuditFixtures.valid()
                .withFindings(List.of(new dev.maca.audit.ObjectiveFindings(
                        "housing", Optional.empty(), "", List.of(), List.of(), List.of())));

        assertThat(paths(validator.validate(audit))).containsExactly("/findings/0/objectiveId");
    }

    @Test
    @DisplayName("extra checks join the standard ones and their problems are reported after them")
    void extraChecksJoin() {
        Problem extra = Problem.warning("/returns/0/answers/x", "Unknown question 'x'.", "Remove the answer.");

        ValidationReport report = validator.with(audit -> List.of(extra)).validate(AuditFixtures.valid());

        assertThat(report.problems()).containsExactly(extra);
    }

    @Test
    @DisplayName("orThrow carries every problem in one exception whose message lists them")
    void orThrowCarriesEveryProblem() {
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(policeReturn("family-99", "good"), policeReturn("family-98", "good")));

        assertThatThrownBy(() -> validator.validate(audit).orThrow())
                .isInstanceOf(AuditValidationException.class)
                .hasMessageContaining("2 errors")
                .hasMessageContaining("/returns/0/caseId")
                .hasMessageContaining("/returns/1/caseId")
                .satisfies(e ->
                        assertThat(((AuditValidationException) e).problems()).hasSize(2));
    }

    @Test
    @DisplayName("a JSON pointer escapes slashes and tildes in property names")
    void pointerEscapes() {
        assertThat(JsonPointer.root()
                        .append("answers")
                        .append("a/b~c")
                        .append(2)
                        .toString())
                .isEqualTo("/answers/a~1b~0c/2");
    }
}
