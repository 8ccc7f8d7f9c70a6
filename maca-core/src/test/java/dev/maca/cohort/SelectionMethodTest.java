package dev.maca.cohort;

import static dev.maca.cohort.CohortFamilies.NEGLECT;
import static dev.maca.cohort.CohortFamilies.families;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Choosing the cohort from the eligible families")
class SelectionMethodTest {
    private static final List<CaseRecord> TWENTY_SEVEN = families(27);

    private static CohortCriteria criteria(int target, SelectionMethod method) {
        return new CohortCriteria(target, "", NEGLECT.features(), NEGLECT.engagement()).withMethod(method);
    }

    private static List<String> ids(CohortSelection selection) {
        return selection.cohort().stream().map(CaseRecord::id).toList();
    }

    @Nested
    @DisplayName("the seeded random draw")
    class SeededRandom {
        @Test
        @DisplayName("gives the numbers of java.util.SplittableRandom for the same seed")
        void sameNumbersAsTheJdk() {
            SeededShuffle ours = new SeededShuffle(20210317L);
            SplittableRandom jdk = new SplittableRandom(20210317L);

            for (int i = 0; i < 1_000; i++) {
                assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
            }
        }

        @Test
        @DisplayName("shuffles as its documentation says, so another tool can repeat it from the seed")
        void knownShuffle() {
            List<Integer> oneToTen = IntStream.rangeClosed(1, 10).boxed().toList();

            assertThat(new SeededShuffle(20210317L).shuffle(oneToTen)).containsExactly(6, 10, 8, 1, 7, 3, 5, 2, 4, 9);
        }

        @Test
        @DisplayName("chooses the first families of the shuffled eligible list, and gives the cohort in listed order")
        void knownCohort() {
            CohortSelection selection =
                    CohortSelector.select(criteria(15, SelectionMethod.seededRandom(20210317L)), TWENTY_SEVEN);

            assertThat(ids(selection))
                    .containsExactly(
                            "f04", "f06", "f07", "f08", "f10", "f11", "f13", "f14", "f16", "f18", "f20", "f21", "f23",
                            "f24", "f27");
        }

        @Test
        @DisplayName("gives the same cohort for the same candidates and seed, and another for another seed")
        void reproducible() {
            CohortSelection first = CohortSelector.select(criteria(15, SelectionMethod.seededRandom(7L)), TWENTY_SEVEN);
            CohortSelection again = CohortSelector.select(criteria(15, SelectionMethod.seededRandom(7L)), TWENTY_SEVEN);
            CohortSelection other = CohortSelector.select(criteria(15, SelectionMethod.seededRandom(8L)), TWENTY_SEVEN);

            assertThat(again).isEqualTo(first);
            assertThat(ids(other)).isNotEqualTo(ids(first));
        }

        @Test
        @DisplayName("excludes the eligible families not drawn, naming the seed and how many were eligible")
        void notDrawn() {
            CohortSelection selection =
                    CohortSelector.select(criteria(15, SelectionMethod.seededRandom(20210317L)), TWENTY_SEVEN);

            assertThat(selection.exclusions()).hasSize(12).allSatisfy(e -> {
                assertThat(e.isEligible()).isTrue();
                assertThat(e.reasons()).singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(ExclusionReason.Kind.NOT_DRAWN);
                    assertThat(r.message())
                            .isEqualTo("meets the criteria, but was not among the 15 drawn at random (seed 20210317)"
                                    + " from the 27 eligible families");
                });
            });
            assertThat(selection.eligibleCount()).isEqualTo(27);
        }

        @Test
        @DisplayName("draws only from eligible families: an ineligible one is excluded for its own reasons")
        void onlyEligible() {
            List<CaseRecord> candidates = new ArrayList<>(families(5));
            candidates.set(2, candidates.get(2).withFlags(List.of(CaseFlag.LIVE_CARE_PROCEEDINGS)));
            CohortCriteria criteria = criteria(4, SelectionMethod.seededRandom(1L))
                    .withExclusionRules(List.of(CaseFlag.LIVE_CARE_PROCEEDINGS));

            CohortSelection selection = CohortSelector.select(criteria, candidates);

            assertThat(ids(selection)).containsExactly("f01", "f02", "f04", "f05");
            assertThat(selection.exclusions().get(0).kinds())
                    .containsExactly(ExclusionReason.Kind.LIVE_CARE_PROCEEDINGS);
        }

        @Test
        @DisplayName("a seeded random method without a seed is refused, since its draw could not be repeated")
        void needsSeed() {
            assertThatThrownBy(() ->
                            new SelectionMethod(SelectionMethod.Kind.SEEDED_RANDOM, Optional.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("seed");
        }
    }

    @Nested
    @DisplayName("stratified selection")
    class Stratified {
        /** Ten families, the first six with police involvement in the period and the last four without. */
        private List<CaseRecord> policeMix() {
            List<CaseRecord> families = new ArrayList<>();
            for (CaseRecord family : families(10)) {
                int number = Integer.parseInt(family.id().substring(1));
                List<AgencyInvolvement> involvements = new ArrayList<>(family.involvements());
                if (number <= 6) {
                    involvements.add(new AgencyInvolvement(
                            "police",
                            NEGLECT.engagement().from(),
                            Optional.of(NEGLECT.engagement().to())));
                }
                families.add(new CaseRecord(
                        family.id(),
                        family.pseudonym(),
                        family.children(),
                        List.of(),
                        List.of(),
                        family.features(),
                        involvements));
            }
            return families;
        }

        @Test
        @DisplayName("shares the target in proportion to the eligible families of each stratum, in listed order within")
        void proportional() {
            CohortSelection selection =
                    CohortSelector.select(criteria(5, SelectionMethod.stratified("agency:police")), policeMix());

            assertThat(selection.strata())
                    .containsExactly(
                            new StratumAllocation("involved", 6, 3), new StratumAllocation("not involved", 4, 2));
            assertThat(ids(selection)).containsExactly("f01", "f02", "f03", "f07", "f08");
        }

        @Test
        @DisplayName(
                "gives the places left after the whole shares to the largest remainders, ties to the first stratum")
        void largestRemainder() {
            assertThat(CohortDraw.allot(5, new int[] {6, 4})).containsExactly(3, 2);
            assertThat(CohortDraw.allot(4, new int[] {3, 3, 3})).containsExactly(2, 1, 1);
            assertThat(CohortDraw.allot(7, new int[] {10, 1, 4})).containsExactly(5, 0, 2);
            assertThat(CohortDraw.allot(20, new int[] {3, 4})).containsExactly(3, 4);
        }

        @Test
        @DisplayName("with a seed, draws at random within each stratum, reproducibly")
        void randomWithin() {
            CohortCriteria criteria = criteria(5, SelectionMethod.stratified("agency:police", 99L));

            CohortSelection first = CohortSelector.select(criteria, policeMix());

            assertThat(CohortSelector.select(criteria, policeMix())).isEqualTo(first);
            assertThat(first.cohort().stream().filter(c -> c.involves("police")))
                    .hasSize(3);
        }

        @Test
        @DisplayName("names the stratum's share in the reason of each family not drawn")
        void notDrawnReason() {
            CohortSelection selection =
                    CohortSelector.select(criteria(5, SelectionMethod.stratified("agency:police")), policeMix());

            assertThat(selection.exclusions().get(0).reasons().get(0).message())
                    .isEqualTo("meets the criteria, but its stratum (agency:police: involved) was given 3 of the 5"
                            + " places for its 6 eligible families, taken in the order listed");
        }

        @Test
        @DisplayName("by age band, orders the strata from the youngest band")
        void byAgeBand() {
            List<CaseRecord> families = List.of(
                    CohortFamilies.family("a", new ChildRecord("Child A", AgeBand.AGE_11_TO_15)),
                    CohortFamilies.family("b", new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                    CohortFamilies.family(
                            "c",
                            new ChildRecord("Child A", AgeBand.AGE_11_TO_15),
                            new ChildRecord("Child B", AgeBand.AGE_5_TO_10)));

            CohortSelection selection =
                    CohortSelector.select(criteria(3, SelectionMethod.stratified("age-band")), families);

            assertThat(selection.strata()).extracting(StratumAllocation::label).containsExactly("1–4", "5–10", "11–15");
        }

        @Test
        @DisplayName("an unknown stratum field puts every eligible family in one stratum (validation reports it)")
        void unknownField() {
            CohortSelection selection =
                    CohortSelector.select(criteria(2, SelectionMethod.stratified("team")), families(4));

            assertThat(selection.strata()).containsExactly(new StratumAllocation("all eligible families", 4, 2));
            assertThat(StratumField.parse("team")).isEmpty();
            assertThat(StratumField.parse("agency:police")).contains(new StratumField.AgencyInvolved("police"));
        }
    }

    @Test
    @DisplayName("criteria that name no method take the first eligible families in the order listed")
    void listedOrderByDefault() {
        CohortCriteria criteria = new CohortCriteria(3, "", NEGLECT.features(), NEGLECT.engagement());

        CohortSelection selection = CohortSelector.select(criteria, families(5));

        assertThat(criteria.selectionMethod()).isEqualTo(SelectionMethod.inListedOrder());
        assertThat(ids(selection)).containsExactly("f01", "f02", "f03");
        assertThat(selection.exclusions())
                .allSatisfy(e -> assertThat(e.kinds()).containsExactly(ExclusionReason.Kind.COHORT_FULL));
    }
}
