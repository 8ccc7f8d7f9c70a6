package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.family;
import static dev.maca.validation.AuditFixtures.involved;
import static dev.maca.validation.AuditFixtures.policeReturn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.maca.agency.AgencyContract;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.cohort.CaseRecord;
import dev.maca.json.AuditFileException;
import dev.maca.json.AuditJson;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.Objective;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit limits")
class AuditLimitsTest {
    private final AuditValidator validator = AuditValidator.standard();

    private static <T> List<T> repeated(T value, int times) {
        return Collections.nCopies(times, value);
    }

    private static <T> List<T> numbered(int size, IntFunction<T> element) {
        return IntStream.range(0, size).mapToObj(element).toList();
    }

    private static AuditReturn withAnswers(AuditReturn r, Map<String, Answer> answers) {
        return r.toBuilder().answers(answers).build();
    }

    private static AuditReturn withLivedExperience(AuditReturn r, String text) {
        return r.toBuilder().livedExperience(text).build();
    }

    private static <T> Map<String, T> keyed(int size, IntFunction<T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put("key-" + i, value.apply(i));
        }
        return map;
    }

    private static Audit withFirstReturn(AuditReturn replacement) {
        Audit valid = AuditFixtures.valid();
        List<AuditReturn> returns = new ArrayList<>(valid.returns());
        returns.set(0, replacement);
        return valid.withReturns(returns);
    }

    private static List<Objective> objectives(int size) {
        return numbered(size, i -> new Objective("objective-" + i, "Objective " + i, "Statement.", List.of("theme")));
    }

    @Test
    @DisplayName("a small valid audit keeps every limit")
    void validAuditKeepsLimits() {
        assertThat(AuditLimits.check(AuditFixtures.valid())).isEmpty();
    }

    @Test
    @DisplayName("more than 20,000 candidate cases is an error at /candidates naming the limit, the size and the fix")
    void tooManyCandidates() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withCandidates(repeated(valid.candidates().get(0), AuditLimits.MAX_CANDIDATES + 1));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.path()).isEqualTo("/candidates");
            assertThat(p.message())
                    .isEqualTo("There are 20001 candidate cases, more than the limit of 20000"
                            + " (AuditLimits.MAX_CANDIDATES).");
            assertThat(p.fix()).contains("split a larger review into several audits");
        });
    }

    @Test
    @DisplayName("exactly 20,000 candidate cases keeps the limit")
    void candidatesAtTheLimit() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withCandidates(repeated(valid.candidates().get(0), AuditLimits.MAX_CANDIDATES));

        assertThat(AuditLimits.checkCounts(audit)).isEmpty();
    }

    @Test
    @DisplayName("more than 200,000 returns is an error at /returns")
    void tooManyReturns() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withReturns(repeated(valid.returns().get(0), AuditLimits.MAX_RETURNS + 1));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns");
            assertThat(p.message()).contains("200001 returns", "limit of 200000", "AuditLimits.MAX_RETURNS");
        });
    }

    @Test
    @DisplayName("more than 1,000 answers in a return is an error at that return's answers, the contract's bank limit")
    void tooManyAnswers() {
        AuditReturn first = AuditFixtures.valid().returns().get(0);
        Answer answer = new Answer.FreeText("Seen.");
        Audit audit = withFirstReturn(withAnswers(first, keyed(AuditLimits.MAX_QUESTIONS_PER_TOOL + 1, i -> answer)));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/0/answers");
            assertThat(p.message()).contains("1001 answers", "limit of 1000", "MAX_QUESTIONS_PER_TOOL");
            assertThat(p.fix()).contains("asks at most 1000");
        });
    }

    @Test
    @DisplayName("more than 1,000 unanswered question ids in a return is an error at that return's unanswered list")
    void tooManyUnanswered() {
        AuditReturn r = AuditFixtures.valid().returns().get(0);
        AuditReturn incomplete = r.toBuilder()
                .unanswered(repeated("pol-dash", AuditLimits.MAX_QUESTIONS_PER_TOOL + 1))
                .build();

        assertThat(AuditLimits.check(withFirstReturn(incomplete)))
                .singleElement()
                .extracting(Problem::path)
                .isEqualTo("/returns/0/unanswered");
    }

    @Test
    @DisplayName("more than 50 objective judgements in a return is an error at that return's judgements")
    void tooManyJudgements() {
        AuditReturn r = AuditFixtures.valid().returns().get(1);
        Judgement judgement = new Judgement("good", "Sound.");
        AuditReturn judged = r.toBuilder()
                .objectiveJudgements(keyed(AuditLimits.MAX_OBJECTIVES + 1, i -> judgement))
                .build();
        Audit valid = AuditFixtures.valid();

        Audit audit = valid.withReturns(List.of(valid.returns().get(0), judged));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("/returns/1/objectiveJudgements"));
    }

    @Test
    @DisplayName("more than 50 objectives is an error at /scope/objectives")
    void tooManyObjectives() {
        Audit valid = AuditFixtures.valid();
        Audit audit = valid.withScope(valid.scope().withObjectives(objectives(AuditLimits.MAX_OBJECTIVES + 1)));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/scope/objectives");
            assertThat(p.message()).contains("51 objectives", "limit of 50", "AuditLimits.MAX_OBJECTIVES");
        });
    }

    @Test
    @DisplayName("more than 100 agencies is an error at /scope/agencies")
    void tooManyAgencies() {
        Audit valid = AuditFixtures.valid();
        List<AgencyRequirement> agencies =
                numbered(AuditLimits.MAX_AGENCIES + 1, i -> new AgencyRequirement("agency-" + i, "Agency " + i));

        Audit audit = valid.withScope(valid.scope().withAgencies(agencies));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/scope/agencies");
            assertThat(p.message()).contains("101 agencies", "limit of 100", "AuditLimits.MAX_AGENCIES");
        });
    }

    @Test
    @DisplayName("more findings or learning contents than the most objectives there may be are errors at each list")
    void tooManyFindingsAndLearning() {
        Audit valid = AuditFixtures.valid();
        ObjectiveFindings findings = valid.findings().get(0);
        LearningContent learning = valid.learning().get(0);

        Audit audit = valid.withFindings(repeated(findings, AuditLimits.MAX_OBJECTIVES + 1))
                .withLearning(repeated(learning, AuditLimits.MAX_OBJECTIVES + 1));

        assertThat(AuditLimits.check(audit)).extracting(Problem::path).containsExactly("/findings", "/learning");
    }

    @Test
    @DisplayName("a text longer than a million characters is an error at its JSON path")
    void textTooLong() {
        AuditReturn first = AuditFixtures.valid().returns().get(0);
        Audit audit = withFirstReturn(withLivedExperience(first, "x".repeat(AuditLimits.MAX_TEXT_CHARS + 1)));

        assertThat(AuditLimits.check(audit)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/0/livedExperience");
            assertThat(p.message()).contains("1000001 characters", "limit of 1000000", "MAX_TEXT_CHARS");
            assertThat(p.fix()).contains("Shorten it");
        });
    }

    @Test
    @DisplayName("a text of exactly a million characters keeps the limit")
    void textAtTheLimit() {
        AuditReturn first = AuditFixtures.valid().returns().get(0);
        Audit audit = withFirstReturn(withLivedExperience(first, "x".repeat(AuditLimits.MAX_TEXT_CHARS)));

        assertThat(AuditLimits.check(audit)).isEmpty();
    }

    @Test
    @DisplayName("an over-long text inside an answer, an optional or a list is found at its path")
    void nestedTextTooLong() {
        String huge = "y".repeat(AuditLimits.MAX_TEXT_CHARS + 1);
        Audit valid = AuditFixtures.valid();
        AuditReturn first = withAnswers(valid.returns().get(0), Map.of("pol-text", new Answer.FreeText(huge)));
        ObjectiveFindings f = valid.findings().get(0);
        ObjectiveFindings findings = new ObjectiveFindings(
                f.objectiveId(), f.grade(), f.keyMessage(), List.of("fine", huge), f.goodPractice(), List.of());

        Audit audit = withFirstReturn(first).withFindings(List.of(findings));

        assertThat(AuditLimits.check(audit))
                .extracting(Problem::path)
                .containsExactly("/returns/0/answers/pol-text/text", "/findings/0/narrative/1");
    }

    @Test
    @DisplayName("validation reports an over-long text together with the audit's other problems")
    void validationGoesOnAfterALongText() {
        Audit valid = AuditFixtures.valid();
        AuditReturn stranger =
                withLivedExperience(policeReturn("family-99", "good"), "z".repeat(AuditLimits.MAX_TEXT_CHARS + 1));

        ValidationReport report =
                validator.validate(valid.withReturns(List.of(valid.returns().get(0), stranger)));

        assertThat(report.errors())
                .extracting(Problem::path)
                .containsExactly("/returns/1/livedExperience", "/returns/1/caseId");
    }

    @Test
    @DisplayName("validation of an audit over a count limit reports the limit first and runs no other check")
    void validationStopsAtACountLimit() {
        Audit valid = AuditFixtures.valid();
        CaseRecord duplicate = valid.candidates().get(0);
        Audit audit = valid.withCandidates(repeated(duplicate, AuditLimits.MAX_CANDIDATES + 1));
        AtomicInteger extraChecks = new AtomicInteger();

        ValidationReport report = validator
                .with(a -> {
                    extraChecks.incrementAndGet();
                    return List.of();
                })
                .validate(audit);

        assertThat(extraChecks).hasValue(0);
        assertThat(report.errors()).extracting(Problem::path).containsExactly("/candidates");
        assertThat(report.warnings()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("Validation stopped at the size limits");
            assertThat(p.fix()).contains("AuditLimits");
        });
        assertThatThrownBy(report::orThrow)
                .isInstanceOf(AuditValidationException.class)
                .hasMessageContaining("There are 20001 candidate cases");
    }

    @Test
    @DisplayName("validation stays quick at the limits: 20,000 cohort cases each with a return and a panel review")
    void validationAtTheLimitsIsQuick() {
        int size = AuditLimits.MAX_CANDIDATES;
        Audit valid = AuditFixtures.valid();
        List<CaseRecord> cases = numbered(
                size,
                i -> family(
                        "family-" + i,
                        "Family " + i,
                        List.of("unborn-and-sibling", "domestic-abuse"),
                        involved("police", YearMonth.of(2020, 3))));
        List<AuditReturn> returns = numbered(size, i -> policeReturn("family-" + i, "good"));
        Audit audit = valid.withScope(AuditFixtures.scope(size))
                .withCandidates(cases)
                .withReturns(returns)
                .withPanelReviews(numbered(size, i -> AuditFixtures.review("family-" + i, "good")));

        ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validator.validate(audit));

        assertThat(report.errors()).isEmpty();
    }

    @Test
    @DisplayName("the audit file reader refuses an audit over a count limit with the same problem")
    void readerRefusesOverLimits() {
        Audit valid = AuditFixtures.valid();
        String json = AuditJson.toString(
                valid.withScope(valid.scope().withObjectives(objectives(AuditLimits.MAX_OBJECTIVES + 1))));

        assertThatThrownBy(() -> AuditJson.fromString(json, "big.json"))
                .isInstanceOfSatisfying(AuditFileException.class, e -> {
                    assertThat(e.sourceName()).isEqualTo("big.json");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("/scope/objectives");
                        assertThat(p.message()).contains("51 objectives", "limit of 50");
                    });
                });
    }

    @Test
    @DisplayName("the agency contract and the audit file reader use the same limits as AuditLimits")
    void oneSourceOfTruth() {
        assertThat(AgencyContract.MAX_QUESTIONS).isEqualTo(AuditLimits.MAX_QUESTIONS_PER_TOOL);
        assertThat(AuditJson.MAX_STRING_CHARS).isEqualTo(AuditLimits.MAX_TEXT_CHARS);
    }
}
