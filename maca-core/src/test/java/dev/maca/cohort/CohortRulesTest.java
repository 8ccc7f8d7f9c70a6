package dev.maca.cohort;

import static dev.maca.cohort.CohortFamilies.NEGLECT;
import static dev.maca.cohort.CohortFamilies.born;
import static dev.maca.cohort.CohortFamilies.family;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cohort rules: children's ages and exclusion rules")
class CohortRulesTest {
    private static final CohortCriteria PRIMARY = NEGLECT.withChildAge(new AgeRange(5, 11));

    @Test
    @DisplayName("a family whose only child is 16 is excluded from an \"aged 5 to 11\" cohort, with that reason")
    void onlyChildTooOld() {
        CaseRecord family = family("f1", born("Child A", AgeBand.AGE_16_TO_17, YearMonth.of(2004, 11)));

        CohortSelection selection = CohortSelector.select(PRIMARY, List.of(family));

        assertThat(selection.cohort()).isEmpty();
        assertThat(selection.exclusions().get(0).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(ExclusionReason.Kind.AGE_OUT_OF_RANGE);
            assertThat(reason.message()).isEqualTo("no child aged 5 to 11 in March 2021 (Child A was 16)");
        });
    }

    @Test
    @DisplayName("a family qualifies when at least one child is in the range in the last month of the period")
    void oneChildInRange() {
        CaseRecord family = family(
                "f1",
                born("Child A", AgeBand.AGE_16_TO_17, YearMonth.of(2004, 11)),
                born("Child B", AgeBand.AGE_11_TO_15, YearMonth.of(2009, 4)));

        assertThat(CohortSelector.unmetCriteria(PRIMARY, family)).isEmpty();
    }

    @Test
    @DisplayName("the age is taken in the last month of the engagement period: a child who turns 12 in March is out")
    void referenceMonthIsPeriodEnd() {
        CaseRecord turnsTwelve = family("f1", born("Child A", AgeBand.AGE_11_TO_15, YearMonth.of(2009, 3)));

        assertThat(CohortSelector.unmetCriteria(PRIMARY, turnsTwelve))
                .extracting(ExclusionReason::kind)
                .containsExactly(ExclusionReason.Kind.AGE_OUT_OF_RANGE);
    }

    @Test
    @DisplayName("a child known only by a band that straddles the range cannot qualify the family, and the reason asks"
            + " for the birth month")
    void straddlingBand() {
        CaseRecord family = family("f1", new ChildRecord("Child A", AgeBand.AGE_11_TO_15));

        assertThat(CohortSelector.unmetCriteria(PRIMARY, family))
                .singleElement()
                .extracting(ExclusionReason::message)
                .isEqualTo("no child aged 5 to 11 in March 2021 (Child A's age is recorded only as the band 11–15,"
                        + " which may be outside the range: record the child's birth month)");
    }

    @Test
    @DisplayName("a family with no child is excluded from a cohort with an age range, saying no child is recorded")
    void noChild() {
        assertThat(CohortSelector.unmetCriteria(PRIMARY, family("f1", new ChildRecord[0])))
                .extracting(ExclusionReason::message)
                .containsExactly("no child aged 5 to 11 in March 2021 (no child is recorded)");
    }

    @Test
    @DisplayName("criteria without an age range take families of any age (as MACA 0.1 did)")
    void noRange() {
        CaseRecord family = family("f1", born("Child A", AgeBand.AGE_16_TO_17, YearMonth.of(2004, 11)));

        assertThat(CohortSelector.unmetCriteria(NEGLECT, family)).isEmpty();
    }

    @Test
    @DisplayName("each exclusion rule the criteria list excludes a flagged family with its own reason, in the"
            + " criteria's order")
    void exclusionRules() {
        CohortCriteria criteria = NEGLECT.withExclusionRules(
                List.of(CaseFlag.LIVE_CARE_PROCEEDINGS, CaseFlag.CURRENT_PRACTICE_REVIEW, CaseFlag.INDEX_FAMILY));
        CaseRecord family = family("f1").withFlags(List.of(CaseFlag.INDEX_FAMILY, CaseFlag.LIVE_CARE_PROCEEDINGS));

        assertThat(CohortSelector.unmetCriteria(criteria, family))
                .extracting(ExclusionReason::kind, ExclusionReason::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ExclusionReason.Kind.LIVE_CARE_PROCEEDINGS, "care proceedings were live"),
                        org.assertj.core.groups.Tuple.tuple(
                                ExclusionReason.Kind.INDEX_FAMILY,
                                "the index family of the review that led to the audit"));
    }

    @Test
    @DisplayName("a flag the criteria do not exclude on leaves the family eligible")
    void flagNotRuledOut() {
        CohortCriteria criteria = NEGLECT.withExclusionRules(List.of(CaseFlag.INDEX_FAMILY));
        CaseRecord family = family("f1").withFlags(List.of(CaseFlag.CURRENT_PRACTICE_REVIEW));

        assertThat(CohortSelector.unmetCriteria(criteria, family)).isEmpty();
    }

    @Test
    @DisplayName("a family excluded for its age and a rule counts once, with both reasons")
    void oneFamilyTwoReasons() {
        CohortCriteria criteria = PRIMARY.withExclusionRules(List.of(CaseFlag.CURRENT_PRACTICE_REVIEW));
        CaseRecord family = family("f1", born("Child A", AgeBand.AGE_16_TO_17, YearMonth.of(2004, 11)))
                .withFlags(List.of(CaseFlag.CURRENT_PRACTICE_REVIEW));

        CohortSelection selection = CohortSelector.select(criteria, List.of(family, family("f2")));

        assertThat(selection.exclusions()).singleElement().satisfies(exclusion -> assertThat(exclusion.kinds())
                .containsExactly(ExclusionReason.Kind.AGE_OUT_OF_RANGE, ExclusionReason.Kind.CURRENT_PRACTICE_REVIEW));
        assertThat(selection.ineligible()).hasSize(1);
        assertThat(selection.eligibleCount()).isEqualTo(1);
    }
}
