package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.validation.Problem;
import dev.maca.validation.Stage;
import dev.maca.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code maca validate}: every error and warning in an audit file for a stage of the audit, each with its path, its
 * severity and its fix — the same checks the documents of that stage run before they render.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check an audit file for a stage: every error and warning with its path and fix.",
        versionProvider = MacaVersion.class,
        description = {
            "Checks an audit file: its JSON against the schema, then the audit itself (cohort, grades, returns"
                    + " against the agencies' tools, whether each objective can be judged by two agencies, timeline),"
                    + " and everything the documents of the stage need before they render. Reports every problem at"
                    + " once, a missing agency module among them. Prints each with its JSON path, severity and fix;"
                    + " exits 1 when there are errors, 0 when there are only warnings."
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit file to check.")
    private Path auditFile;

    @Option(
            names = "--for",
            paramLabel = "STAGE",
            description = "The stage to check for: forms, panel, draft-report or final-report. Default: the"
                    + " strictest the file's content allows (final-report when the report's version is called final,"
                    + " draft-report with panel reviews, findings or report content, panel with returns, else forms).")
    private String stageId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Stage asked = stageId == null ? null : stage(stageId);
        AuditWorkbench workbench = maca.workbench(err);
        String source = auditFile.toString();
        Audit audit = workbench.read(auditFile);
        Stage.Choice choice = asked == null
                ? Stage.strictestFor(audit)
                : new Stage.Choice(asked, "--for " + asked.id() + " was given");
        ValidationReport report = workbench.validate(audit, choice.stage());
        out.println(source + ": checked for " + choice.stage().id() + ", because " + choice.reason() + ".");
        print(err, source, "error", report.errors());
        print(err, source, "warning", report.warnings());
        out.println(source + ": " + (report.isValid() ? "valid" : "not valid") + " for "
                + choice.stage().id()
                + " (" + Problems.count(report.errors().size(), "error") + ", "
                + Problems.count(report.warnings().size(), "warning") + "); "
                + audit.scope().reference() + ", "
                + audit.cohort().cohort().size() + " cases in the cohort, "
                + Problems.count(audit.returns().size(), "return"));
        out.flush();
        return report.isValid() ? ExitCode.OK : ExitCode.INPUT;
    }

    private Stage stage(String id) {
        return Stage.byId(id)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Unknown stage '" + id + "' for --for: use one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(Stage.values())
                                                .map(Stage::id)
                                                .toList())
                                + "."));
    }

    /** Each problem as {@code severity /path: what is wrong — Fix: what to do}, under a count. */
    private static void print(PrintWriter err, String source, String what, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        err.println(source + ": " + Problems.count(problems.size(), what));
        for (Problem problem : problems) {
            err.println("  " + problem.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + (problem.path().isEmpty() ? "/" : problem.path()) + ": " + problem.message() + " — Fix: "
                    + problem.fix());
        }
        err.flush();
    }
}
