package dev.maca.tool;

import static dev.maca.tool.ToolFixtures.completePoliceReturn;
import static dev.maca.tool.ToolFixtures.with;
import static dev.maca.tool.ToolFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.returns.AuditReturn;
import dev.maca.returns.ReturnStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ReturnGaps")
class ReturnGapsTest {
    private final AuditTool police = ToolFixtures.tools().get("police");

    @Test
    @DisplayName("finds no gaps in a return that answers everything required")
    void complete() {
        ReturnGaps gaps = ReturnGaps.of(police, completePoliceReturn(police));

        assertThat(gaps.isComplete()).isTrue();
        assertThat(gaps.unanswered()).isEmpty();
    }

    @Test
    @DisplayName("lists unanswered required questions in tool order, bank then core, skipping optional ones")
    void unansweredInToolOrder() {
        AuditReturn empty = with(
                completePoliceReturn(police),
                ReturnStatus.INCOMPLETE,
                List.of(),
                Map.of(),
                Map.of(),
                Optional.empty(),
                "");

        ReturnGaps gaps = ReturnGaps.of(police, empty);

        assertThat(gaps.unanswered())
                .containsExactly(
                        "police-covid-contact",
                        "police-dash",
                        "police-males",
                        "core-lived-experience",
                        "core-overall-judgement");
        assertThat(gaps.missingObjectiveJudgements()).containsExactlyElementsOf(police.objectiveIds());
    }

    @Test
    @DisplayName("counts a missing objective judgement as a gap though no question is unanswered")
    void missingJudgement() {
        AuditReturn full = completePoliceReturn(police);
        AuditReturn noJudgement = with(
                full,
                full.status(),
                List.of(),
                full.answers(),
                without(full.objectiveJudgements(), "covid-19-impact"),
                full.overall(),
                full.livedExperience());

        ReturnGaps gaps = ReturnGaps.of(police, noJudgement);

        assertThat(gaps.unanswered()).isEmpty();
        assertThat(gaps.missingObjectiveJudgements()).containsExactly("covid-19-impact");
        assertThat(gaps.isComplete()).isFalse();
    }
}
