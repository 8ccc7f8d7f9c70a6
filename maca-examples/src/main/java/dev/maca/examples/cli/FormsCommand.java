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

/** {@code maca forms}: a fillable audit-tool form for each case of the cohort and each agency involved in it. */
@Command(
        name = "forms",
        mixinStandardHelpOptions = true,
        header = "Render a fillable audit-tool form per case and agency involved.",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the fillable audit-tool forms of an audit into DIR, as <case-id>/<agency-id>.pdf: one for each case of the cohort and each of the scope's agencies involved in it. Agencies complete them in any PDF reader; maca import reads them back."
        })
final class FormsCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit file.")
    private Path auditFile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the forms into, created if need be.")
    private Path folder;

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
                prepared -> List.of(OutputStep.untitled(
                        DocumentFiles.forms(Path.of(""), folder, prepared.guarded(), prepared.tools()))));
    }
}
