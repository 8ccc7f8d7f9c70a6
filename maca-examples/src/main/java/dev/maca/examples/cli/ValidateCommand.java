package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.tool.AuditTool;
import dev.maca.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code maca validate}: every error and warning in an audit file, each with its path and fix. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check an audit file: every error and warning with its path and fix.",
        versionProvider = MacaVersion.class,
        description = {
            "Checks an audit file: its JSON against the schema, then the audit itself (cohort, grades, returns"
                    + " against the agencies' tools, timeline). Prints every error and warning with its path and fix;"
                    + " exits 1 when there are errors, 0 when there are only warnings."
        })
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit file to check.")
    private Path auditFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditWorkbench workbench = maca.workbench(err);
        String source = auditFile.toString();
        Audit audit = workbench.read(auditFile);
        Map<String, AuditTool> tools = workbench.tools(audit.scope(), source);
        ValidationReport report = workbench.validate(audit, tools);
        if (!report.errors().isEmpty()) {
            Problems.print(err, source, "error", report.errors());
        }
        if (!report.warnings().isEmpty()) {
            Problems.print(err, source, "warning", report.warnings());
        }
        out.println(source + ": " + (report.isValid() ? "valid" : "not valid") + " ("
                + Problems.count(report.errors().size(), "error") + ", "
                + Problems.count(report.warnings().size(), "warning") + "); "
                + audit.scope().reference() + ", "
                + audit.cohort().cohort().size() + " cases in the cohort, "
                + Problems.count(audit.returns().size(), "return"));
        out.flush();
        return report.isValid() ? ExitCode.OK : ExitCode.INPUT;
    }
}
