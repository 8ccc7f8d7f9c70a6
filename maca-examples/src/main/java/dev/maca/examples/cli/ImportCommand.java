package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.json.AuditJson;
import dev.maca.report.forms.AuditToolFormImporter;
import dev.maca.report.forms.FormImportException;
import dev.maca.report.forms.ImportOptions;
import dev.maca.report.forms.PanelRecordFormImporter;
import dev.maca.returns.AuditReturn;
import dev.maca.tool.AuditTool;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code maca import}: reads completed audit-tool forms and panel record forms back into an audit, all or nothing, so
 * nothing is ever lost: when any form is refused nothing is written; an existing return or panel review is replaced
 * only with {@code --replace}; an existing output file is overwritten only when everything it holds is kept; the
 * output is written atomically.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        header = "Import completed forms into an audit, all or nothing.",
        versionProvider = MacaVersion.class,
        description = {
            "Imports completed audit-tool forms and panel record forms into an audit and writes the result to"
                    + " OUT.json (which may be AUDIT.json itself). All or nothing: if any form is refused, each is listed with its reasons,"
                    + " nothing is written and the exit code is 1.",
            "A form refused: not a MACA form, from another audit, case, agency or tool version, an edited identity,"
                    + " a value that is not an option, two forms for one case and agency (or two panel records for"
                    + " one case), or a return or panel review the audit already has (unless --replace).",
            "OUT.json, if it exists and is not AUDIT.json, is overwritten only when every return it holds is kept."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AUDIT.json", description = "The audit the forms belong to.")
    private Path auditFile;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FORM.pdf",
            description = "The completed forms, as saved from the PDF reader.")
    private List<Path> forms = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.json",
            required = true,
            description = "Where to write the audit with the imported returns (may be AUDIT.json itself).")
    private Path output;

    @Option(
            names = "--replace",
            description = "Let a form replace the audit's existing return for the same case and agency, or its panel"
                    + " review of the same case.")
    private boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditWorkbench workbench = maca.workbench(err);
        Audit audit = workbench.read(auditFile);
        Map<String, AuditTool> tools = workbench.tools(audit.scope(), auditFile.toString());
        AuditToolFormImporter returns = AuditToolFormImporter.of(audit, tools.values());
        PanelRecordFormImporter panel = PanelRecordFormImporter.of(audit);
        ImportOptions options = replace ? ImportOptions.defaults().replaceExisting() : ImportOptions.defaults();

        List<InputProblemsException> refused = new ArrayList<>();
        Map<String, Path> formOf = new LinkedHashMap<>();
        List<CompletedForm> imported = new ArrayList<>();
        for (Path form : forms) {
            try {
                CompletedForm read = CompletedForm.read(form, bytes(form), returns, panel, options);
                Path first = formOf.putIfAbsent(read.key(), form);
                if (first != null) {
                    refused.add(InputProblemsException.of(
                            form.toString(),
                            "",
                            "This form is for " + read.key() + ", as is " + first + ".",
                            "Import only one form for each case and agency, and one panel record for each case."));
                } else {
                    imported.add(read);
                }
            } catch (FormImportException e) {
                refused.add(new InputProblemsException(form.toString(), e.problems()));
            }
        }
        Audit merged = audit;
        int replaced = 0;
        for (CompletedForm form : imported) {
            boolean existed = form.replacesIn(audit);
            try {
                merged = form.mergeInto(merged, options);
                replaced += existed ? 1 : 0;
            } catch (FormImportException e) {
                refused.add(new InputProblemsException(form.file().toString(), withCliFix(e.problems())));
            }
        }
        if (!refused.isEmpty()) {
            for (InputProblemsException refusal : refused) {
                Problems.print(err, refusal.source(), "problem", refusal.problems());
            }
            err.println("Nothing was written: " + refused.size() + " of " + Problems.count(forms.size(), "form")
                    + (refused.size() == 1 ? " was" : " were") + " refused. Fix or leave out the refused forms and"
                    + " run the import again.");
            err.flush();
            return ExitCode.INPUT;
        }
        keepsEverythingOf(output, merged);
        AuditJson.write(merged, output);
        for (CompletedForm form : imported) {
            out.println("  imported " + form.file() + ": " + form.describe());
        }
        long records =
                imported.stream().filter(CompletedForm.Record.class::isInstance).count();
        out.println("Wrote " + output + ": " + Problems.count(imported.size() - (int) records, "return") + " and "
                + Problems.count((int) records, "panel record") + " imported (" + replaced + " replaced), "
                + Problems.count(merged.returns().size(), "return") + " and "
                + Problems.count(merged.panelReviews().size(), "panel review") + " in all");
        out.flush();
        return ExitCode.OK;
    }

    private static byte[] bytes(Path form) {
        try {
            return Files.readAllBytes(form);
        } catch (IOException e) {
            throw new FormImportException(
                    form.toString(),
                    List.of(Problem.error(
                            form.toString(),
                            "The file cannot be read (" + e.getClass().getSimpleName() + ").",
                            "Check that the file exists and can be read.")));
        }
    }

    /** The merge's problem, with a fix that names the command line's option instead of the library's. */
    private static List<Problem> withCliFix(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.path().startsWith("/returns/")
                                || p.path().startsWith("/panelReviews/")
                                || p.path().startsWith("/immediateConcerns/")
                        ? new Problem(
                                p.severity(),
                                p.path(),
                                p.message(),
                                "Run the import with --replace to replace it, or leave this form out.")
                        : p)
                .toList();
    }

    /**
     * Refuses to overwrite an output file other than the audit itself unless every return, panel review and immediate
     * concern it holds is in {@code merged}, so that writing to an existing file can never lose one.
     */
    private void keepsEverythingOf(Path target, Audit merged) {
        if (!Files.exists(target) || sameFile(target, auditFile)) {
            return;
        }
        Audit existing;
        try {
            existing = AuditJson.read(target);
        } catch (RuntimeException e) {
            throw InputProblemsException.of(
                    target.toString(),
                    "",
                    "The output file exists and is not an audit file MACA can read; it was not overwritten.",
                    "Choose another output file, or move this one away first.");
        }
        List<Problem> lost = new ArrayList<>();
        for (int i = 0; i < existing.returns().size(); i++) {
            AuditReturn kept = existing.returns().get(i);
            if (!merged.returns().contains(kept)) {
                lost.add(Problem.error(
                        "/returns/" + i,
                        "This return (case " + kept.caseId() + " from " + kept.agencyId() + ") is not in the audit"
                                + " being written, so overwriting the file would lose it; nothing was written.",
                        "Import into this file itself (maca import " + target + " FORM.pdf... -o " + target
                                + "), or choose another output file."));
            }
        }
        for (int i = 0; i < existing.panelReviews().size(); i++) {
            if (!merged.panelReviews().contains(existing.panelReviews().get(i))) {
                lost.add(Problem.error(
                        "/panelReviews/" + i,
                        "This panel review (case "
                                + existing.panelReviews().get(i).caseId() + ") is not in the"
                                + " audit being written, so overwriting the file would lose it; nothing was written.",
                        "Import into this file itself, or choose another output file."));
            }
        }
        for (int i = 0; i < existing.immediateConcerns().size(); i++) {
            if (!merged.immediateConcerns()
                    .contains(existing.immediateConcerns().get(i))) {
                lost.add(Problem.error(
                        "/immediateConcerns/" + i,
                        "This immediate concern ("
                                + existing.immediateConcerns().get(i).id() + ") is not in the"
                                + " audit being written, so overwriting the file would lose it; nothing was written.",
                        "Import into this file itself, or choose another output file."));
            }
        }
        if (!lost.isEmpty()) {
            throw new InputProblemsException(target.toString(), lost);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + a + " with " + b, e);
        }
    }
}
