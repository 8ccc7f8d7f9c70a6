package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.SCOPE;
import static dev.maca.tool.ToolFixtures.completePoliceReturn;
import static dev.maca.tool.ToolFixtures.plus;
import static dev.maca.tool.ToolFixtures.with;
import static dev.maca.tool.ToolFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.cohort.UnbornRecord;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ChildExperience;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.validation.Problem;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ToolAnswersCheck")
class ToolAnswersCheckTest {
    private final Map<String, AuditTool> tools = ToolFixtures.tools();
    private final AuditTool police = tools.get("police");
    private final AuditReturn complete = completePoliceReturn(police);

    /** The problems found in an audit whose second return is {@code second}. */
    private List<Problem> check(AuditReturn second) {
        Audit audit = new Audit(SCOPE, List.of(), List.of(complete, second), List.of(), List.of(), List.of());
        return new ToolAnswersCheck(tools).check(audit);
    }

    private AuditReturn changed(
            ReturnStatus status,
            List<String> unanswered,
            Map<String, Answer> answers,
            Map<String, Judgement> judgements) {
        return with(complete, status, unanswered, answers, judgements, complete.overall(), complete.livedExperience());
    }

    @Test
    @DisplayName("finds nothing wrong with complete returns that answer their tools")
    void completeReturn() {
        assertThat(check(complete)).isEmpty();
    }

    @Test
    @DisplayName("refuses a return from an agency with no tool")
    void agencyWithoutTool() {
        AuditReturn stranger = new AuditReturn(
                "family-01",
                "youth-justice",
                "x",
                complete.completedOn(),
                "Case worker",
                ReturnStatus.COMPLETE,
                List.of(),
                Map.of(),
                Map.of(),
                Optional.empty(),
                "",
                "",
                "");

        assertThat(check(stranger)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.path()).isEqualTo("/returns/1/agencyId");
            assertThat(p.message()).contains("'youth-justice'");
            assertThat(p.fix()).contains("police, midwifery");
        });
    }

    @Test
    @DisplayName("refuses an answer to a question the tool does not ask")
    void unknownQuestion() {
        var answers = plus(complete.answers(), "police-dash-typo", new Answer.FreeText("x"));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), answers, complete.objectiveJudgements())))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/returns/1/answers/police-dash-typo");
                    assertThat(p.fix()).contains("police-dash");
                });
    }

    @Test
    @DisplayName("refuses an answer to a bank question the tool leaves out")
    void questionNotInTool() {
        var answers =
                plus(complete.answers(), "police-information-shared", new Answer.Evidenced(EvidenceRating.YES, ""));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), answers, complete.objectiveJudgements())))
                .extracting(Problem::path)
                .containsExactly("/returns/1/answers/police-information-shared");
    }

    @Test
    @DisplayName("refuses a core question answered in the answers map, pointing to its field")
    void coreQuestionInAnswers() {
        var answers = plus(complete.answers(), "core-lived-experience", new Answer.FreeText("Life was hard."));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), answers, complete.objectiveJudgements())))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/returns/1/answers/core-lived-experience");
                    assertThat(p.fix()).contains("'livedExperienceByChild'");
                });
    }

    @Test
    @DisplayName("refuses an answer whose kind does not match the question's response type")
    void wrongKind() {
        var answers = plus(complete.answers(), "police-dash", new Answer.FreeText("Yes"));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), answers, complete.objectiveJudgements())))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/returns/1/answers/police-dash");
                    assertThat(p.message()).contains("FREE_TEXT", "EVIDENCED");
                });
    }

    @Test
    @DisplayName("refuses a judgement for an objective the tool asks nothing about, leaving grades alone")
    void judgementForUncoveredObjective() {
        var judgements =
                plus(complete.objectiveJudgements(), "maternal-mental-health", new Judgement("not-a-grade", ""));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), complete.answers(), judgements)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/returns/1/objectiveJudgements/maternal-mental-health");
                    assertThat(p.message()).doesNotContain("grade");
                });
    }

    @Test
    @DisplayName("refuses a COMPLETE return missing a required answer, an objective judgement or the overall judgement")
    void completeButMissing() {
        AuditReturn missing = with(
                complete,
                ReturnStatus.COMPLETE,
                List.of(),
                without(complete.answers(), "police-dash"),
                without(complete.objectiveJudgements(), "fathers-and-males"),
                Optional.empty(),
                " ");

        assertThat(check(missing))
                .allMatch(Problem::isError)
                .extracting(Problem::path)
                .containsExactly(
                        "/returns/1/answers/police-dash",
                        "/returns/1/livedExperienceByChild",
                        "/returns/1/overall",
                        "/returns/1/objectiveJudgements/fathers-and-males");
    }

    @Test
    @DisplayName("does not require an optional question")
    void optionalQuestion() {
        assertThat(complete.answers()).doesNotContainKey("police-notes");
        assertThat(check(complete)).isEmpty();
    }

    @Test
    @DisplayName("accepts an INCOMPLETE return whose unanswered list is right")
    void incompleteAndHonest() {
        AuditReturn incomplete = changed(
                ReturnStatus.INCOMPLETE,
                List.of("police-dash"),
                without(complete.answers(), "police-dash"),
                complete.objectiveJudgements());

        assertThat(check(incomplete)).isEmpty();
    }

    @Test
    @DisplayName("warns when an INCOMPLETE return's unanswered list differs from what is unanswered")
    void incompleteWithWrongList() {
        AuditReturn incomplete = changed(
                ReturnStatus.INCOMPLETE,
                List.of("police-males"),
                without(complete.answers(), "police-dash"),
                complete.objectiveJudgements());

        assertThat(check(incomplete)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.path()).isEqualTo("/returns/1/unanswered");
            assertThat(p.fix()).isEqualTo("Set unanswered to [police-dash].");
        });
    }

    @Test
    @DisplayName("warns when an INCOMPLETE return in fact answers everything")
    void incompleteButComplete() {
        AuditReturn incomplete =
                changed(ReturnStatus.INCOMPLETE, List.of(), complete.answers(), complete.objectiveJudgements());

        assertThat(check(incomplete)).extracting(Problem::path).containsExactly("/returns/1/status");
    }

    @Test
    @DisplayName("warns when a return answers another version of the tool")
    void otherToolVersion() {
        AuditReturn old = complete.toBuilder().toolVersion("0000000000000000").build();

        assertThat(check(old)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.path()).isEqualTo("/returns/1/toolVersion");
        });
    }

    @Test
    @DisplayName("escapes '/' and '~' in the JSON path of an unknown answer id")
    void escapesPointer() {
        var answers = plus(complete.answers(), "a/b~c", new Answer.FreeText("x"));

        assertThat(check(changed(ReturnStatus.COMPLETE, List.of(), answers, complete.objectiveJudgements())))
                .extracting(Problem::path)
                .containsExactly("/returns/1/answers/a~1b~0c");
    }

    @Test
    @DisplayName("holds a return of an older tool version to the current tool's questions as one warning, not errors")
    void olderVersionGapsAreWarnings() {
        AuditReturn old = complete.toBuilder()
                .toolVersion("0000000000000000")
                .impact("")
                .answers(without(complete.answers(), "police-dash"))
                .build();

        assertThat(check(old)).extracting(Problem::isError).containsOnly(false);
        assertThat(check(old)).extracting(Problem::path).containsExactly("/returns/1/toolVersion", "/returns/1/status");
        assertThat(check(old).get(1).message()).contains("older version", "police-dash", "core-impact");
    }

    @Test
    @DisplayName("finds a child the return describes who is not a child of the case, and a child left out")
    void childrenOfTheCase() {
        CaseRecord family = new CaseRecord(
                "family-01",
                "Family 1",
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 9))
                        .born(new Birth(
                                "Baby B",
                                YearMonth.of(2020, 9),
                                Gestation.TERM,
                                HomeAfterBirth.WITH_MOTHER,
                                PlanAtBirth.CHILD_IN_NEED,
                                List.of()))),
                List.of(),
                List.of(),
                List.of());
        AuditReturn second = complete.toBuilder()
                .livedExperience("")
                .livedExperienceByChild(List.of(
                        new ChildExperience("Child A", "Child A hid under the table when the shouting began."),
                        new ChildExperience("Child Z", "Not a child of this family.")))
                .build();
        Audit audit = new Audit(SCOPE, List.of(family), List.of(complete, second), List.of(), List.of(), List.of());

        List<Problem> problems = new ToolAnswersCheck(tools).check(audit);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly("/returns/1/livedExperienceByChild/1/child", "/returns/1/livedExperienceByChild");
        assertThat(problems.get(1).message()).contains("unanswered for Baby B");
    }
}
