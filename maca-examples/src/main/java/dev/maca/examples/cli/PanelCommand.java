package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca panel}: the multi-agency panel's pack and record form for each family of the cohort. */
@Command(
        name = "panel",
        mixinStandardHelpOptions = true,
        header = "Render the panel pack and panel record form of each family.",
        versionProvider = MacaVersion.class,
        description = {
            "Renders, for each family of the cohort, the pack the multi-agency panel reads on the moderation day"
                    + " (DIR/<case-id>.pdf and .html: every agency's answers and own grades side by side, the"
                    + " divergences, the shared measures, a chronology and any open immediate concern) and the"
                    + " fillable panel record form on which the panel records what it agreed"
                    + " (DIR/forms/<case-id>.pdf); maca import reads completed records back. Both are"
                    + " OFFICIAL-SENSITIVE."
        })
final class PanelCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the packs and record forms into, created if need be.")
    private Path folder;

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        return List.of(OutputStep.untitled(
                DocumentFiles.panel(Path.of(""), folder, documents(prepared), prepared.guarded(), prepared.tools())));
    }
}
