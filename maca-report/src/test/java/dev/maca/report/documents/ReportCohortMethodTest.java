package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgeRange;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseFlag;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.CohortSelector;
import dev.maca.cohort.SelectionMethod;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The report's account of the cohort's selection")
class ReportCohortMethodTest {
    private static final AuditScope SCOPE = DocumentFixtures.scope();

    /** Ten families with domestic abuse, police involved in 2020, a child aged 7 (born in May 2013). */
    private static List<CaseRecord> families() {
        return IntStream.rangeClosed(1, 10)
                .mapToObj(n -> new CaseRecord(
                        "family-" + n,
                        "Family " + n,
                        List.of(new ChildRecord("Child A", AgeBand.AGE_5_TO_10, Optional.of(YearMonth.of(2013, 5)))),
                        List.of(),
                        List.of(),
                        List.of("domestic-abuse"),
                        List.of(new AgencyInvolvement(
                                n <= 6 ? "police" : "midwifery", YearMonth.of(2020, 2), Optional.empty()))))
                .toList();
    }

    private static String method(CohortCriteria criteria, List<CaseRecord> candidates) {
        Section section = Section.of("Method", s -> new ReportCohortMethod(
                        criteria, CohortSelector.select(criteria, candidates), new AgencyNames(SCOPE, Map.of()))
                .addTo(s));
        return section.blocks().stream()
                .filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).plainText())
                .collect(Collectors.joining("\n"));
    }

    private static CohortCriteria criteria(int target) {
        CohortCriteria base = SCOPE.cohortCriteria();
        return new CohortCriteria(target, base.introduction(), base.features(), base.engagement());
    }

    @Test
    @DisplayName("counts excluded families, not reasons, and says how many had more than one")
    void familiesNotReasons() {
        List<CaseRecord> candidates = new ArrayList<>(families());
        // Three families excluded: two for two reasons each, one for one.
        candidates.set(0, candidates.get(0).withFlags(List.of(CaseFlag.LIVE_CARE_PROCEEDINGS, CaseFlag.INDEX_FAMILY)));
        candidates.set(1, candidates.get(1).withFlags(List.of(CaseFlag.LIVE_CARE_PROCEEDINGS)));
        CaseRecord third = candidates.get(2);
        candidates.set(
                2,
                new CaseRecord(
                                third.id(),
                                third.pseudonym(),
                                third.children(),
                                List.of(),
                                List.of(),
                                List.of(),
                                third.involvements())
                        .withFlags(List.of(CaseFlag.CURRENT_PRACTICE_REVIEW)));
        CohortCriteria criteria = criteria(7).withExclusionRules(List.of(CaseFlag.values()));

        assertThat(method(criteria, candidates))
                .contains("3 candidate families were excluded, two of them for more than one reason: 1 lacked a"
                        + " required feature, 2 had live care proceedings, 1 had a practice review under way and 1"
                        + " was the index family of the review.");
    }

    @Test
    @DisplayName("names the exclusion rules and the age rule among the criteria, with the reference month")
    void rulesNamed() {
        CohortCriteria criteria = criteria(5)
                .withChildAge(new AgeRange(5, 11))
                .withExclusionRules(List.of(CaseFlag.LIVE_CARE_PROCEEDINGS, CaseFlag.INDEX_FAMILY));

        assertThat(method(criteria, families()))
                .contains("At least one child had to be aged 5 to 11 in December 2020 (the last month of the"
                        + " period), counted from the child's month of birth")
                .contains("Families were excluded where care proceedings were live or the family was the index"
                        + " family of the review that led to the audit when the cohort was chosen.");
    }

    @Test
    @DisplayName("names a random method with its seed and the number of eligible families")
    void seeded() {
        CohortCriteria criteria = criteria(5).withMethod(SelectionMethod.seededRandom(20210317L));

        assertThat(method(criteria, families()))
                .contains("The cohort of 5 families was chosen at random with seed 20210317 from the 10 eligible"
                        + " families of 10 candidates")
                .contains("5 candidate families were excluded: 5 met every criterion but were not drawn.");
    }

    @Test
    @DisplayName("names a stratified method with its field, by agency name, and each stratum's share")
    void stratified() {
        CohortCriteria criteria = criteria(5).withMethod(SelectionMethod.stratified("agency:police"));

        assertThat(method(criteria, families()))
                .contains("stratified by whether Police was involved in the period, with the places shared in"
                        + " proportion to the eligible families in each stratum (largest remainder): involved, 3 of"
                        + " 6; not involved, 2 of 4. Within each stratum the families were taken in the order the"
                        + " partnership listed them.");
    }

    @Test
    @DisplayName("says listed order when no method is named, as every MACA 0.1 audit is")
    void listedOrder() {
        assertThat(method(criteria(4), families()))
                .contains("10 candidate families were considered in the order the partnership listed them, and the"
                        + " first 4 that met every criterion were selected: the cohort is 4 families.")
                .contains("6 candidate families were excluded: 6 met the criteria after the cohort was full.");
    }

    @Test
    @DisplayName("the annex sets out the seeded draw when the method is random, and not otherwise")
    void annexDraw() {
        dev.maca.audit.Audit audit = DocumentFixtures.audit();
        dev.maca.audit.Audit seeded = audit.withScope(audit.scope()
                .withCohortCriteria(audit.scope().cohortCriteria().withMethod(SelectionMethod.seededRandom(7L))));

        assertThat(annex(seeded)).contains("SplitMix64", "SplittableRandom", "the families at positions i and j");
        assertThat(annex(audit)).doesNotContain("SplitMix64");
    }

    private static String annex(dev.maca.audit.Audit audit) {
        AnalysedAudit analysed = AnalysedAudit.of(DocumentFixtures.guarded(audit), DocumentFixtures.tools());
        Section section = new ReportAppendices(
                        analysed, audit.cohort(), new AgencyNames(audit.scope(), DocumentFixtures.tools()))
                .cohortSelection();
        return section.blocks().stream()
                .filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).plainText())
                .collect(Collectors.joining("\n"));
    }
}
