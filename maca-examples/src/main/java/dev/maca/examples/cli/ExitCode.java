package dev.maca.examples.cli;

/**
 * The exit codes of {@code maca}, one per kind of outcome, so a script can tell bad input from a mistyped command
 * from a fault in MACA itself.
 */
public final class ExitCode {
    /** All went well (warnings may have been printed). */
    public static final int OK = 0;

    /** The input has problems: each was printed on stderr with its file, path and fix. */
    public static final int INPUT = 1;

    /** The command line itself is wrong: an unknown command or option, or a missing parameter. */
    public static final int USAGE = 2;

    /** MACA failed unexpectedly: a one-line message was printed; {@code --debug} prints the details. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
