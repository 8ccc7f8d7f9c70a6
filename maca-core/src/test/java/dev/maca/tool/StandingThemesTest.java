package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.SCOPE;
import static dev.maca.tool.ToolFixtures.agency;
import static dev.maca.tool.ToolFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.scope.Themes;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Standing themes in audit tools")
class StandingThemesTest {
    private final QuestionBank bank = new QuestionBank(List.of(
            question("pol-learning", ResponseType.EVIDENCED, true, Themes.LEARNING_FROM_REVIEWS),
            question("pol-housing", ResponseType.EVIDENCED, true, "housing")));

    @Test
    @DisplayName("a question on learning from previous reviews is asked even though no objective has that theme")
    void learningFromReviewsIsAlwaysAsked() {
        AuditTool tool = AuditTools.assemble(SCOPE, agency("police", bank, "1.0.0"));

        assertThat(tool.questions()).extracting(ToolQuestion::id).containsExactly("pol-learning");
    }

    @Test
    @DisplayName("a standing question serves no objective, so it asks for no objective judgement of its own")
    void standingQuestionServesNoObjective() {
        AuditTool tool = AuditTools.assemble(SCOPE, agency("police", bank, "1.0.0"));

        assertThat(tool.question("pol-learning").orElseThrow().objectiveIds()).isEmpty();
        assertThat(tool.objectiveIds()).isEmpty();
    }
}
