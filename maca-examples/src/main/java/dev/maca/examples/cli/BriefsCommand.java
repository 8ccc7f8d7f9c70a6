package dev.maca.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code maca briefs}: one 7-minute learning brief per objective and its one-page huddle version, as PDF and HTML, then
 * the reminder to check the briefs' family-level details before publishing.
 */
@Command(
        name = "briefs",
        mixinStandardHelpOptions = true,
        header = "Render one 7-minute learning brief per objective and its one-page huddle version (PDF and HTML).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders one 7-minute learning brief per objective of a valid audit into DIR, as NN-<objective-id>.pdf and .html (NN from 01, in the scope's order), and its one-page huddle version as NN-<objective-id>-huddle.pdf and .html.",
            "Then lists the briefs' sentences that mention a family-level detail (a count of families, an age, a month or a named service): the privacy guard cannot catch a combination of details that identifies a family, so a person must read them before publishing."
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

    @Override
    void afterWriting(AuditWorkbench.Prepared prepared, PrintWriter out) {
        ExportReminder.print(out, documents(prepared).sentencesToCheck());
    }
}
