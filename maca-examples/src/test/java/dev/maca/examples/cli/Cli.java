package dev.maca.examples.cli;

import dev.maca.agency.AgencyRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code maca} in-process, as a user would from a shell, and keeps what it printed and its exit code. */
final class Cli {
    private static final AgencyRegistry REGISTRY = AgencyRegistry.discover();

    private Cli() {}

    /** What one run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
        /** Everything printed, standard output then standard error, for failure messages. */
        String all() {
            return out + err;
        }
    }

    /** Runs {@code maca} with these arguments. */
    static Run maca(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Maca.commandLine(new Maca(() -> REGISTRY));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The agency modules on the test class path, discovered once. */
    static AgencyRegistry registry() {
        return REGISTRY;
    }
}
