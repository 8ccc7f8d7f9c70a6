package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.MIDWIFERY;
import static dev.maca.tool.ToolFixtures.POLICE;
import static dev.maca.tool.ToolFixtures.POLICE_BANK;
import static dev.maca.tool.ToolFixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.Scopes;
import dev.maca.agency.UnknownAgencyException;
import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AuditTools")
class AuditToolsTest {
    private final AuditTool police = AuditTools.assemble(SCOPE, POLICE);

    @Test
    @DisplayName("asks the bank's questions whose themes meet an objective, in bank order")
    void selectsQuestionsByTheme() {
        assertThat(police.questions())
                .extracting(ToolQuestion::id)
                .containsExactly("police-covid-contact", "police-dash", "police-males", "police-notes");
    }

    @Test
    @DisplayName("gives each question the objectives it serves, in the scope's order")
    void objectivesInScopeOrder() {
        assertThat(police.question("police-males").orElseThrow().objectiveIds())
                .containsExactly("professional-curiosity", "fathers-and-males");
        assertThat(police.question("police-covid-contact").orElseThrow().objectiveIds())
                .containsExactly("covid-19-impact");
    }

    @Test
    @DisplayName("shows a question serving two objectives under the one its leading theme belongs to")
    void homeObjective() {
        assertThat(AuditTools.homeObjective(
                        SCOPE, police.question("police-males").orElseThrow()))
                .contains("fathers-and-males");
        assertThat(AuditTools.homeObjective(
                        SCOPE, police.question("police-dash").orElseThrow()))
                .contains(police.question("police-dash")
                        .orElseThrow()
                        .objectiveIds()
                        .get(0));
        assertThat(AuditTools.homeObjective(SCOPE, police.coreQuestions().get(0)))
                .isEmpty();
    }

    @Test
    @DisplayName("asks the eight core questions after the bank's, serving no single objective")
    void coreQuestions() {
        assertThat(police.coreQuestions())
                .extracting(ToolQuestion::id)
                .containsExactly(
                        "core-auditor-independence",
                        "core-records-examined",
                        "core-lived-experience",
                        "core-impact",
                        "core-good-practice",
                        "core-areas-for-development",
                        "core-overall-judgement",
                        "core-action-now");
        assertThat(CoreQuestions.IMPACT.text())
                .isEqualTo("What difference did your agency's involvement make for the child?");
        assertThat(CoreQuestions.ACTION_NOW.text()).isEqualTo("Is there anything in this case that needs action now?");
        assertThat(CoreQuestions.INDEPENDENCE.text()).isEqualTo("Were you involved in this case?");
        assertThat(CoreQuestions.RECORDS_EXAMINED.text()).isEqualTo("Which records did you examine?");
        assertThat(police.coreQuestions())
                .allSatisfy(q -> assertThat(q.objectiveIds()).isEmpty());
        assertThat(CoreQuestions.LIVED_EXPERIENCE.text()).isEqualTo("What was life like for the child?");
        assertThat(CoreQuestions.OVERALL_JUDGEMENT.responseType()).isEqualTo(ResponseType.GRADED);
    }

    @Test
    @DisplayName("lists the objectives it has questions for")
    void objectiveIds() {
        assertThat(police.objectiveIds())
                .containsExactlyInAnyOrder("covid-19-impact", "professional-curiosity", "fathers-and-males");
        assertThat(AuditTools.assemble(SCOPE, MIDWIFERY).objectiveIds())
                .containsExactlyInAnyOrder("professional-curiosity", "covid-19-impact");
    }

    @Test
    @DisplayName("carries the audit reference and the agency's id, name and version")
    void identity() {
        assertThat(police.auditReference()).isEqualTo("MACA T1");
        assertThat(police.agencyId()).isEqualTo("police");
        assertThat(police.agencyName()).isEqualTo("Agency police");
        assertThat(police.agencyVersion()).isEqualTo("1.0.0");
    }

    /** The value is pinned: a change of the canonical form would make every issued form and return unrecognisable. */
    @Test
    @DisplayName("has a version that is a 16-character SHA-256 prefix, the same in every run and JVM")
    void stableVersion() {
        assertThat(police.version()).matches("[0-9a-f]{16}").isEqualTo("70f5f0dc0e3bb632");
        assertThat(AuditTools.assemble(SCOPE, POLICE).version()).isEqualTo(police.version());
    }

    @Test
    @DisplayName("has a new version when a question's guidance changes")
    void versionFollowsGuidance() {
        List<Question> questions = new ArrayList<>(POLICE_BANK.questions());
        Question dash = questions.get(1);
        questions.set(
                1,
                new Question(
                        dash.id(),
                        dash.text(),
                        dash.guidance() + " Also MARAC.",
                        dash.responseType(),
                        dash.required(),
                        dash.themes()));

        AuditTool changed =
                AuditTools.assemble(SCOPE, ToolFixtures.agency("police", new QuestionBank(questions), "1.0.0"));

        assertThat(changed.version()).isNotEqualTo(police.version());
    }

    @Test
    @DisplayName("has a new version for another version of the agency module")
    void versionFollowsAgencyVersion() {
        assertThat(AuditTools.assemble(SCOPE, ToolFixtures.agency("police", POLICE_BANK, "1.0.1"))
                        .version())
                .isNotEqualTo(police.version());
    }

    @Test
    @DisplayName("has a new version when the scope's objectives change which questions are asked")
    void versionFollowsObjectives() {
        AuditTool fewer = AuditTools.assemble(Scopes.with(List.of(Scopes.COVID_19_IMPACT), "police"), POLICE);

        assertThat(fewer.questions())
                .extracting(ToolQuestion::id)
                .containsExactly("police-covid-contact", "police-notes");
        assertThat(fewer.version()).isNotEqualTo(police.version());
    }

    @Test
    @DisplayName("assembles a tool for every agency the scope requires, keyed by id in scope order")
    void assembleAll() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(ToolFixtures.MIDWIFERY.module(), ToolFixtures.POLICE.module())
                .build();

        assertThat(AuditTools.assembleAll(SCOPE, registry)).containsOnlyKeys("police", "midwifery");
        assertThat(AuditTools.assembleAll(SCOPE, registry).keySet()).containsExactly("police", "midwifery");
    }

    @Test
    @DisplayName("refuses to assemble tools for a scope naming agencies the registry lacks")
    void assembleAllUnknown() {
        AgencyRegistry registry = AgencyRegistry.builder()
                .withoutDiscovery()
                .register(ToolFixtures.POLICE.module())
                .build();

        assertThatThrownBy(() -> AuditTools.assembleAll(SCOPE, registry))
                .isInstanceOf(UnknownAgencyException.class)
                .hasMessageContaining("midwifery");
    }
}
