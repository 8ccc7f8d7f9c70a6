package dev.maca.examples.cli;

import dev.maca.json.AuditFileException;
import dev.maca.report.forms.FormImportException;
import dev.maca.validation.AuditValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure of a command into a message for people and an {@link ExitCode}: problems in the input (each
 * with its file, path and fix) exit 1, a wrong command line exits 2 with a hint to {@code --help}, and anything else
 * exits 3 with one line — never a stack trace, unless {@code --debug} asks for one.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("maca: " + ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Run `" + command.getCommandSpec().qualifiedName() + " --help` for its usage.");
        }
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = report(ex, err);
        if (code == ExitCode.INTERNAL) {
            if (debug(parseResult)) {
                ex.printStackTrace(err);
            } else {
                err.println("Run with --debug for details.");
            }
        }
        err.flush();
        return code;
    }

    private static int report(Exception ex, PrintWriter err) {
        if (ex instanceof InputProblemsException e) {
            Problems.print(err, e.source(), "problem", e.problems());
            return ExitCode.INPUT;
        }
        if (ex instanceof AuditFileException e) {
            Problems.print(err, e.sourceName(), "problem", e.problems());
            return ExitCode.INPUT;
        }
        if (ex instanceof FormImportException e) {
            Problems.print(err, e.fileName(), "problem", e.problems());
            return ExitCode.INPUT;
        }
        if (ex instanceof AuditValidationException e) {
            Problems.print(err, "the audit", "problem", e.problems());
            return ExitCode.INPUT;
        }
        if (ex instanceof UncheckedIOException e) {
            err.println("maca: " + e.getMessage());
            err.println("Check that the folder exists, may be written and has space; then run the command again.");
            return ExitCode.INPUT;
        }
        String message = ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage());
        err.println("maca: internal error (" + ex.getClass().getSimpleName() + ")" + message);
        return ExitCode.INTERNAL;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
