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

/** {@code maca briefs}: one 7-minute learning brief per objective, as PDF and HTML. */
@Command(
        name = "briefs",
        mixinStandardHelpOptions = true,
        header = "Render one 7-minute learning brief per objective (PDF and HTML).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders one 7-minute learning brief per objective of a valid audit into DIR, as NN-<objective-id>.pdf and .html (NN from 01, in the scope's order)."
        })
final class BriefsCommand implements Callable<Integer> {
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
            description = "The folder to write the briefs into, created if need be.")
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
                prepared -> List.of(
                        OutputStep.untitled(DocumentFiles.briefs(Path.of(""), folder, Rendering.documents(prepared)))));
    }
}
