package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca briefs}: one 7-minute learning brief per objective, as PDF and HTML. */
@Command(
        name = "briefs",
        mixinStandardHelpOptions = true,
        header = "Render one 7-minute learning brief per objective (PDF and HTML).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders one 7-minute learning brief per objective of a valid audit into DIR, as NN-<objective-id>.pdf and .html (NN from 01, in the scope's order)."
        })
final class BriefsCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the briefs into, created if need be.")
    private Path folder;

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        return List.of(OutputStep.untitled(DocumentFiles.briefs(Path.of(""), folder, documents(prepared))));
    }
}
