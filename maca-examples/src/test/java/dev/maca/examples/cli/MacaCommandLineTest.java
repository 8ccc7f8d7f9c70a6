package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The maca command line")
class MacaCommandLineTest {

    @ParameterizedTest(name = "maca {0} --help")
    @ValueSource(strings = {"demo", "validate", "agencies", "report", "briefs", "pack", "forms", "import"})
    @DisplayName("--help on every command prints its usage and exits 0")
    void helpOnEveryCommand(String command) {
        Cli.Run run = Cli.maca(command, "--help");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Usage: maca " + command).contains("--help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("--help lists every command and the exit codes")
    void helpListsCommands() {
        Cli.Run run = Cli.maca("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("demo", "validate", "agencies", "report", "briefs", "pack", "forms", "import")
                .contains("Exit codes:", "  1  the input has problems", "  2  the command line is wrong");
    }

    @Test
    @DisplayName("--version prints MACA's version and the Java runtime's")
    void version() {
        Cli.Run run = Cli.maca("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("maca ").contains("Java ");
    }

    @Test
    @DisplayName("an unknown option exits 2, names the option and points to --help")
    void unknownOption() {
        Cli.Run run = Cli.maca("validate", "--frobnicate", "audit.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--frobnicate").contains("maca validate --help");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a mistyped command exits 2 and suggests the right one")
    void mistypedCommand() {
        Cli.Run run = Cli.maca("valdate", "audit.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("valdate").contains("validate");
    }

    @Test
    @DisplayName("a missing parameter exits 2 and names it")
    void missingParameter() {
        Cli.Run run = Cli.maca("report", "audit.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--output=FILE.pdf");
    }

    @Test
    @DisplayName("import needs at least one form")
    void importNeedsAForm() {
        Cli.Run run = Cli.maca("import", "audit.json", "-o", "out.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("FORM.pdf");
    }
}
