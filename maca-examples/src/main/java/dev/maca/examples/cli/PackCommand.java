package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca pack}: the Best Practice Seminar pack as one PDF. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        header = "Render the Best Practice Seminar pack (PDF).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the Best Practice Seminar pack of a valid audit (agenda and every learning brief, with bookmarks) as one accessible PDF."
        })
final class PackCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.pdf",
            required = true,
            description = "Where to write the PDF.")
    private Path pdf;

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        return List.of(OutputStep.untitled(
                List.of(PlannedFile.at(pdf, documents(prepared).seminarPackPdf()))));
    }
}
