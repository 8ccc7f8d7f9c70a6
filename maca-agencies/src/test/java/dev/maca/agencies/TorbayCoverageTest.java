package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agencies.BundledAgencies.Expected;
import dev.maca.scope.Objective;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled banks of the eight partners the Torbay scope (C86) names serve its audit: each of its six objectives is
 * met by questions from most of them, and each has questions for most objectives. A question serves an objective when it shares a theme with it.
 */
@DisplayName("The bundled banks cover the Torbay audit's objectives")
class TorbayCoverageTest {
    private static final int MIN_AGENCIES_PER_OBJECTIVE = 6;
    private static final int MIN_OBJECTIVES_PER_AGENCY = 4;

    /** The Torbay objectives' ids and themes; titles and statements are abbreviated, as coverage uses only themes. */
    static final List<Objective> TORBAY_OBJECTIVES = List.of(
            objective(
                    "professional-curiosity",
                    Themes.PROFESSIONAL_CURIOSITY,
                    Themes.MULTIPLE_ADVERSITIES,
                    Themes.DOMESTIC_ABUSE,
                    Themes.SUBSTANCE_MISUSE),
            objective("fathers-and-males", Themes.FATHERS_AND_MALES),
            objective("unborn-safety-planning", Themes.UNBORN_BABY, Themes.SAFETY_PLANNING),
            objective("professional-differences", Themes.PROFESSIONAL_CHALLENGE),
            objective("maternal-mental-health", Themes.MATERNAL_MENTAL_HEALTH),
            objective("covid-19-impact", Themes.COVID_19));

    private static Objective objective(String id, String... themes) {
        return new Objective(id, id, "The Torbay objective " + id + ".", List.of(themes));
    }

    /** How many of an agency's questions serve each objective, by objective id. */
    private static Map<String, Long> coverage(Expected agency) {
        List<Question> questions = agency.create().questionBank().questions();
        return TORBAY_OBJECTIVES.stream().collect(Collectors.toMap(Objective::id, o -> questions.stream()
                .filter(q -> o.isMetBy(q.themes()))
                .count()));
    }

    @Test
    @DisplayName("every objective is met by questions from at least six of the eight agencies")
    void everyObjectiveHasEnoughAgencies() {
        Map<String, Map<String, Long>> byAgency =
                BundledAgencies.torbay().stream().collect(Collectors.toMap(Expected::id, TorbayCoverageTest::coverage));

        assertThat(TORBAY_OBJECTIVES).allSatisfy(objective -> assertThat(byAgency.values().stream()
                        .filter(counts -> counts.get(objective.id()) > 0)
                        .count())
                .as("agencies with questions for %s", objective.id())
                .isGreaterThanOrEqualTo(MIN_AGENCIES_PER_OBJECTIVE));
    }

    @Test
    @DisplayName("every agency has questions for at least four of the six objectives")
    void everyAgencyMeetsEnoughObjectives() {
        assertThat(BundledAgencies.torbay()).allSatisfy(agency -> assertThat(coverage(agency).values().stream()
                        .filter(count -> count > 0)
                        .count())
                .as("objectives met by %s", agency.id())
                .isGreaterThanOrEqualTo(MIN_OBJECTIVES_PER_AGENCY));
    }

    @Test
    @DisplayName("in fact every agency has questions for all six objectives")
    void everyAgencyMeetsEveryObjective() {
        assertThat(BundledAgencies.torbay()).allSatisfy(agency -> assertThat(coverage(agency))
                .as("questions per objective for %s", agency.id())
                .doesNotContainValue(0L));
    }
}
