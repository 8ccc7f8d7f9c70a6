package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.Divergence;
import dev.maca.audit.Audit;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.returns.ContactMode;
import dev.maca.tool.AuditTool;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core's analysis and privacy guard see in the example what was built into it. */
@DisplayName("The Torbay audit, analysed")
class TorbayAnalysisTest {
    private static Audit audit;
    private static AuditAnalysis analysis;

    @BeforeAll
    static void analyse() {
        Map<String, AuditTool> tools = TorbayAudit.tools(AgencyRegistry.discover());
        audit = TorbayAudit.audit(tools);
        analysis = AuditAnalysis.of(audit, tools);
    }

    @Test
    @DisplayName("finds the overall judgements of Families 6 and 12 two grades apart")
    void overallDivergences() {
        assertThat(analysis.overallJudgements().divergences())
                .extracting(d -> d.caseRef().id())
                .contains("family-06", "family-12");
    }

    @Test
    @DisplayName("finds agencies two grades apart on birth fathers and males in Family 9")
    void fathersDivergence() {
        assertThat(analysis.objective(TorbayScope.FATHERS_AND_MALES)
                        .orElseThrow()
                        .divergences())
                .extracting(Divergence::caseRef)
                .anySatisfy(c -> assertThat(c.id()).isEqualTo("family-09"));
    }

    @Test
    @DisplayName("counts virtual contacts in 2020")
    void virtualContacts() {
        assertThat(analysis.covid().contacts().overall().count(ContactMode.VIRTUAL))
                .isPositive();
    }

    @Test
    @DisplayName("passes the privacy guard, even when told to look for common first names")
    void passesThePrivacyGuard() {
        PrivacyGuard guard = PrivacyGuard.builder()
                .names(java.util.List.of("Olivia", "Amelia", "Jessica", "Oliver", "George", "Harry", "Daniel"))
                .build();
        assertThat(guard.check(audit).findings()).isEmpty();
    }
}
