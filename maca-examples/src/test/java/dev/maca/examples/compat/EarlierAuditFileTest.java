package dev.maca.examples.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.json.AuditJson;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.tool.ToolAnswersCheck;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.Problem;
import dev.maca.validation.Stage;
import dev.maca.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Torbay audit file exactly as MACA 0.1.0 wrote it ({@code maca demo} before the panel stage existed), kept as a
 * test resource so that files already in partnerships' hands keep reading.
 */
@DisplayName("An audit file written by MACA 0.1, before the panel stage")
class EarlierAuditFileTest {
    private static Audit audit;
    private static Map<String, AuditTool> tools;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = new GZIPInputStream(
                EarlierAuditFileTest.class.getResourceAsStream("/dev/maca/examples/torbay-audit-0.1.0.json.gz"))) {
            audit = AuditJson.read(in, "torbay-audit-0.1.0.json");
        }
        tools = AuditTools.assembleAll(audit.scope(), AgencyRegistry.discover());
    }

    private static ValidationReport validate(Stage stage) {
        return AuditValidator.standard()
                .forStage(stage)
                .with(new ToolAnswersCheck(tools))
                .validate(audit);
    }

    @Test
    @DisplayName("still reads, with no panel reviews, no concerns and none of the later return answers")
    void reads() {
        assertThat(audit.cohort().cohort()).hasSize(15);
        assertThat(audit.returns()).hasSize(92);
        assertThat(audit.panelReviews()).isEmpty();
        assertThat(audit.immediateConcerns()).isEmpty();
        assertThat(audit.returns()).allSatisfy(r -> {
            assertThat(r.impact()).isEmpty();
            assertThat(r.actionNow()).isEmpty();
            assertThat(r.livedExperience()).isNotBlank();
        });
    }

    @Test
    @DisplayName("reads its RAG colours as statuses, and its agency owners with no owner's role yet")
    void actionsRead() {
        List<Action> actions = audit.recommendations().stream()
                .flatMap(r -> r.actions().stream())
                .toList();

        assertThat(actions).isNotEmpty().allSatisfy(a -> {
            assertThat(a.ownerRole()).isEmpty();
            assertThat(a.lastUpdated()).isEmpty();
        });
        assertThat(actions).extracting(Action::status).doesNotContain(ActionStatus.OVERDUE);
        assertThat(actions).extracting(Action::status).contains(ActionStatus.NOT_STARTED, ActionStatus.ON_TRACK);
    }

    @Test
    @DisplayName("validates for a draft report with warnings only: a panel review missing per family, older tools")
    void validatesWithWarnings() {
        ValidationReport report = validate(Stage.DRAFT_REPORT);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .filteredOn(p -> p.message().contains("has no panel review"))
                .hasSize(15);
        assertThat(report.warnings())
                .filteredOn(p -> p.path().endsWith("/toolVersion"))
                .hasSize(92);
        assertThat(report.warnings())
                .filteredOn(p -> p.path().endsWith("/status"))
                .allSatisfy(p -> assertThat(p.message()).contains("older version", "core-impact"));
    }

    @Test
    @DisplayName(
            "is not ready for a final report: each family's panel review, the report's content, owners and measures")
    void notReadyForFinal() {
        List<Problem> errors = validate(Stage.FINAL_REPORT).errors();

        assertThat(errors).filteredOn(p -> p.path().equals("/panelReviews")).hasSize(15);
        assertThat(errors).extracting(Problem::path).contains("/report", "/scope/timeline/milestones");
        assertThat(errors)
                .filteredOn(p -> p.path().endsWith("/ownerRole"))
                .hasSize(5 + 10); // five recommendations and their ten actions, owned by agencies, not roles
        assertThat(errors).filteredOn(p -> p.path().endsWith("/measure")).hasSize(5);
    }

    @Test
    @DisplayName("writes back in the current format, with empty panel lists, and reads again equal")
    void roundTrips() {
        String json = AuditJson.toString(audit);

        assertThat(json).contains("\"panelReviews\": []", "\"immediateConcerns\": []");
        assertThat(AuditJson.fromString(json, "again.json")).isEqualTo(audit);
    }
}
