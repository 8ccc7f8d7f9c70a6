package dev.maca.report.forms;

import static dev.maca.model.Preconditions.present;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.Divergence;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.files.AtomicFile;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelReview;
import dev.maca.privacy.GuardedAudit;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel record forms of one audit: one fillable, accessible, archivable PDF (PDF/UA-1 and PDF/A-2a) for each family
 * of the cohort, on which the multi-agency panel records the grade it agreed per objective, its moderation, the key
 * learning, the family's and the practitioners' voices, where each concern already open stands and anything new
 * needing action now; {@link
 * PanelRecordFormImporter} reads a completed one back into the panel's review.
 *
 * <p>Immutable and thread-safe; the same audit gives the same bytes.
 *
 * <pre>{@code
 * PanelRecordForms forms = PanelRecordForms.of(guardedAudit, tools);
 * List<Path> written = forms.writeAll(outputDirectory); // panel/forms/family-07.pdf, ...
 * }</pre>
 */
public final class PanelRecordForms {
    private final Audit audit;
    private final Map<String, CaseRecord> cases;
    private final Map<String, Set<String>> diverging;
    private final Map<String, List<AuditReturn>> returnsByCase = new HashMap<>();

    private PanelRecordForms(Audit audit, Map<String, CaseRecord> cases, Map<String, Set<String>> diverging) {
        this.audit = audit;
        this.cases = cases;
        this.diverging = diverging;
        for (AuditReturn r : audit.returns()) {
            returnsByCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * The panel record forms of an audit as the privacy guard let it through; the agencies' tools tell which
     * objectives' own grades are two or more apart, which each form names.
     *
     * @param guarded the audit, as the privacy guard let it through; never null
     * @param tools the agencies' tools by agency id; never null
     */
    public static PanelRecordForms of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        Audit audit = present(guarded, "guarded audit").audit();
        AuditAnalysis analysis = AuditAnalysis.of(audit, present(tools, "tools"));
        Map<String, Set<String>> diverging = new HashMap<>();
        for (ObjectiveAnalysis objective : analysis.objectives()) {
            for (Divergence divergence : objective.divergences()) {
                diverging
                        .computeIfAbsent(divergence.caseRef().id(), k -> new LinkedHashSet<>())
                        .add(objective.id());
            }
        }
        Map<String, CaseRecord> cases = new LinkedHashMap<>();
        audit.cohort().cohort().forEach(c -> cases.putIfAbsent(c.id(), c));
        return new PanelRecordForms(audit, cases, diverging);
    }

    /** Every form of the audit, one per family in cohort order. */
    public List<FormIdentity> forms() {
        List<FormIdentity> forms = new ArrayList<>();
        for (CaseRecord c : cases.values()) {
            forms.add(PanelRecordFormModel.identity(audit.scope(), c.id()));
        }
        return List.copyOf(forms);
    }

    /**
     * The form for one family, as PDF bytes.
     *
     * @throws IllegalArgumentException when the case is not in the cohort
     */
    public byte[] formFor(String caseId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writeFormFor(caseId, out);
        return out.toByteArray();
    }

    /**
     * The form for one family filled in with a review the panel has already recorded, so that it can reopen the record
     * and amend it; importing the form unchanged gives the same review (attendees and conversations up to the form's
     * rows).
     *
     * @throws IllegalArgumentException when the case is not in the cohort, or the review is of another case
     */
    public byte[] formFor(String caseId, PanelReview recorded) {
        present(recorded, "recorded review");
        if (!recorded.caseId().equals(caseId)) {
            throw new IllegalArgumentException("the review is of case '" + recorded.caseId() + "', not '" + caseId
                    + "'; give the review of the case whose form is asked for");
        }
        return FormFill.fill(formFor(caseId), ReviewToForm.values(audit.scope(), recorded));
    }

    /**
     * Writes the form for one family to {@code out}, which is left open.
     *
     * @throws IllegalArgumentException when the case is not in the cohort
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public void writeFormFor(String caseId, OutputStream out) {
        present(out, "out");
        try {
            FormPdf.write(model(caseId), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the panel record form of case '" + caseId + "'", e);
        }
    }

    /**
     * Writes every form to {@code directory/panel/forms/<case-id>.pdf}, each through a temporary file moved into place.
     *
     * @return the files written, in cohort order
     * @throws UncheckedIOException when a form cannot be written (forms written before it stay in place)
     */
    public List<Path> writeAll(Path directory) {
        present(directory, "directory");
        List<Path> written = new ArrayList<>();
        for (String caseId : cases.keySet()) {
            Path target = directory.resolve(relativePath(caseId));
            AtomicFile.write(target, out -> writeFormFor(caseId, out));
            written.add(target);
        }
        return List.copyOf(written);
    }

    /** The relative path {@link #writeAll} gives a family's form: {@code panel/forms/<case-id>.pdf}. */
    public static Path relativePath(String caseId) {
        return Path.of("panel", "forms", caseId + ".pdf");
    }

    /** Each objective's own grades of the family in words: "Agencies' own grades: Police Good; …". */
    private Map<String, String> ownGrades(String caseId) {
        AuditScope scope = audit.scope();
        Map<String, String> sentences = new HashMap<>();
        for (Objective objective : scope.objectives()) {
            List<String> grades = new ArrayList<>();
            for (AgencyRequirement agency : scope.agencies()) {
                returnsByCase.getOrDefault(caseId, List.of()).stream()
                        .filter(r -> r.agencyId().equals(agency.id()))
                        .findFirst()
                        .flatMap(r -> r.judgementFor(objective.id()))
                        .ifPresent(j -> grades.add(agency.name() + " "
                                + (j.isNotApplicable()
                                        ? "not applicable"
                                        : scope.gradingScale().label(j.grade()))));
            }
            if (!grades.isEmpty()) {
                sentences.put(objective.id(), "The agencies' own grades: " + String.join("; ", grades) + ".");
            }
        }
        return sentences;
    }

    private FormModel model(String caseId) {
        CaseRecord c = cases.get(present(caseId, "caseId"));
        if (c == null) {
            throw new IllegalArgumentException("case '" + caseId + "' is not in the cohort of "
                    + audit.scope().reference() + "; cases: " + cases.keySet());
        }
        List<ImmediateConcern> open = audit.concernsFor(caseId).stream()
                .filter(ImmediateConcern::isOpen)
                .toList();
        return PanelRecordFormModel.of(
                audit.scope(), c, diverging.getOrDefault(caseId, Set.of()), ownGrades(caseId), open);
    }
}
