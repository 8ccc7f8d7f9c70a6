package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca forms}: a fillable audit-tool form for each case of the cohort and each agency involved in it. */
@Command(
        name = "forms",
        mixinStandardHelpOptions = true,
        header = "Render a fillable audit-tool form per case and agency involved.",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the fillable audit-tool forms of an audit into DIR, as <case-id>/<agency-id>.pdf: one for each case of the cohort and each of the scope's agencies involved in it. Agencies complete them in any PDF reader; maca import reads them back."
        })
final class FormsCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the forms into, created if need be.")
    private Path folder;

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        return List.of(
                OutputStep.untitled(DocumentFiles.forms(Path.of(""), folder, prepared.guarded(), prepared.tools())));
    }
}
