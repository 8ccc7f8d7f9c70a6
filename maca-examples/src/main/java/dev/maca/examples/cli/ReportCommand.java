package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code maca report}: the report to the Business Group, as a tagged PDF and, if asked, an HTML page. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        header = "Render the report to the Business Group (PDF, optionally HTML).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the report to the Business Group of a valid audit as an accessible PDF (PDF/UA-1, PDF/A-2b) and, with --html, as one accessible HTML page."
        })
final class ReportCommand implements Callable<Integer> {
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

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the report as an HTML page here.")
    private Optional<Path> html = Optional.empty();

    @Mixin
    private PrivacyOptions privacy = new PrivacyOptions();

    @Override
    public Integer call() {
        return Rendering.run(
                maca, spec.commandLine().getOut(), spec.commandLine().getErr(), auditFile, privacy, prepared -> {
                    AuditDocuments documents = Rendering.documents(prepared);
                    List<PlannedFile> files = new java.util.ArrayList<>();
                    files.add(PlannedFile.at(pdf, documents.reportPdf()));
                    html.ifPresent(h -> files.add(PlannedFile.at(h, documents.reportHtml())));
                    return List.of(OutputStep.untitled(files));
                });
    }
}
