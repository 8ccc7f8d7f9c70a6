package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maca report}: the report to the Business Group, as a tagged PDF and, if asked, an HTML page. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        header = "Render the report to the Business Group (PDF, optionally HTML).",
        versionProvider = MacaVersion.class,
        description = {
            "Renders the report to the Business Group of a valid audit as an accessible PDF (PDF/UA-1, PDF/A-2a) and, with --html, as one accessible HTML page."
        })
final class ReportCommand extends RenderingCommand {
    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE.pdf",
            required = true,
            description = "Where to write the PDF.")
    private Path pdf;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the report as an HTML page here.")
    private Optional<Path> html = Optional.empty();

    @Option(
            names = "--annex",
            paramLabel = "FILE.pdf",
            description = "Also write the report's annex (each agency's questions, the grading scale, the candidate"
                    + " cases) as a PDF here.")
    private Optional<Path> annex = Optional.empty();

    @Override
    List<OutputStep> plan(AuditWorkbench.Prepared prepared) {
        AuditDocuments documents = documents(prepared);
        List<PlannedFile> files = new ArrayList<>();
        files.add(PlannedFile.at(pdf, documents.reportPdf()));
        html.ifPresent(h -> files.add(PlannedFile.at(h, documents.reportHtml())));
        annex.ifPresent(a -> files.add(PlannedFile.at(a, documents.annexPdf())));
        return List.of(OutputStep.untitled(files));
    }
}
