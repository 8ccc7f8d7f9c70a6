package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.json.AuditJson;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.documents.DetailSentence;
import dev.maca.tool.AuditTool;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code maca demo}: the Torbay example end to end — the audit file, the Business Group report, the learning briefs,
 * the seminar pack, every audit-tool form, each family's panel pack and panel record form, and each agency's feedback —
 * into one folder,
 * printing each file written and the time taken.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        header = "Run the Torbay example end to end into a folder.",
        versionProvider = MacaVersion.class,
        description = {
            "Runs the Torbay example end to end into DIR: torbay-audit.json, business-group-report.pdf and .html"
                    + " with business-group-report-annex.pdf and .html,"
                    + " briefs/NN-<objective-id>.pdf and .html with briefs/NN-<objective-id>-huddle.pdf and .html,"
                    + " seminar-pack.pdf, forms/<case-id>/<agency-id>.pdf, panel/<case-id>.pdf and .html with"
                    + " panel/forms/<case-id>.pdf, and feedback/<agency-id>.pdf and .html."
        })
final class DemoCommand implements Callable<Integer> {
    /** The audit file the demo writes, in the output folder. */
    static final String AUDIT_FILE = "torbay-audit.json";

    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "out",
            description = "The folder to write into, created if need be (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("out");

    @Mixin
    private PrivacyOptions privacy = new PrivacyOptions();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        AuditWorkbench workbench = maca.workbench(spec.commandLine().getErr());

        stdout.println("Building the Torbay audit");
        Map<String, AuditTool> tools = workbench.tools(TorbayAudit.scope(), AUDIT_FILE);
        Audit audit = TorbayAudit.audit(tools);
        stdout.println("  cohort: " + audit.cohort().cohort().size() + " of "
                + audit.candidates().size() + " candidate families; "
                + audit.returns().size() + " returns from " + tools.size() + " agencies");

        try (OutputRun run = OutputRun.onAllProcessors(stdout)) {
            run.write(new OutputStep(
                    "Audit file", List.of(PlannedFile.in(out, Path.of(AUDIT_FILE), o -> AuditJson.write(audit, o)))));
            workbench.requireValid(audit, AUDIT_FILE);
            GuardedAudit guarded = workbench.guard(audit, privacy, AUDIT_FILE);
            if (guarded.isRedacted()) {
                stdout.println("  " + Problems.count(guarded.redactionCount(), "redaction") + " made (--redact)");
            }
            stdout.println("Analysing and rendering on " + Runtime.getRuntime().availableProcessors() + " threads");
            stdout.flush();
            AuditDocuments documents = workbench.rendering(AUDIT_FILE, () -> AuditDocuments.of(guarded, tools));
            List<OutputStep> steps = List.of(
                    new OutputStep("Business Group report", reportFiles(documents)),
                    new OutputStep("Learning briefs", DocumentFiles.briefs(out, Path.of("briefs"), documents)),
                    new OutputStep(
                            "Seminar pack",
                            List.of(PlannedFile.in(out, Path.of("seminar-pack.pdf"), documents.seminarPackPdf()))),
                    new OutputStep("Audit-tool forms", DocumentFiles.forms(out, Path.of("forms"), guarded, tools)),
                    new OutputStep(
                            "Panel packs and record forms",
                            DocumentFiles.panel(out, Path.of("panel"), documents, guarded, tools)),
                    new OutputStep("Agency feedback", DocumentFiles.feedback(out, Path.of("feedback"), documents)));
            workbench.rendering(AUDIT_FILE, () -> run.write(steps));
            List<DetailSentence> toCheck = new java.util.ArrayList<>(documents.sentencesToCheck());
            toCheck.addAll(documents.packSentencesToCheck());
            ExportReminder.print(stdout, toCheck);
            stdout.println("Wrote " + Problems.count(run.written().size(), "file") + " ("
                    + WrittenFile.size(run.totalBytes()) + ") to " + out + " in " + OutputRun.seconds(start));
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private List<PlannedFile> reportFiles(AuditDocuments documents) {
        return List.of(
                PlannedFile.in(out, Path.of("business-group-report.pdf"), documents.reportPdf()),
                PlannedFile.in(out, Path.of("business-group-report.html"), documents.reportHtml()),
                PlannedFile.in(out, Path.of("business-group-report-annex.pdf"), documents.annexPdf()),
                PlannedFile.in(out, Path.of("business-group-report-annex.html"), documents.annexHtml()));
    }
}
