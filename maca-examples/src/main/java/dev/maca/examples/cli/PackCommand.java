package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code maca pack}: the Best Practice Seminar pack as one PDF. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        header = "Render the Best Practice Seminar pack (PDF).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the Best Practice Seminar pack of a valid audit (agenda and every learning brief, with bookmarks) as one accessible PDF."
        })
final class PackCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit file.")
    private Path auditFile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.pdf",
            required = true,
            description = "Where to write the PDF.")
    private Path pdf;

    @Mixin
    private PrivacyOptions privacy = new PrivacyOptions();

    @Override
    public Integer call() {
        return Rendering.run(
                maca,
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                auditFile,
                privacy,
                prepared -> List.of(OutputStep.untitled(List.of(
                        PlannedFile.at(pdf, Rendering.documents(prepared).seminarPackPdf())))));
    }
}
