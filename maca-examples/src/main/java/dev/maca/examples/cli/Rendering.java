package dev.maca.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * How a rendering command runs: read, validate and guard its audit file, plan its files from the guarded audit, write
 * them atomically on every processor, and print each file and the time taken.
 */
final class Rendering {
    private Rendering() {}

    /**
     * Renders the files {@code plan} gives for the prepared audit.
     *
     * @return {@link ExitCode#OK}; every problem is thrown as an {@link InputProblemsException}
     */
    static int run(
            Maca maca,
            PrintWriter out,
            PrintWriter err,
            java.nio.file.Path auditFile,
            PrivacyOptions privacy,
            Function<AuditWorkbench.Prepared, List<OutputStep>> plan) {
        long start = System.nanoTime();
        AuditWorkbench workbench = maca.workbench(err);
        AuditWorkbench.Prepared prepared = workbench.prepare(auditFile, privacy);
        if (prepared.guarded().isRedacted()) {
            out.println(Problems.count(prepared.guarded().redactionCount(), "redaction") + " made (--redact)");
        }
        try (OutputRun run = OutputRun.onAllProcessors(out)) {
            workbench.rendering(prepared.source(), () -> run.write(plan.apply(prepared)));
            out.println("Wrote " + Problems.count(run.written().size(), "file") + " ("
                    + WrittenFile.size(run.totalBytes()) + ") in " + OutputRun.seconds(start));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The documents of a prepared audit. */
    static AuditDocuments documents(AuditWorkbench.Prepared prepared) {
        return AuditDocuments.of(prepared.guarded(), prepared.tools());
    }
}
