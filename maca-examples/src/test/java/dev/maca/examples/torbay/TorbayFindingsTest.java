package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Action;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The panel's findings, the action plan and the learning content cover every objective. */
@DisplayName("The Torbay findings and learning")
class TorbayFindingsTest {
    private static final Pattern COUNT = Pattern.compile(
            "\\b\\d+\\s+(of|out of|cases|families|agencies|returns)\\b|\\d+\\s*%", Pattern.CASE_INSENSITIVE);

    @Test
    @DisplayName("give findings with a grade and key message for each objective, in the scope's order")
    void findingsPerObjective() {
        assertThat(TorbayFindings.findings())
                .extracting(ObjectiveFindings::objectiveId)
                .containsExactlyElementsOf(TorbayScope.OBJECTIVE_IDS);
        assertThat(TorbayFindings.findings()).allSatisfy(f -> {
            assertThat(f.grade()).isPresent();
            assertThat(f.narrative()).isNotEmpty();
            assertThat(f.goodPractice()).isNotEmpty();
            assertThat(f.areasForDevelopment()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("leave the figures to the analysis: no counts or percentages in the prose")
    void noFiguresInProse() {
        List<String> prose = TorbayFindings.findings().stream()
                .flatMap(f -> Stream.of(
                                List.of(f.keyMessage()), f.narrative(), f.goodPractice(), f.areasForDevelopment())
                        .flatMap(List::stream))
                .toList();
        assertThat(prose).noneMatch(text -> COUNT.matcher(text).find());
    }

    @Test
    @DisplayName("give every action an owning agency of the scope and a target date in 2021 or 2022")
    void smartActions() {
        List<Action> actions = TorbayFindings.recommendations().stream()
                .flatMap(r -> r.actions().stream())
                .toList();
        assertThat(actions).isNotEmpty().allSatisfy(a -> {
            assertThat(a.ownerAgencyId()).get().isIn(TorbayScope.AGENCY_IDS);
            assertThat(a.targetDate()).get().satisfies(d -> assertThat(d)
                    .isBetween(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 12, 31)));
            assertThat(a.evidenceOfImpact()).isNotBlank();
        });
        assertThat(TorbayFindings.recommendations())
                .flatExtracting(Recommendation::objectiveIds)
                .containsAll(TorbayScope.OBJECTIVE_IDS);
    }

    @Test
    @DisplayName("give learning content for each objective with reflection questions and national resources")
    void learningPerObjective() {
        List<LearningContent> learning = TorbayLearning.learning();
        assertThat(learning)
                .extracting(LearningContent::objectiveId)
                .containsExactlyElementsOf(TorbayScope.OBJECTIVE_IDS);
        assertThat(learning).allSatisfy(l -> {
            assertThat(l.whyItMatters()).isNotEmpty();
            assertThat(l.whatGoodLooksLike()).isNotEmpty();
            assertThat(l.thingsToRemember()).isNotEmpty();
            assertThat(l.whatToDo()).isNotEmpty();
            assertThat(l.reflectionQuestions()).isNotEmpty().allSatisfy(q -> assertThat(q)
                    .endsWith("?"));
            assertThat(l.resources()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("cite only what existed by June 2021, each with its address checked before the briefs were published")
    void periodCorrectResources() {
        java.time.LocalDate published = java.time.LocalDate.of(2021, 6, 30);
        assertThat(TorbayLearning.learning()).allSatisfy(l -> {
            assertThat(l.reviewBy()).isPresent();
            assertThat(l.contactRole()).isNotBlank();
            assertThat(l.resources()).allSatisfy(r -> {
                assertThat(r.title())
                        .doesNotContain("Myth of Invisible Men")
                        .doesNotContain("National review of non-accidental injury");
                assertThat(r.url()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
                assertThat(r.checkedOn()).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(published));
            });
            assertThat(String.join(" ", l.whyItMatters())).doesNotContain("Rapid Review");
        });
    }
}
