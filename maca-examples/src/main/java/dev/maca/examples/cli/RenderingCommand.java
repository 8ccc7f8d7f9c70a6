package dev.maca.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command that renders an audit file shares: the AUDIT.json parameter and the privacy options, then read,
 * validate and guard the file, plan its output files from the guarded audit, write them atomically on every
 * processor, and print each file and the time taken. A subclass says only which files it plans.
 */
abstract class RenderingCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit file.")
    private Path auditFile;

    @Mixin
    private PrivacyOptions privacy = new PrivacyOptions();

    /** The files to write for a read, validated and guarded audit. */
    abstract List<OutputStep> plan(AuditWorkbench.Prepared prepared);

    /**
     * Renders the planned files.
     *
     * @return {@link ExitCode#OK}; every problem is thrown as an {@link InputProblemsException}
     */
    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        AuditWorkbench workbench = maca.workbench(spec.commandLine().getErr());
        AuditWorkbench.Prepared prepared = workbench.prepare(auditFile, privacy);
        if (prepared.guarded().isRedacted()) {
            out.println(Problems.count(prepared.guarded().redactionCount(), "redaction") + " made (--redact)");
        }
        try (OutputRun run = OutputRun.onAllProcessors(out)) {
            workbench.rendering(prepared.source(), () -> run.write(plan(prepared)));
            out.println("Wrote " + Problems.count(run.written().size(), "file") + " ("
                    + WrittenFile.size(run.totalBytes()) + ") in " + OutputRun.seconds(start));
            afterWriting(prepared, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** What to tell the author once the files are written (nothing, unless a command says so). */
    void afterWriting(AuditWorkbench.Prepared prepared, PrintWriter out) {}

    /** The documents of a prepared audit. */
    static AuditDocuments documents(AuditWorkbench.Prepared prepared) {
        return AuditDocuments.of(prepared.guarded(), prepared.tools());
    }
}
