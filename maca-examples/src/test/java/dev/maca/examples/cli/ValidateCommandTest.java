package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("maca validate")
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("says an audit valid for the stage asked is valid, and exits 0")
    void validAudit() {
        Path file = AuditFiles.write(AuditFiles.small(2), dir, "small.json");

        Cli.Run run = Cli.maca("validate", file.toString(), "--for", "draft-report");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains(file + ": checked for draft-report, because --for draft-report was given.")
                .contains(file + ": valid for draft-report (0 errors")
                .contains("2 cases in the cohort");
    }

    @Test
    @DisplayName(
            "checks for the strictest stage the content allows, says why, and reports what a document would refuse")
    void strictestStageByDefault() {
        Path file = AuditFiles.write(AuditFiles.small(2), dir, "small.json");

        Cli.Run run = Cli.maca("validate", file.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains(file + ": checked for final-report, because the report's document control");
        assertThat(run.err())
                .contains("error /panelReviews: The seminar pack needs a disguised case study")
                .contains(" — Fix: Record an illustration");
    }

    @Test
    @DisplayName("an unknown stage is a usage error naming the stages")
    void unknownStage() {
        Path file = AuditFiles.write(AuditFiles.small(2), dir, "small.json");

        Cli.Run run = Cli.maca("validate", file.toString(), "--for", "seminar");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown stage 'seminar'").contains("forms, panel, draft-report, final-report");
    }

    @Test
    @DisplayName("a missing file exits 1 and names the file")
    void missingFile() {
        Path file = dir.resolve("no-such-audit.json");

        Cli.Run run = Cli.maca("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(file.toString()).contains("The file does not exist");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("malformed JSON exits 1 with the file, the path and the fix, and no stack trace")
    void malformedJson() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{ \"scope\": { \"reference\": \"C86\", ");

        Cli.Run run = Cli.maca("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith(file + ": 1 problem").contains(" — ");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("an audit with errors exits 1 listing each error by its JSON path")
    void auditWithErrors() throws IOException {
        Path file = AuditFiles.write(AuditFiles.small(2), dir, "bad.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replaceFirst("\"grade\": \"[a-z-]+\"", "\"grade\": \"excellent\""));

        Cli.Run run = Cli.maca("validate", file.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(file + ": ").contains("/returns/").contains("excellent");
        assertThat(run.out()).contains("not valid");
    }
}
