package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.CohortSelector;
import dev.maca.cohort.Exclusion;
import dev.maca.cohort.ExclusionReason;
import dev.maca.cohort.ExclusionReason.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The synthetic candidate pool yields the cohort of fifteen, with realistic exclusions. */
@DisplayName("The Torbay candidate pool")
class TorbayCandidatesTest {
    private final List<CaseRecord> candidates = TorbayAudit.candidates();
    private final CohortSelection selection =
            CohortSelector.select(TorbayAudit.scope().cohortCriteria(), candidates);

    @Test
    @DisplayName("holds thirty pseudonymised families, Family 1 to Family 30")
    void thirtyFamilies() {
        assertThat(candidates).hasSize(30);
        for (int i = 0; i < candidates.size(); i++) {
            assertThat(candidates.get(i).id()).isEqualTo(String.format("family-%02d", i + 1));
            assertThat(candidates.get(i).pseudonym()).isEqualTo("Family " + (i + 1));
        }
    }

    @Test
    @DisplayName("yields exactly fifteen cases, a full cohort")
    void exactlyFifteen() {
        assertThat(selection.cohort())
                .extracting(CaseRecord::id)
                .containsExactly(
                        "family-01",
                        "family-02",
                        "family-03",
                        "family-05",
                        "family-06",
                        "family-08",
                        "family-09",
                        "family-11",
                        "family-12",
                        "family-14",
                        "family-16",
                        "family-17",
                        "family-19",
                        "family-22",
                        "family-23");
        assertThat(selection.shortfallWarning()).isEmpty();
    }

    @Test
    @DisplayName("excludes each other family for the reasons expected")
    void expectedExclusions() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("family-04", List.of("An unborn baby & older sibling"));
        expected.put("family-07", List.of("Domestic abuse/substance misuse"));
        expected.put("family-10", List.of("Maternal ill mental health"));
        expected.put("family-13", List.of("NO_ENGAGEMENT"));
        expected.put("family-15", List.of("An unborn baby & older sibling", "Maternal ill mental health"));
        expected.put("family-18", List.of("An unborn baby & older sibling"));
        expected.put("family-20", List.of("Domestic abuse/substance misuse"));
        expected.put("family-21", List.of("Domestic abuse/substance misuse", "NO_ENGAGEMENT"));
        expected.put("family-24", List.of("Maternal ill mental health"));
        expected.put("family-25", List.of("An unborn baby & older sibling"));
        expected.put("family-26", List.of("COHORT_FULL"));
        expected.put("family-27", List.of("An unborn baby & older sibling", "Domestic abuse/substance misuse"));
        expected.put("family-28", List.of("NO_ENGAGEMENT"));
        expected.put("family-29", List.of("COHORT_FULL"));
        expected.put(
                "family-30", List.of("An unborn baby & older sibling", "Maternal ill mental health", "NO_ENGAGEMENT"));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Exclusion exclusion : selection.exclusions()) {
            actual.put(
                    exclusion.candidate().id(),
                    exclusion.reasons().stream()
                            .map(TorbayCandidatesTest::reason)
                            .toList());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    @DisplayName("leaves out two eligible families only because the cohort was full")
    void eligibleBeyondTarget() {
        assertThat(selection.exclusions())
                .filteredOn(Exclusion::isEligible)
                .extracting(e -> e.candidate().id())
                .containsExactly("family-26", "family-29");
    }

    @Test
    @DisplayName("records an unborn baby and an older sibling for every family with that feature")
    void unbornFeatureMatchesMembers() {
        assertThat(candidates)
                .filteredOn(c -> c.features().contains("unborn-and-older-sibling"))
                .allSatisfy(c -> {
                    assertThat(c.children()).isNotEmpty();
                    assertThat(c.unborn()).isNotEmpty();
                });
    }

    @Test
    @DisplayName("involves adult substance misuse services only where there is substance misuse")
    void substanceMisuseServicesOnlyWithSubstanceMisuse() {
        assertThat(candidates)
                .filteredOn(c -> c.involves("adult-substance-misuse"))
                .allSatisfy(c -> assertThat(c.features()).contains("substance-misuse"));
    }

    @Test
    @DisplayName("does not involve all eight agencies in every cohort case")
    void notEveryAgencyEverywhere() {
        assertThat(selection.cohort())
                .anySatisfy(c -> assertThat(c.involvedAgencyIds()).hasSizeLessThan(8));
        assertThat(selection.cohort())
                .filteredOn(c -> c.involves("early-years"))
                .allSatisfy(c -> assertThat(c.children())
                        .anySatisfy(child -> assertThat(child.ageBand().label()).isEqualTo("1–4")));
    }

    @Test
    @DisplayName("names people by pseudonym only: Child, Unborn, and adults by role")
    void pseudonymsOnly() {
        assertThat(candidates).allSatisfy(c -> {
            assertThat(c.children())
                    .allSatisfy(child -> assertThat(child.pseudonym()).matches("Child [A-Z]"));
            assertThat(c.unborn()).allSatisfy(u -> assertThat(u.pseudonym()).matches("Unborn [A-Z]"));
            assertThat(c.adults()).allSatisfy(a -> assertThat(a.pseudonym())
                    .matches("(Mother|Father|Mother's|Maternal|Family friend|Male in).*"));
        });
    }

    private static String reason(ExclusionReason reason) {
        if (reason.kind() == Kind.MISSING_FEATURE) {
            return reason.message().replace("does not have: ", "");
        }
        return reason.kind().name();
    }
}
