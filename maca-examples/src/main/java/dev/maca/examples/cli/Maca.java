package dev.maca.examples.cli;

import dev.maca.agency.AgencyRegistry;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code maca}, the MACA command line: runs the Torbay example end to end ({@code maca} alone, or {@code maca demo}),
 * and validates, renders and imports into any audit file.
 *
 * <p>Results go to standard output and problems to standard error; the exit code says which kind of outcome it was
 * ({@link ExitCode}). No user error prints a stack trace.
 *
 * <pre>{@code
 * int exit = Maca.commandLine().execute("report", "audit.json", "-o", "report.pdf");
 * }</pre>
 */
@Command(
        name = "maca",
        mixinStandardHelpOptions = true,
        versionProvider = MacaVersion.class,
        description = {
            "Multi-Agency Case Audit: from scope to seminar.",
            "Without a command, runs the Torbay example end to end into the folder 'out' (as `maca demo`)."
        },
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            AgenciesCommand.class,
            ReportCommand.class,
            BriefsCommand.class,
            PackCommand.class,
            FormsCommand.class,
            PanelCommand.class,
            FeedbackCommand.class,
            ImportCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  all went well (warnings may have been printed)",
            "  1  the input has problems: each is printed with its file, path and fix",
            "  2  the command line is wrong (unknown command or option, missing parameter)",
            "  3  MACA failed unexpectedly; run again with --debug for details"
        })
public final class Maca implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print the details (stack trace) of an unexpected failure.")
    private boolean debug;

    private final Supplier<AgencyRegistry> registrySource;
    private AgencyRegistry registry;

    /** The command that discovers agency modules on the class path. */
    public Maca() {
        this(AgencyRegistry::discover);
    }

    /** The command with agency modules from {@code registry} (e.g. a host's own registry, or a test's). */
    public Maca(Supplier<AgencyRegistry> registry) {
        this.registrySource = Objects.requireNonNull(registry, "registry");
    }

    /** Runs {@code maca} with the arguments given and exits with its exit code. */
    public static void main(String[] args) {
        quietLogging(args);
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute, with agency modules discovered on the class path. */
    public static CommandLine commandLine() {
        return commandLine(new Maca());
    }

    /**
     * The command line of {@code maca}, ready to execute: user errors reported without a stack trace, usage errors
     * exiting 2. Call {@link CommandLine#setOut} and {@link CommandLine#setErr} to capture what it prints.
     */
    public static CommandLine commandLine(Maca maca) {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(maca)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }

    /** Without a command: the Torbay example into 'out', as {@code maca demo}. */
    @Override
    public Integer call() {
        DemoCommand demo = spec.subcommands().get("demo").getCommand();
        return demo.call();
    }

    /** The agency modules, discovered once. */
    AgencyRegistry registry() {
        if (registry == null) {
            registry = registrySource.get();
        }
        return registry;
    }

    /** The shared steps of reading, validating and guarding an audit, reporting on {@code err}. */
    AuditWorkbench workbench(PrintWriter err) {
        return new AuditWorkbench(this::registry, err);
    }

    /**
     * Keeps the libraries' informational log lines (e.g. each agency module found) out of the command's output,
     * unless the user set a log level or asked for {@code --debug}.
     */
    private static void quietLogging(String[] args) {
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        if (System.getProperty(level) == null) {
            System.setProperty(level, java.util.Arrays.asList(args).contains("--debug") ? "info" : "error");
        }
    }
}
