package dev.maca.report.forms;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.files.AtomicFile;
import dev.maca.files.FileContent;
import dev.maca.privacy.GuardedAudit;
import dev.maca.tool.AuditTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fillable audit-tool forms of one audit: one accessible, archivable PDF (PDF/UA-1 and PDF/A-2a) for each case of
 * the cohort and each of the scope's agencies involved in it, built from that agency's {@link AuditTool}, that an
 * auditor completes in any PDF reader and {@link AuditToolFormImporter} reads back into a return. Each form opens with
 * a front sheet: who is in the family (by pseudonym), the audit period and the agency's own involvement.
 *
 * <p>Immutable and thread-safe; the same audit and tools give the same bytes.
 *
 * <pre>{@code
 * AuditToolForms forms = AuditToolForms.of(guardedAudit, tools);
 * byte[] pdf = forms.formFor("family-07", "police");
 * List<Path> written = forms.writeAll(outputDirectory); // forms/family-07/police.pdf, ...
 * }</pre>
 */
public final class AuditToolForms {
    private final Audit audit;
    private final Map<String, AuditTool> tools;
    private final Map<String, CaseRecord> cases;

    private AuditToolForms(Audit audit, Map<String, AuditTool> tools, Map<String, CaseRecord> cases) {
        this.audit = audit;
        this.tools = tools;
        this.cases = cases;
    }

    /**
     * The forms for an audit's cohort from the agencies' tools. Like every renderer, it takes the audit only as the
     * privacy guard let it through.
     *
     * @param guarded the audit, as the privacy guard let it through, never null
     * @param tools one tool per agency of the scope that is involved in a case of the cohort, never null
     * @throws IllegalArgumentException when a tool belongs to another audit, two tools are for one agency, or an agency
     *     involved in a case has no tool
     */
    public static AuditToolForms of(GuardedAudit guarded, Collection<AuditTool> tools) {
        Audit audit = present(guarded, "guarded audit").audit();
        present(tools, "tools");
        String reference = audit.scope().reference();
        Map<String, AuditTool> byAgency = new LinkedHashMap<>();
        for (AuditTool tool : tools) {
            present(tool, "tool");
            if (!tool.auditReference().equals(reference)) {
                throw new IllegalArgumentException("the tool of agency '" + tool.agencyId() + "' is for audit '"
                        + tool.auditReference() + "', not '" + reference + "'; assemble the tools for this audit");
            }
            if (byAgency.putIfAbsent(tool.agencyId(), tool) != null) {
                throw new IllegalArgumentException(
                        "two tools are given for agency '" + tool.agencyId() + "'; give one tool per agency");
            }
        }
        Map<String, CaseRecord> cases = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (CaseRecord c : audit.cohort().cohort()) {
            cases.put(c.id(), c);
            for (String agencyId : audit.scope().agencyIds()) {
                if (c.involves(agencyId) && !byAgency.containsKey(agencyId) && !missing.contains(agencyId)) {
                    missing.add(agencyId);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no audit tool is given for agencies " + missing
                    + ", which are involved in cases of the cohort; assemble a tool for each");
        }
        return new AuditToolForms(audit, Map.copyOf(byAgency), cases);
    }

    /**
     * The forms for an audit's cohort from the agencies' tools keyed by agency id, as {@code
     * dev.maca.tool.AuditTools.assembleAll} gives them.
     *
     * @throws IllegalArgumentException as {@link #of(GuardedAudit, Collection)}
     */
    public static AuditToolForms of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(guarded, present(tools, "tools").values());
    }

    /** Every form of the audit, case by case in cohort order, agencies in the scope's order. */
    public List<FormIdentity> forms() {
        List<FormIdentity> forms = new ArrayList<>();
        for (CaseRecord c : cases.values()) {
            for (String agencyId : audit.scope().agencyIds()) {
                if (c.involves(agencyId)) {
                    forms.add(new FormIdentity(
                            audit.scope().reference(),
                            c.id(),
                            agencyId,
                            tools.get(agencyId).version()));
                }
            }
        }
        return List.copyOf(forms);
    }

    /**
     * The form for one case and agency, as PDF bytes.
     *
     * @throws IllegalArgumentException when the case is not in the cohort or the agency is not involved in it
     */
    public byte[] formFor(String caseId, String agencyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writeFormFor(caseId, agencyId, out);
        return out.toByteArray();
    }

    /**
     * Writes the form for one case and agency to {@code out}, which is left open.
     *
     * @throws IllegalArgumentException when the case is not in the cohort or the agency is not involved in it
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void writeFormFor(String caseId, String agencyId, OutputStream out) {
        present(out, "out");
        try {
            FormPdf.write(model(caseId, agencyId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the form of case '" + caseId + "' for agency '" + agencyId + "'", e);
        }
    }

    /**
     * Writes every form to {@code directory/forms/<case-id>/<agency-id>.pdf}, each through a temporary file moved into
     * place, so a failure leaves no partial file and never replaces a good one.
     *
     * @return the files written, in the order of {@link #forms()}
     * @throws UncheckedIOException when a form cannot be written (forms written before it stay in place)
     */
    public List<Path> writeAll(Path directory) {
        present(directory, "directory");
        List<Path> written = new ArrayList<>();
        for (FormIdentity form : forms()) {
            Path target = directory.resolve(relativePath(form.caseId(), form.respondentId()));
            writeAtomically(target, out -> writeFormFor(form.caseId(), form.respondentId(), out));
            written.add(target);
        }
        return List.copyOf(written);
    }

    /** The relative path {@link #writeAll} gives a form: {@code forms/<case-id>/<agency-id>.pdf}. */
    public static Path relativePath(String caseId, String agencyId) {
        return Path.of("forms", caseId, agencyId + ".pdf");
    }

    private FormModel model(String caseId, String agencyId) {
        CaseRecord c = cases.get(caseId);
        if (c == null) {
            throw new IllegalArgumentException("case '" + caseId + "' is not in the cohort of "
                    + audit.scope().reference() + "; cases: " + cases.keySet());
        }
        if (!audit.scope().agencyIds().contains(agencyId) || !c.involves(agencyId)) {
            throw new IllegalArgumentException("agency '" + agencyId + "' is not one of the scope's agencies involved"
                    + " in case '" + caseId + "'");
        }
        return AgencyFormModel.of(audit.scope(), c, tools.get(agencyId));
    }

    private static void writeAtomically(Path target, FileContent sink) {
        AtomicFile.write(target, sink::writeTo);
    }
}
