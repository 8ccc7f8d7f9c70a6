package dev.maca.examples.cli;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.UnknownAgencyException;
import dev.maca.audit.Audit;
import dev.maca.json.AuditFileException;
import dev.maca.json.AuditJson;
import dev.maca.privacy.GuardedAudit;
import dev.maca.privacy.PrivacyException;
import dev.maca.privacy.PrivacyFinding;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AgencyToolsCheck;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.validation.AuditValidationException;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.Problem;
import dev.maca.validation.Stage;
import dev.maca.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The steps every command shares — read the audit file, assemble the agencies' tools, validate, guard — each turning
 * what the library reports into {@link InputProblemsException}s that name the file, so commands stay short and every
 * user error is printed the same way.
 */
final class AuditWorkbench {
    private final Supplier<AgencyRegistry> registry;
    private final PrintWriter err;

    AuditWorkbench(Supplier<AgencyRegistry> registry, PrintWriter err) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** An audit file read, its tools assembled, validated and guarded: ready to render. */
    record Prepared(String source, Audit audit, Map<String, AuditTool> tools, GuardedAudit guarded) {}

    /** Reads, validates and guards an audit file; prints a count of its warnings. */
    Prepared prepare(Path file, PrivacyOptions privacy) {
        String source = file.toString();
        Audit audit = read(file);
        Map<String, AuditTool> tools = tools(audit.scope(), source);
        requireValid(audit, source);
        return new Prepared(source, audit, tools, guard(audit, privacy, source));
    }

    /** The audit in a file, or the file's problems. */
    Audit read(Path file) {
        try {
            return AuditJson.read(file);
        } catch (AuditFileException e) {
            throw new InputProblemsException(e.sourceName(), e.problems());
        }
    }

    /** The tools of the scope's agencies, or a problem naming the agencies no module provides. */
    Map<String, AuditTool> tools(AuditScope scope, String source) {
        try {
            return AuditTools.assembleAll(scope, registry.get());
        } catch (UnknownAgencyException e) {
            throw InputProblemsException.of(
                    source,
                    "/scope/agencies",
                    "The scope requires " + (e.missing().size() == 1 ? "an agency" : "agencies")
                            + " with no agency module: " + String.join(", ", e.missing()) + ". Available: "
                            + (e.available().isEmpty() ? "none" : String.join(", ", e.available())) + ".",
                    "Correct the agency id in the scope, or put the agency module's jar on the class path"
                            + " (run `maca agencies` to list the modules found).");
        }
    }

    /**
     * Every problem the standard checks and the agency modules find (the returns against their tools, and whether each
     * objective can be judged by two agencies).
     */
    ValidationReport validate(Audit audit) {
        return AuditValidator.standard()
                .with(AgencyToolsCheck.of(registry.get()))
                .validate(audit);
    }

    /**
     * Every problem a stage of the audit has: the standard checks judged for the stage, every check the stage's
     * documents run before they render, and the agency modules' checks — a missing module among them, not instead of
     * them.
     */
    ValidationReport validate(Audit audit, Stage stage) {
        return AuditValidator.ready(stage)
                .with(AgencyToolsCheck.of(registry.get()))
                .validate(audit);
    }

    /** Stops on errors (listing errors and warnings); prints only a count of warnings when there are no errors. */
    void requireValid(Audit audit, String source) {
        ValidationReport report = validate(audit);
        if (!report.isValid()) {
            List<Problem> problems = new ArrayList<>(report.errors());
            problems.addAll(report.warnings());
            throw new InputProblemsException(source, problems);
        }
        if (!report.warnings().isEmpty()) {
            err.println(source + ": " + Problems.count(report.warnings().size(), "warning") + " (run `maca validate "
                    + source + "` to list them)");
            err.flush();
        }
    }

    /**
     * Runs a rendering step, turning content the documents need but the audit lacks into problems of {@code source}.
     */
    <T> T rendering(String source, Supplier<T> step) {
        try {
            return step.get();
        } catch (AuditValidationException e) {
            throw new InputProblemsException(source, e.problems());
        }
    }

    /** The audit as the privacy guard lets it through, or a problem for each piece of personal data found. */
    GuardedAudit guard(Audit audit, PrivacyOptions privacy, String source) {
        try {
            return privacy.guard().apply(audit);
        } catch (PrivacyException e) {
            String fix = privacy.redacts()
                    ? "This is an identifier other parts of the audit refer to: change it in the audit file."
                    : "Remove it from the audit file, or run with --redact to replace it by a marker.";
            List<Problem> problems = new ArrayList<>();
            for (PrivacyFinding finding : e.report().findings()) {
                problems.add(Problem.error(
                        finding.path(), "Personal data (" + finding.kind().label() + ") was found here.", fix));
            }
            throw new InputProblemsException(source, problems);
        }
    }
}
