package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("An unexpected failure inside maca")
class InternalErrorTest {

    @Test
    @DisplayName("exits 3 with one line and a hint to --debug, without a stack trace")
    void oneLine() {
        Cli.Run run = run("agencies");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err().lines())
                .containsExactly(
                        "maca: internal error (IllegalStateException): the registry broke",
                        "Run with --debug for details.");
    }

    @Test
    @DisplayName("with --debug, before or after the command, prints the stack trace")
    void debug() {
        assertThat(run("--debug", "agencies").err())
                .contains("IllegalStateException")
                .contains("\tat ");
        assertThat(run("agencies", "--debug").err()).contains("\tat ");
        assertThat(run("agencies", "--debug").exitCode()).isEqualTo(ExitCode.INTERNAL);
    }

    private static Cli.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Maca.commandLine(new Maca(InternalErrorTest::brokenRegistry));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return new Cli.Run(command.execute(args), out.toString(), err.toString());
    }

    private static AgencyRegistry brokenRegistry() {
        throw new IllegalStateException("the registry broke");
    }
}
