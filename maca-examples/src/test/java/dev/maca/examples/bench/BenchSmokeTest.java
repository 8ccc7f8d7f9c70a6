package dev.maca.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.tool.ToolAnswersCheck;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark inputs honest without running any benchmark: the generator and the plain baseline. */
class BenchSmokeTest {

    @Test
    @DisplayName(
            "a synthetic 100-case audit selects all 100 cases, has 800 returns and passes validation with no errors")
    void syntheticAuditIsValid() {
        Audit audit = SyntheticAudits.audit(100, BenchFixtures.tools());

        ValidationReport report = AuditValidator.standard()
                .with(new ToolAnswersCheck(BenchFixtures.tools()))
                .validate(audit);

        assertThat(report.errors()).isEmpty();
        assertThat(audit.cohort().cohort()).hasSize(100);
        assertThat(audit.returns()).hasSize(800);
    }

    @Test
    @DisplayName("the generator is deterministic")
    void syntheticAuditIsDeterministic() {
        assertThat(SyntheticAudits.audit(20, BenchFixtures.tools()))
                .isEqualTo(SyntheticAudits.audit(20, BenchFixtures.tools()));
    }

    @Test
    @DisplayName("the synthetic audit passes the privacy guard, as the report benchmark needs")
    void syntheticAuditPassesTheGuard() {
        assertThat(BenchFixtures.guard(SyntheticAudits.audit(10, BenchFixtures.tools()))
                        .isRedacted())
                .isFalse();
    }

    @Test
    @DisplayName("the plain OpenPDF baseline renders the Torbay report as a PDF")
    void plainBaselineRenders() {
        byte[] pdf = new PlainOpenPdfBaseline().render(BenchFixtures.torbayReport());

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000);
    }
}
