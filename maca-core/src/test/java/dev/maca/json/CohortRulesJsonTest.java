package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgeRange;
import dev.maca.cohort.CaseFlag;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.SelectionMethod;
import dev.maca.validation.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cohort rules in the audit file")
class CohortRulesJsonTest {
    /** The rich sample with an age range, every exclusion rule, a seeded draw, a flagged family and a birth month. */
    private static Audit withRules(SelectionMethod method) {
        Audit rich = SampleAudit.rich();
        CohortCriteria criteria = rich.scope()
                .cohortCriteria()
                .withChildAge(new AgeRange(0, 4))
                .withExclusionRules(List.of(CaseFlag.values()))
                .withMethod(method);
        List<CaseRecord> candidates = new ArrayList<>(rich.candidates());
        CaseRecord first = candidates.get(0);
        List<ChildRecord> children = first.children().stream()
                .map(c -> new ChildRecord(c.pseudonym(), c.ageBand(), Optional.of(YearMonth.of(2017, 6))))
                .toList();
        candidates.set(
                0,
                new CaseRecord(
                        first.id(),
                        first.pseudonym(),
                        children,
                        first.unborn(),
                        first.adults(),
                        first.features(),
                        first.involvements(),
                        List.of(CaseFlag.CURRENT_PRACTICE_REVIEW)));
        return rich.withScope(rich.scope().withCohortCriteria(criteria)).withCandidates(candidates);
    }

    @Test
    @DisplayName("an age range, exclusion rules, a seeded method, case flags and birth months read back equal")
    void roundTripSeeded() {
        Audit audit = withRules(SelectionMethod.seededRandom(20210317L));

        String json = AuditJson.toString(audit);

        assertThat(AuditJson.fromString(json, "rules.json")).isEqualTo(audit);
        assertThat(json)
                .contains("\"childAge\": {\n        \"fromYears\": 0,\n        \"toYears\": 4\n      }")
                .contains("\"kind\": \"SEEDED_RANDOM\",\n        \"seed\": 20210317\n")
                .contains("\"flags\": [\n        \"CURRENT_PRACTICE_REVIEW\"\n      ]")
                .contains("\"born\": \"2017-06\"");
    }

    @Test
    @DisplayName("a stratified method with a seed, and one without, read back equal")
    void roundTripStratified() {
        for (SelectionMethod method :
                List.of(SelectionMethod.stratified("agency:police", -5L), SelectionMethod.stratified("age-band"))) {
            Audit audit = withRules(method);

            assertThat(AuditJson.fromString(AuditJson.toString(audit), "stratified.json"))
                    .isEqualTo(audit);
        }
    }

    @Test
    @DisplayName("a seed as large as a long can hold reads back exactly")
    void largestSeed() {
        Audit audit = withRules(SelectionMethod.seededRandom(Long.MAX_VALUE));

        assertThat(AuditJson.fromString(AuditJson.toString(audit), "large.json")
                        .scope()
                        .cohortCriteria()
                        .selectionMethod()
                        .seed())
                .contains(Long.MAX_VALUE);
    }

    @Test
    @DisplayName("a file written before cohort rules existed reads with no age range, no rules, no flags and listed"
            + " order, and selects the same cohort")
    void beforeCohortRules() {
        Audit rich = SampleAudit.rich();
        String old = AuditJson.toString(rich)
                .replaceAll(",\\n\\s*\"exclusionRules\": \\[\\]", "")
                .replaceAll(",\\n\\s*\"flags\": \\[\\]", "");
        assertThat(old).doesNotContain("exclusionRules").doesNotContain("\"flags\"");

        Audit read = AuditJson.fromString(old, "0.1.json");

        CohortCriteria criteria = read.scope().cohortCriteria();
        assertThat(criteria.childAge()).isEmpty();
        assertThat(criteria.exclusionRules()).isEmpty();
        assertThat(criteria.method()).isEmpty();
        assertThat(criteria.selectionMethod()).isEqualTo(SelectionMethod.inListedOrder());
        assertThat(read.candidates()).allSatisfy(c -> assertThat(c.flags()).isEmpty());
        assertThat(read.cohort()).isEqualTo(rich.cohort());
    }

    @Test
    @DisplayName("a seeded random method without its seed, and a stratified one without its field, are refused with"
            + " their paths")
    void methodNeedsItsValue() {
        String json = AuditJson.toString(withRules(SelectionMethod.seededRandom(1L)))
                .replace("\"kind\": \"SEEDED_RANDOM\",\n        \"seed\": 1\n", "\"kind\": \"SEEDED_RANDOM\"\n");
        String stratified = AuditJson.toString(withRules(SelectionMethod.stratified("age-band")))
                .replace(
                        "\"kind\": \"STRATIFIED\",\n        \"stratifyBy\": \"age-band\"\n",
                        "\"kind\": \"STRATIFIED\"\n");

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/scope/cohortCriteria/method/seed");
            assertThat(p.message()).contains("seeded random selection method").contains("\"seed\"");
            assertThat(p.fix()).contains("20210317");
        });
        assertThat(problems(stratified)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/scope/cohortCriteria/method/stratifyBy");
            assertThat(p.fix()).contains("age-band");
        });
    }

    @Test
    @DisplayName("an unknown case flag and a negative age are refused with their paths")
    void badValues() {
        String json = AuditJson.toString(withRules(SelectionMethod.seededRandom(1L)))
                .replace("\"CURRENT_PRACTICE_REVIEW\"\n      ]", "\"IN_PROCEEDINGS\"\n      ]")
                .replace("\"fromYears\": 0", "\"fromYears\": -1");

        assertThat(problems(json))
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("/candidates/0/flags/0", "/scope/cohortCriteria/childAge/fromYears");
    }

    private static List<Problem> problems(String json) {
        try {
            AuditJson.fromString(json, "bad.json");
        } catch (AuditFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was read, but should have been refused");
    }
}
