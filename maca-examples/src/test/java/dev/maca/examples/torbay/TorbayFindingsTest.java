package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.GradeCount;
import dev.maca.analysis.ObjectivePanelGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The panel's findings follow from its grades of the families, in words a Business Group can check. */
@DisplayName("The Torbay findings and learning")
class TorbayFindingsTest {
    /** Words that stand in for a count, or praise an agency without one. */
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(many|few|rarely|most|often|usually|several|some|generally|a similar number|minority|majority"
                    + "|real strength)\\b",
            Pattern.CASE_INSENSITIVE);

    private static PanelAnalysis panel;

    @BeforeAll
    static void analyse() {
        Map<String, AuditTool> tools = TorbayAudit.tools(AgencyRegistry.discover());
        Audit audit = TorbayAudit.audit(tools);
        panel = AuditAnalysis.of(audit, tools).panel();
    }

    @Test
    @DisplayName("give findings for each objective, in the scope's order, without a grade of their own")
    void findingsPerObjective() {
        assertThat(TorbayFindings.findings())
                .extracting(ObjectiveFindings::objectiveId)
                .containsExactlyElementsOf(TorbayScope.OBJECTIVE_IDS);
        assertThat(TorbayFindings.findings()).allSatisfy(f -> {
            assertThat(f.grade()).isEmpty();
            assertThat(f.narrative()).isNotEmpty();
            assertThat(f.goodPractice()).isNotEmpty();
            assertThat(f.areasForDevelopment()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("say how many families the panel graded at each grade, as the panel's record counts them")
    void gradeCountsFromThePanel() {
        for (ObjectiveFindings findings : TorbayFindings.findings()) {
            ObjectivePanelGrades grades =
                    panel.objective(findings.objectiveId()).orElseThrow();
            assertThat(String.join(" ", findings.narrative()))
                    .as("the narrative for %s", findings.objectiveId())
                    .contains(gradeSentence(grades));
        }
    }

    @Test
    @DisplayName("use no word that stands in for a count, such as 'many', 'few', 'rarely' or 'most'")
    void noVagueQuantities() {
        List<String> prose = TorbayFindings.findings().stream()
                .flatMap(f -> Stream.of(
                                List.of(f.keyMessage()), f.narrative(), f.goodPractice(), f.areasForDevelopment())
                        .flatMap(List::stream))
                .toList();
        assertThat(prose).isNotEmpty().noneMatch(text -> VAGUE.matcher(text).find());
    }

    @Test
    @DisplayName("give every key message a count of families")
    void keyMessagesCount() {
        assertThat(TorbayFindings.findings())
                .extracting(ObjectiveFindings::keyMessage)
                .allMatch(m -> m.matches(".*\\b\\d+ of (the )?15 families\\b.*"));
    }

    @Test
    @DisplayName("cite nothing published after June 2021 and no finding of the unpublished Rapid Review")
    void periodCorrect() {
        String all = TorbayFindings.findings().stream()
                .flatMap(f -> Stream.of(
                                List.of(f.keyMessage()), f.narrative(), f.goodPractice(), f.areasForDevelopment())
                        .flatMap(List::stream))
                .reduce("", (a, b) -> a + " " + b);
        assertThat(all).doesNotContain("Invisible Men", "non-accidental injury", "Rapid Review", "as in the RR", "ICB");
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

    /** "8 of the 15 families Good, 5 Requires improvement and 2 Inadequate": the grades with families, best first. */
    static String gradeSentence(ObjectivePanelGrades grades) {
        List<String> parts = new ArrayList<>();
        for (GradeCount g : grades.grades()) {
            if (g.count() > 0) {
                String count = parts.isEmpty()
                        ? g.count() + " of the " + g.families().families() + " families"
                        : String.valueOf(g.count());
                parts.add(count + " " + g.grade().label());
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
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
