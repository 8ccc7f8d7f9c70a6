package dev.maca.report.forms;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AuditTool;
import dev.maca.validation.Problem;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a completed audit-tool form (as made by {@link AuditToolForms}) back into an {@link AuditReturn}, and merges
 * it into an audit.
 *
 * <p>A form is refused, with every reason at once in a {@link FormImportException}, when it is not a readable PDF
 * form, when it is a panel record form rather than an audit tool, when it was made for another audit, case, agency or
 * tool version, when its identity fields were edited, or when a choice holds a value that is not one of its options.
 * A partly completed form gives an {@link ReturnStatus#INCOMPLETE} return listing the required questions left
 * unanswered. Immutable and thread-safe.
 *
 * <pre>{@code
 * AuditToolFormImporter importer = AuditToolFormImporter.of(audit, tools);
 * Audit updated = importer.importInto(audit, Path.of("forms/family-07/police.pdf"), ImportOptions.defaults());
 * }</pre>
 */
public final class AuditToolFormImporter {
    private final AuditScope scope;
    private final Map<String, CaseRecord> cohort;
    private final Map<String, AuditTool> tools;

    private AuditToolFormImporter(AuditScope scope, Map<String, CaseRecord> cohort, Map<String, AuditTool> tools) {
        this.scope = scope;
        this.cohort = cohort;
        this.tools = tools;
    }

    /**
     * An importer for the forms of an audit, checked against the agencies' current tools.
     *
     * @param audit the audit; never null
     * @param tools the agencies' tools; never null
     */
    public static AuditToolFormImporter of(Audit audit, Collection<AuditTool> tools) {
        present(audit, "audit");
        present(tools, "tools");
        Map<String, AuditTool> byAgency = new LinkedHashMap<>();
        for (AuditTool tool : tools) {
            byAgency.put(present(tool, "tool").agencyId(), tool);
        }
        Map<String, CaseRecord> cohort = new LinkedHashMap<>();
        audit.cohort().cohort().forEach(c -> cohort.putIfAbsent(c.id(), c));
        return new AuditToolFormImporter(audit.scope(), cohort, Map.copyOf(byAgency));
    }

    /**
     * An importer for the forms of an audit, with the agencies' tools keyed by agency id as {@code
     * dev.maca.tool.AuditTools.assembleAll} gives them.
     */
    public static AuditToolFormImporter of(Audit audit, Map<String, AuditTool> tools) {
        return of(audit, present(tools, "tools").values());
    }

    /**
     * Reads a completed form from a file.
     *
     * @throws FormImportException naming the file and every problem found
     */
    public AuditReturn read(Path file, ImportOptions options) {
        present(file, "file");
        return read(FormFiles.bytes(file), String.valueOf(file.getFileName()), options);
    }

    /**
     * Reads a completed form from a stream, which is read to its end but not closed.
     *
     * @param fileName the name to give in problems (e.g. the attachment's name)
     * @throws FormImportException naming the file and every problem found
     */
    public AuditReturn read(InputStream in, String fileName, ImportOptions options) {
        present(fileName, "fileName");
        return read(FormFiles.bytes(present(in, "in"), fileName), fileName, options);
    }

    /**
     * Reads a completed form from its bytes.
     *
     * @param fileName the name to give in problems
     * @throws FormImportException naming the file and every problem found
     */
    public AuditReturn read(byte[] pdf, String fileName, ImportOptions options) {
        present(pdf, "pdf");
        present(fileName, "fileName");
        present(options, "options");
        FilledForm filled = FilledForm.read(pdf, fileName);
        List<Problem> problems = new ArrayList<>();
        FormIdentity identity = filled.identityOf(FormKind.AUDIT_TOOL, problems);
        AuditTool tool = checkIdentity(identity, options, problems);
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        CaseRecord family = cohort.get(identity.caseId());
        FormValues values = filled.values(AgencyFormModel.of(scope, family, tool), problems);
        return ReturnFromForm.read(scope, family, tool, values, problems, fileName, options);
    }

    /**
     * Reads a completed form and adds its return to {@code audit}.
     *
     * @throws FormImportException when the form is refused, or when the audit already has a return for the same case
     *     and agency and {@code options} do not allow replacing it
     */
    public Audit importInto(Audit audit, Path file, ImportOptions options) {
        present(audit, "audit");
        AuditReturn imported = read(file, options);
        return merge(audit, imported, String.valueOf(file.getFileName()), options);
    }

    /**
     * Adds a return to an audit, refusing to replace an existing return for the same case and agency unless the
     * options allow it.
     *
     * @param source the name of the form the return came from, for the problem
     * @throws FormImportException naming the existing return when it would be replaced without being asked to
     */
    public static Audit merge(Audit audit, AuditReturn imported, String source, ImportOptions options) {
        present(audit, "audit");
        present(imported, "imported");
        present(source, "source");
        present(options, "options");
        for (int i = 0; i < audit.returns().size(); i++) {
            AuditReturn existing = audit.returns().get(i);
            if (existing.caseId().equals(imported.caseId())
                    && existing.agencyId().equals(imported.agencyId())
                    && !options.replacesExisting()) {
                throw new FormImportException(
                        source,
                        List.of(Problem.error(
                                "/returns/" + i,
                                "The audit already has a return for case '" + existing.caseId() + "' from agency '"
                                        + existing.agencyId() + "' (completed on " + existing.completedOn() + ", "
                                        + existing.status() + "); it was not replaced.",
                                "Import with ImportOptions.replaceExisting() to replace it, or keep the existing"
                                        + " return.")));
            }
        }
        return audit.withReturn(imported);
    }

    private AuditTool checkIdentity(FormIdentity identity, ImportOptions options, List<Problem> problems) {
        FilledForm.checkIdentity(identity, scope.reference(), cohort.keySet(), options, problems);
        AuditTool tool = tools.get(identity.respondentId());
        if (tool == null) {
            problems.add(Problem.error(
                    FormFields.AGENCY_ID,
                    "The form is from agency '" + identity.respondentId() + "', which has no audit tool in "
                            + scope.reference() + ".",
                    "Import it into the audit of that agency, or use the form of one of: "
                            + String.join(", ", tools.keySet()) + "."));
        }
        options.expectedAgencyId()
                .filter(expected -> !expected.equals(identity.respondentId()))
                .ifPresent(expected -> problems.add(Problem.error(
                        FormFields.AGENCY_ID,
                        "The form is from another agency: '" + identity.respondentId() + "', not '" + expected + "'.",
                        "Import the form of agency '" + expected + "', or expect agency '" + identity.respondentId()
                                + "'.")));
        if (tool != null && !tool.version().equals(identity.version())) {
            problems.add(Problem.error(
                    FormFields.TOOL_VERSION,
                    "The form answers another version of the " + tool.agencyName() + " tool: '" + identity.version()
                            + "', but the current version is '" + tool.version() + "'; its questions may differ.",
                    "Generate the form again from the current tool and ask the agency to copy its answers into"
                            + " it."));
        }
        return tool;
    }
}
