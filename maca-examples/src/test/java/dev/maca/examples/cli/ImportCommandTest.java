package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.json.AuditJson;
import dev.maca.panel.PanelReview;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.forms.AuditToolForms;
import dev.maca.report.forms.PanelRecordForms;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ReturnStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maca import} never loses a return: all or nothing, no silent replacement, atomic output. */
@DisplayName("maca import")
class ImportCommandTest {
    private static final Audit FULL = AuditFiles.small(2);
    private static final AuditReturn MISSING = FULL.returns().get(0);
    private static final Audit WITHOUT_ONE =
            FULL.withReturns(FULL.returns().subList(1, FULL.returns().size()));

    private static byte[] form;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheForm() {
        form = AuditToolForms.of(
                        PrivacyGuard.builder().build().apply(FULL),
                        AuditFiles.tools().values())
                .formFor(MISSING.caseId(), MISSING.agencyId());
    }

    @Test
    @DisplayName("imports a form into the audit, writes OUT.json and prints what it imported")
    void importsAForm() throws IOException {
        Path audit = AuditFiles.write(WITHOUT_ONE, dir, "audit.json");
        Path formFile = Files.write(dir.resolve("returned.pdf"), form);
        Path out = dir.resolve("out.json");

        Cli.Run run = Cli.maca("import", audit.toString(), formFile.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        Audit written = AuditJson.read(out);
        assertThat(written.returns()).hasSize(FULL.returns().size());
        assertThat(written.returns())
                .filteredOn(
                        r -> r.caseId().equals(MISSING.caseId()) && r.agencyId().equals(MISSING.agencyId()))
                .singleElement()
                .extracting(AuditReturn::status)
                .isEqualTo(ReturnStatus.INCOMPLETE);
        assertThat(run.out())
                .contains("imported " + formFile + ": case " + MISSING.caseId() + " from " + MISSING.agencyId())
                .contains("Wrote " + out + ": 1 return and 0 panel records imported (0 replaced)");
        assertThat(AuditJson.read(audit)).isEqualTo(WITHOUT_ONE);
    }

    @Test
    @DisplayName("refuses to replace an existing return without --replace, and leaves AUDIT.json as it was")
    void refusesToReplace() throws IOException {
        Path audit = AuditFiles.write(FULL, dir, "audit.json");
        byte[] before = Files.readAllBytes(audit);
        Path formFile = Files.write(dir.resolve("returned.pdf"), form);

        Cli.Run run = Cli.maca("import", audit.toString(), formFile.toString(), "-o", audit.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err())
                .contains(formFile + ": 1 problem")
                .contains("/returns/0: The audit already has a return")
                .contains("--replace")
                .contains("Nothing was written");
        assertThat(audit).hasBinaryContent(before);
        assertThat(RenderCommandsTest.names(dir)).containsExactlyInAnyOrder("audit.json", "returned.pdf");
    }

    @Test
    @DisplayName("with --replace, replaces the existing return in place")
    void replaces() throws IOException {
        Path audit = AuditFiles.write(FULL, dir, "audit.json");
        Path formFile = Files.write(dir.resolve("returned.pdf"), form);

        Cli.Run run = Cli.maca("import", audit.toString(), formFile.toString(), "-o", audit.toString(), "--replace");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("1 return and 0 panel records imported (1 replaced)");
        assertThat(AuditJson.read(audit).returns().get(0).status()).isEqualTo(ReturnStatus.INCOMPLETE);
    }

    @Test
    @DisplayName("one refused form among good ones: every refusal listed, nothing written, exit 1")
    void allOrNothing() throws IOException {
        Path audit = AuditFiles.write(WITHOUT_ONE, dir, "audit.json");
        Path good = Files.write(dir.resolve("returned.pdf"), form);
        Path bad = Files.writeString(dir.resolve("scan.pdf"), "not a PDF at all");
        Path out = dir.resolve("out.json");

        Cli.Run run = Cli.maca("import", audit.toString(), good.toString(), bad.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(bad + ": 1 problem").contains("1 of 2 forms was refused");
        assertThat(run.all()).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("two forms for the same case and agency are refused")
    void sameFormTwice() throws IOException {
        Path audit = AuditFiles.write(WITHOUT_ONE, dir, "audit.json");
        Path first = Files.write(dir.resolve("first.pdf"), form);
        Path second = Files.write(dir.resolve("second.pdf"), form);
        Path out = dir.resolve("out.json");

        Cli.Run run = Cli.maca("import", audit.toString(), first.toString(), second.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(second.toString()).contains("as is " + first);
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("refuses to overwrite another audit file whose returns the import would lose")
    void keepsTheReturnsOfAnExistingOutput() throws IOException {
        Path audit = AuditFiles.write(WITHOUT_ONE, dir, "audit.json");
        Path out = AuditFiles.write(FULL, dir, "out.json");
        byte[] before = Files.readAllBytes(out);
        Path formFile = Files.write(dir.resolve("returned.pdf"), form);

        Cli.Run run = Cli.maca("import", audit.toString(), formFile.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err())
                .contains(out + ": 1 problem")
                .contains("/returns/0: This return (case " + MISSING.caseId());
        assertThat(out).hasBinaryContent(before);
    }

    @Test
    @DisplayName("a form that does not exist is refused by name")
    void missingForm() throws IOException {
        Path audit = AuditFiles.write(WITHOUT_ONE, dir, "audit.json");

        Cli.Run run = Cli.maca(
                "import",
                audit.toString(),
                dir.resolve("nowhere.pdf").toString(),
                "-o",
                dir.resolve("out.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("nowhere.pdf");
        assertThat(List.of(run.all())).noneMatch(s -> s.contains("\tat "));
    }

    @Test
    @DisplayName(
            "imports a panel record form beside an agency's form, and the review read back equals the one recorded")
    void importsAPanelRecord() throws IOException {
        PanelReview recorded = FULL.panelReviews().get(0);
        Audit withoutReview = WITHOUT_ONE.withPanelReviews(
                FULL.panelReviews().subList(1, FULL.panelReviews().size()));
        Path audit = AuditFiles.write(withoutReview, dir, "audit.json");
        byte[] record = PanelRecordForms.of(PrivacyGuard.builder().build().apply(FULL), AuditFiles.tools())
                .formFor(recorded.caseId(), recorded);
        Path recordFile = Files.write(dir.resolve("panel-record.pdf"), record);
        Path formFile = Files.write(dir.resolve("returned.pdf"), form);

        Cli.Run run = Cli.maca(
                "import", audit.toString(), recordFile.toString(), formFile.toString(), "-o", audit.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(AuditJson.read(audit).panelReviewFor(recorded.caseId())).contains(recorded);
        assertThat(run.out())
                .contains("imported " + recordFile + ": the panel's record of case " + recorded.caseId())
                .contains("1 return and 1 panel record imported (0 replaced)");
    }

    @Test
    @DisplayName("refuses a panel record the audit already has without --replace, and writes nothing")
    void refusesToReplaceAReview() throws IOException {
        PanelReview recorded = FULL.panelReviews().get(0);
        Path audit = AuditFiles.write(FULL, dir, "audit.json");
        byte[] before = Files.readAllBytes(audit);
        Path recordFile = Files.write(
                dir.resolve("panel-record.pdf"),
                PanelRecordForms.of(PrivacyGuard.builder().build().apply(FULL), AuditFiles.tools())
                        .formFor(recorded.caseId(), recorded));

        Cli.Run run = Cli.maca("import", audit.toString(), recordFile.toString(), "-o", audit.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("/panelReviews/0", "--replace", "Nothing was written");
        assertThat(Files.readAllBytes(audit)).isEqualTo(before);
    }
}
