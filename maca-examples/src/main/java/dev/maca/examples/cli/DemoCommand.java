package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.examples.exploitation.ExploitationAudit;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.json.AuditJson;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.documents.DetailSentence;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AuditTool;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code maca demo}: a bundled example (Torbay by default, or {@code --example exploitation}) end to end — the audit file, the Business Group report, the learning briefs,
 * the seminar pack, every audit-tool form, each family's panel pack and panel record form, and each agency's feedback —
 * into one folder,
 * printing each file written and the time taken.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        header = "Run a bundled example (Torbay unless --example says otherwise) end to end into a folder.",
        versionProvider = MacaVersion.class,
        description = {
            "Runs the Torbay example end to end into DIR: torbay-audit.json, business-group-report.pdf and .html"
                    + " with business-group-report-annex.pdf and .html,"
                    + " briefs/NN-<objective-id>.pdf and .html with briefs/NN-<objective-id>-huddle.pdf and .html,"
                    + " seminar-pack.pdf, forms/<case-id>/<agency-id>.pdf, panel/<case-id>.pdf and .html with"
                    + " panel/forms/<case-id>.pdf, and feedback/<agency-id>.pdf and .html.",
            "With --example exploitation it runs the second example, a thematic audit of adolescents at risk of"
                    + " criminal exploitation, writing the same documents with every name prefixed 'exploitation-'"
                    + " (exploitation-audit.json, exploitation-business-group-report.pdf, exploitation-briefs/, ...)."
        })
final class DemoCommand implements Callable<Integer> {
    /** The audit file the demo writes, in the output folder. */
    static final String AUDIT_FILE = "torbay-audit.json";

    /** The audit file the exploitation demo writes, in the output folder. */
    static final String EXPLOITATION_AUDIT_FILE = "exploitation-audit.json";

    /** The bundled examples {@code --example} can name. */
    enum Example {
        /** The Torbay audit linked with a Rapid Review: the default. */
        torbay("Torbay", "", AUDIT_FILE, TorbayAudit::scope, TorbayAudit::audit),
        /** The thematic audit of adolescents at risk of criminal exploitation. */
        exploitation(
                "exploitation",
                "exploitation-",
                EXPLOITATION_AUDIT_FILE,
                ExploitationAudit::scope,
                ExploitationAudit::audit);

        private final String title;
        private final String prefix;
        private final String auditFile;
        private final java.util.function.Supplier<AuditScope> scope;
        private final Function<Map<String, AuditTool>, Audit> audit;

        Example(
                String title,
                String prefix,
                String auditFile,
                java.util.function.Supplier<AuditScope> scope,
                Function<Map<String, AuditTool>, Audit> audit) {
            this.title = title;
            this.prefix = prefix;
            this.auditFile = auditFile;
            this.scope = scope;
            this.audit = audit;
        }
    }

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

    @Option(
            names = "--example",
            paramLabel = "NAME",
            defaultValue = "torbay",
            description = "The example to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Example example = Example.torbay;

    @Mixin
    private PrivacyOptions privacy = new PrivacyOptions();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        AuditWorkbench workbench = maca.workbench(spec.commandLine().getErr());

        String auditFile = example.auditFile;
        stdout.println("Building the " + example.title + " audit");
        Map<String, AuditTool> tools = workbench.tools(example.scope.get(), auditFile);
        Audit audit = example.audit.apply(tools);
        stdout.println("  cohort: " + audit.cohort().cohort().size() + " of "
                + audit.candidates().size() + " candidate families; "
                + audit.returns().size() + " returns from " + tools.size() + " agencies");

        try (OutputRun run = OutputRun.onAllProcessors(stdout)) {
            run.write(new OutputStep(
                    "Audit file", List.of(PlannedFile.in(out, Path.of(auditFile), o -> AuditJson.write(audit, o)))));
            workbench.requireValid(audit, auditFile);
            GuardedAudit guarded = workbench.guard(audit, privacy, auditFile);
            if (guarded.isRedacted()) {
                stdout.println("  " + Problems.count(guarded.redactionCount(), "redaction") + " made (--redact)");
            }
            stdout.println("Analysing and rendering on " + Runtime.getRuntime().availableProcessors() + " threads");
            stdout.flush();
            AuditDocuments documents = workbench.rendering(auditFile, () -> AuditDocuments.of(guarded, tools));
            List<OutputStep> steps = List.of(
                    new OutputStep("Business Group report", reportFiles(documents)),
                    new OutputStep("Learning briefs", DocumentFiles.briefs(out, named("briefs"), documents)),
                    new OutputStep(
                            "Seminar pack",
                            List.of(PlannedFile.in(out, named("seminar-pack.pdf"), documents.seminarPackPdf()))),
                    new OutputStep("Audit-tool forms", DocumentFiles.forms(out, named("forms"), guarded, tools)),
                    new OutputStep(
                            "Panel packs and record forms",
                            DocumentFiles.panel(out, named("panel"), documents, guarded, tools)),
                    new OutputStep("Agency feedback", DocumentFiles.feedback(out, named("feedback"), documents)));
            workbench.rendering(auditFile, () -> run.write(steps));
            List<DetailSentence> toCheck = new java.util.ArrayList<>(documents.sentencesToCheck());
            toCheck.addAll(documents.packSentencesToCheck());
            ExportReminder.print(stdout, toCheck);
            stdout.println("Wrote " + Problems.count(run.written().size(), "file") + " ("
                    + WrittenFile.size(run.totalBytes()) + ") to " + out + " in " + OutputRun.seconds(start));
        }
        stdout.flush();
        return ExitCode.OK;
    }

    /** A top-level name in the output folder, prefixed for the example. */
    private Path named(String name) {
        return Path.of(example.prefix + name);
    }

    private List<PlannedFile> reportFiles(AuditDocuments documents) {
        return List.of(
                PlannedFile.in(out, named("business-group-report.pdf"), documents.reportPdf()),
                PlannedFile.in(out, named("business-group-report.html"), documents.reportHtml()),
                PlannedFile.in(out, named("business-group-report-annex.pdf"), documents.annexPdf()),
                PlannedFile.in(out, named("business-group-report-annex.html"), documents.annexHtml()));
    }
}
