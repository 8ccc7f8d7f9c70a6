package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca feedback}: one feedback document per agency, what each agency takes back from the audit. */
@Command(
        name = "feedback",
        mixinStandardHelpOptions = true,
        header = "Render each agency's single-agency feedback.",
        versionProvider = MacaVersion.class,
        description = {
            "Renders, for each agency that returned anything, its feedback from the audit (DIR/<agency-id>.pdf and"
                    + " .html): its own grades beside the panel's agreed grades by family, the panel's moderated"
                    + " view where it moved a grade by two or more, the good practice and areas for development its"
                    + " auditors wrote, the immediate concerns it raised or owns, and its actions. OFFICIAL-SENSITIVE."
        })
final class FeedbackCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the feedback documents into, created if need be.")
    private Path folder;

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        return List.of(OutputStep.untitled(DocumentFiles.feedback(Path.of(""), folder, documents(prepared))));
    }
}
