package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.privacy.Policy;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolAnswersCheck;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.Stage;
import dev.maca.validation.ValidationReport;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Torbay audit as it went to the Business Group: ready for the final report, and safe to render. */
@DisplayName("The Torbay audit, for the final report")
class TorbayFinalReportTest {
    private static Map<String, AuditTool> tools;
    private static Audit audit;

    @BeforeAll
    static void buildAudit() {
        tools = TorbayAudit.tools(AgencyRegistry.discover());
        audit = TorbayAudit.audit(tools);
    }

    @Test
    @DisplayName("validates for the final report, against the agencies' current tools, with no error")
    void validatesForTheFinalReport() {
        ValidationReport report = AuditValidator.standard()
                .forStage(Stage.FINAL_REPORT)
                .with(new ToolAnswersCheck(tools))
                .validate(audit);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    @DisplayName("passes the privacy guard that refuses any personal data")
    void passesThePrivacyGuard() {
        PrivacyGuard guard = PrivacyGuard.builder().policy(Policy.FAIL).build();
        assertThat(guard.check(audit).findings()).isEmpty();
        assertThat(guard.apply(audit).isRedacted()).isFalse();
    }

    @Test
    @DisplayName("carries the panel's reviews and the immediate concerns however the tools are assembled")
    void panelWithoutTools() {
        Audit withoutTools = TorbayAudit.audit(Map.of());
        assertThat(withoutTools.returns()).isEmpty();
        assertThat(withoutTools.panelReviews()).isEqualTo(audit.panelReviews());
        assertThat(withoutTools.immediateConcerns()).isEqualTo(audit.immediateConcerns());
    }
}
