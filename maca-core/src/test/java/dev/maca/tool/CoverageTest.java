package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.Scopes;
import dev.maca.validation.Problem;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Coverage")
class CoverageTest {
    private final Coverage coverage = Coverage.of(SCOPE, ToolFixtures.tools());

    @Test
    @DisplayName("lists, per objective and agency, the questions asked, in scope and tool order")
    void matrix() {
        assertThat(coverage.objectiveIds())
                .containsExactly("professional-curiosity", "fathers-and-males", "covid-19-impact");
        assertThat(coverage.agencyIds()).containsExactly("police", "midwifery");
        assertThat(coverage.questions("professional-curiosity", "police"))
                .containsExactly("police-dash", "police-males");
        assertThat(coverage.questions("professional-curiosity", "midwifery"))
                .containsExactly("midwifery-booking", "midwifery-grade");
        assertThat(coverage.questions("covid-19-impact", "police"))
                .containsExactly("police-covid-contact", "police-notes");
        assertThat(coverage.matrix().get("fathers-and-males")).containsEntry("midwifery", java.util.List.of());
    }

    @Test
    @DisplayName("says which agencies cover an objective")
    void agenciesCovering() {
        assertThat(coverage.agenciesCovering("fathers-and-males")).containsExactly("police");
        assertThat(coverage.isCovered("fathers-and-males", "midwifery")).isFalse();
        assertThat(coverage.questions("no-such-objective", "police")).isEmpty();
    }

    @Test
    @DisplayName("warns when a required agency has no question for an objective, naming both and the themes to add")
    void warnsOfGaps() {
        assertThat(coverage.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.path()).isEqualTo("/scope/objectives/1");
            assertThat(problem.message()).contains("'midwifery'", "'fathers-and-males'");
            assertThat(problem.fix()).contains("midwifery question bank", "fathers-and-males");
        });
    }

    @Test
    @DisplayName("warns when a required agency has no tool at all")
    void warnsOfMissingTool() {
        Coverage partial =
                Coverage.of(SCOPE, Map.of("police", ToolFixtures.tools().get("police")));

        assertThat(partial.problems()).extracting(Problem::path).containsExactly("/scope/agencies/1");
    }

    @Test
    @DisplayName("finds no gaps when every agency asks about every objective")
    void noGaps() {
        var scope = Scopes.with(java.util.List.of(Scopes.COVID_19_IMPACT), "police", "midwifery");

        assertThat(Coverage.of(
                                scope,
                                AuditTools.assembleAll(
                                        scope, java.util.List.of(ToolFixtures.POLICE, ToolFixtures.MIDWIFERY)))
                        .problems())
                .isEmpty();
    }
}
