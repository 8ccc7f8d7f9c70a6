package dev.maca.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cohort selection")
class CohortSelectorTest {
    private static final CohortCriteria CRITERIA = new CohortCriteria(
            2,
            "",
            List.of(
                    new FeatureRequirement("An unborn baby & older sibling", List.of("unborn-and-sibling")),
                    new FeatureRequirement(
                            "Domestic abuse/substance misuse", List.of("domestic-abuse", "substance-misuse")),
                    new FeatureRequirement("Maternal ill mental health", List.of("maternal-mental-health"))),
            new EngagementRequirement(
                    "engagement with key services through 2020",
                    YearMonth.of(2020, 1),
                    YearMonth.of(2020, 12),
                    List.of("health-visiting", "police")));

    private static CaseRecord candidate(String id, List<String> features, AgencyInvolvement... involvements) {
        return new CaseRecord(id, "Family " + id, List.of(), List.of(), List.of(), features, List.of(involvements));
    }

    private static AgencyInvolvement involvement(String agency, YearMonth from, YearMonth to) {
        return new AgencyInvolvement(agency, from, Optional.ofNullable(to));
    }

    private static final List<String> ALL = List.of("unborn-and-sibling", "substance-misuse", "maternal-mental-health");
    private static final AgencyInvolvement HV_2020 =
            involvement("health-visiting", YearMonth.of(2020, 2), YearMonth.of(2020, 11));

    @Test
    @DisplayName("selects the first eligible candidates in the order given, up to the target")
    void selectsInGivenOrder() {
        List<CaseRecord> candidates =
                List.of(candidate("c", ALL, HV_2020), candidate("a", ALL, HV_2020), candidate("b", ALL, HV_2020));

        CohortSelection selection = CohortSelector.select(CRITERIA, candidates);

        assertThat(selection.cohort()).extracting(CaseRecord::id).containsExactly("c", "a");
        assertThat(selection.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.candidate().id()).isEqualTo("b");
            assertThat(e.isEligible()).isTrue();
            assertThat(e.reasons()).extracting(ExclusionReason::kind).containsExactly(ExclusionReason.Kind.COHORT_FULL);
        });
    }

    @Test
    @DisplayName("an excluded candidate gets every reason, in the order of the criteria")
    void everyReason() {
        CaseRecord candidate = candidate(
                "x", List.of("domestic-abuse"), involvement("gp", YearMonth.of(2020, 1), YearMonth.of(2020, 12)));

        CohortSelection selection = CohortSelector.select(CRITERIA, List.of(candidate));

        assertThat(selection.exclusions().get(0).reasons())
                .extracting(ExclusionReason::message)
                .containsExactly(
                        "does not have: An unborn baby & older sibling",
                        "does not have: Maternal ill mental health",
                        "no key service involved from 2020-01 to 2020-12 (engagement with key services through 2020)");
    }

    @Test
    @DisplayName("a feature requirement is met by any one of its case features")
    void anyOfFeatures() {
        CaseRecord withDomesticAbuse =
                candidate("d", List.of("unborn-and-sibling", "domestic-abuse", "maternal-mental-health"), HV_2020);

        assertThat(CohortSelector.unmetCriteria(CRITERIA, withDomesticAbuse)).isEmpty();
    }

    @Test
    @DisplayName("involvement that ended before the period does not count as engagement")
    void involvementBeforePeriod() {
        CaseRecord ended = candidate("e", ALL, involvement("police", YearMonth.of(2018, 1), YearMonth.of(2019, 12)));

        assertThat(CohortSelector.unmetCriteria(CRITERIA, ended))
                .extracting(ExclusionReason::kind)
                .containsExactly(ExclusionReason.Kind.NO_ENGAGEMENT);
    }

    @Test
    @DisplayName("ongoing involvement that began before the period counts as engagement")
    void ongoingInvolvement() {
        CaseRecord ongoing = candidate("f", ALL, involvement("police", YearMonth.of(2017, 5), null));

        assertThat(CohortSelector.unmetCriteria(CRITERIA, ongoing)).isEmpty();
    }

    @Test
    @DisplayName("fewer eligible candidates than the target gives a shortfall warning, never a silent small cohort")
    void shortfall() {
        CohortSelection selection = CohortSelector.select(
                CRITERIA, List.of(candidate("a", ALL, HV_2020), candidate("b", List.of(), HV_2020)));

        assertThat(selection.cohort()).hasSize(1);
        assertThat(selection.shortfall()).isEqualTo(1);
        assertThat(selection.shortfallWarning())
                .hasValueSatisfying(w -> assertThat(w).contains("1 short of its target of 2"));
    }

    @Test
    @DisplayName("a candidate listed twice takes one place; the repeat is excluded as a duplicate, not as cohort full")
    void duplicateIdTakesOnePlace() {
        CohortSelection selection = CohortSelector.select(
                CRITERIA,
                List.of(candidate("a", ALL, HV_2020), candidate("a", ALL, HV_2020), candidate("b", ALL, HV_2020)));

        assertThat(selection.cohort()).extracting(CaseRecord::id).containsExactly("a", "b");
        assertThat(selection.exclusions()).singleElement().satisfies(e -> assertThat(e.reasons())
                .extracting(ExclusionReason::kind)
                .containsExactly(ExclusionReason.Kind.DUPLICATE_ID));
    }

    @Test
    @DisplayName("a full cohort has no shortfall warning")
    void noShortfall() {
        CohortSelection selection =
                CohortSelector.select(CRITERIA, List.of(candidate("a", ALL, HV_2020), candidate("b", ALL, HV_2020)));

        assertThat(selection.shortfallWarning()).isEmpty();
    }

    @Test
    @DisplayName("an involvement that ends before it starts is rejected, naming the agency")
    void involvementBackwards() {
        assertThatThrownBy(() -> involvement("police", YearMonth.of(2020, 5), YearMonth.of(2020, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'police'");
    }

    @Test
    @DisplayName("a case record rejects a null list by naming the field")
    void nullFieldNamed() {
        assertThatThrownBy(() -> new CaseRecord("a", "Family 1", null, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("case children is required but was null");
    }
}
