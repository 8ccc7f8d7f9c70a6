package dev.maca.report.forms;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelReview;
import dev.maca.scope.AuditScope;
import dev.maca.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a completed panel record form (as made by {@link PanelRecordForms}) back into the panel's review of the family
 * any concern it raised and what it heard about the concerns already open, and merges them into an audit.
 *
 * <p>The refusal rules are those of every MACA form ({@link AuditToolFormImporter}): a form that is not a readable PDF
 * form, an agency's audit tool rather than a panel record, one made for another audit or case or an older version of
 * the audit's objectives and scale, one whose identity was edited, a choice that is not one of its options — each
 * reason given at once in a {@link FormImportException}, and nothing merged. Immutable and thread-safe.
 *
 * <pre>{@code
 * PanelRecordFormImporter importer = PanelRecordFormImporter.of(audit);
 * Audit updated = importer.importInto(audit, Path.of("panel/forms/family-07.pdf"), ImportOptions.defaults());
 * }</pre>
 */
public final class PanelRecordFormImporter {
    private final AuditScope scope;
    private final Map<String, CaseRecord> cohort;
    private final Map<String, ImmediateConcern> concerns;

    private PanelRecordFormImporter(
            AuditScope scope, Map<String, CaseRecord> cohort, Map<String, ImmediateConcern> concerns) {
        this.scope = scope;
        this.cohort = cohort;
        this.concerns = concerns;
    }

    /**
     * An importer for the panel record forms of an audit; the audit's immediate concerns are those a form's rows on
     * concerns already open may update.
     */
    public static PanelRecordFormImporter of(Audit audit) {
        present(audit, "audit");
        Map<String, CaseRecord> cohort = new LinkedHashMap<>();
        audit.cohort().cohort().forEach(c -> cohort.putIfAbsent(c.id(), c));
        Map<String, ImmediateConcern> concerns = new LinkedHashMap<>();
        audit.immediateConcerns().forEach(c -> concerns.putIfAbsent(c.id(), c));
        return new PanelRecordFormImporter(audit.scope(), cohort, concerns);
    }

    /**
     * Reads a completed form from a file.
     *
     * @throws FormImportException naming the file and every problem found
     */
    public PanelRecord read(Path file, ImportOptions options) {
        present(file, "file");
        return read(FormFiles.bytes(file), String.valueOf(file.getFileName()), options);
    }

    /**
     * Reads a completed form from its bytes.
     *
     * @param fileName the name to give in problems
     * @throws FormImportException naming the file and every problem found
     */
    public PanelRecord read(byte[] pdf, String fileName, ImportOptions options) {
        present(pdf, "pdf");
        present(fileName, "fileName");
        present(options, "options");
        FilledForm filled = FilledForm.read(pdf, fileName);
        List<Problem> problems = new ArrayList<>();
        FormIdentity identity = filled.identityOf(FormKind.PANEL_RECORD, problems);
        FilledForm.checkIdentity(identity, scope.reference(), cohort.keySet(), options, problems);
        String current = PanelFormVersion.of(scope);
        if (!identity.version().equals(current)) {
            problems.add(Problem.error(
                    FormFields.FORM_VERSION,
                    "The record was made for another version of this audit's objectives, scale or agencies: '"
                            + identity.version() + "', not '" + current + "'.",
                    "Generate the panel record form again and copy the panel's record into it."));
        }
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        CaseRecord family = cohort.get(identity.caseId());
        List<ImmediateConcern> open = openConcernsOn(filled, family, problems);
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        FormValues values = filled.values(PanelRecordFormModel.of(scope, family, Set.of(), Map.of(), open), problems);
        return ReviewFromForm.read(scope, family, values, open, problems, fileName);
    }

    /** The concerns the form has rows for (those open when it was made), each one the audit has for the family. */
    private List<ImmediateConcern> openConcernsOn(FilledForm filled, CaseRecord family, List<Problem> problems) {
        List<String> ids = filled.fieldNames().stream()
                .map(FormFields::openConcernOf)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        List<ImmediateConcern> open = new ArrayList<>();
        for (String id : ids) {
            ImmediateConcern concern = concerns.get(id);
            if (concern == null || !concern.caseId().equals(family.id())) {
                problems.add(Problem.error(
                        FormFields.openConcernStatus(id),
                        "The record has a row for immediate concern '" + id + "', which this audit does not have"
                                + " for case '" + family.id() + "'.",
                        "Import the record into the audit it was made from, or generate the form again."));
            } else {
                open.add(concern);
            }
        }
        List<String> order =
                concerns.values().stream().map(ImmediateConcern::id).toList();
        open.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.id())));
        return List.copyOf(open);
    }

    /**
     * Reads a completed form and adds its review (and any concern it raised) to {@code audit}, and applies what it
     * recorded about the concerns already open.
     *
     * @throws FormImportException when the form is refused, or when the audit already has a review of the family
     *     (or the concern) and {@code options} do not allow replacing it
     */
    public Audit importInto(Audit audit, Path file, ImportOptions options) {
        present(audit, "audit");
        return merge(audit, read(file, options), String.valueOf(file.getFileName()), options);
    }

    /**
     * Adds a panel record to an audit, refusing to replace the review of the same family (or a concern with the same
     * id) unless the options allow it. Each update is applied to the concern it names, which must be in the audit and
     * still open there (a concern closed since the form was made is changed only when the options allow replacing).
     *
     * @param source the name of the form the record came from, for the problem
     * @throws FormImportException naming what would be replaced without being asked to
     */
    public static Audit merge(Audit audit, PanelRecord record, String source, ImportOptions options) {
        present(audit, "audit");
        present(record, "record");
        present(source, "source");
        present(options, "options");
        PanelReview review = record.review();
        List<Problem> problems = new ArrayList<>();
        if (!options.replacesExisting()) {
            for (int i = 0; i < audit.panelReviews().size(); i++) {
                if (audit.panelReviews().get(i).caseId().equals(review.caseId())) {
                    problems.add(Problem.error(
                            "/panelReviews/" + i,
                            "The audit already has a panel review of case '" + review.caseId() + "' (panel met in "
                                    + audit.panelReviews().get(i).met() + "); it was not replaced.",
                            "Import with replace to replace it, or keep the existing review."));
                }
            }
            record.raised().ifPresent(concern -> {
                for (int i = 0; i < audit.immediateConcerns().size(); i++) {
                    if (audit.immediateConcerns().get(i).id().equals(concern.id())) {
                        problems.add(Problem.error(
                                "/immediateConcerns/" + i,
                                "The audit already has the immediate concern '" + concern.id()
                                        + "' from this family's panel; it was not replaced.",
                                "Import with replace to replace it, or keep the existing concern."));
                    }
                }
            });
        }
        List<ImmediateConcern> updated = updated(audit, record.updates(), options, problems);
        if (!problems.isEmpty()) {
            throw new FormImportException(source, problems);
        }
        Audit merged = audit.withPanelReview(review);
        for (ImmediateConcern concern : updated) {
            merged = merged.withImmediateConcern(concern);
        }
        Optional<ImmediateConcern> concern = record.raised();
        return concern.isPresent() ? merged.withImmediateConcern(concern.get()) : merged;
    }

    private static List<ImmediateConcern> updated(
            Audit audit, List<ConcernUpdate> updates, ImportOptions options, List<Problem> problems) {
        List<ImmediateConcern> updated = new ArrayList<>();
        for (ConcernUpdate update : updates) {
            int at = -1;
            for (int i = 0; i < audit.immediateConcerns().size() && at < 0; i++) {
                if (audit.immediateConcerns().get(i).id().equals(update.concernId())) {
                    at = i;
                }
            }
            if (at < 0) {
                problems.add(Problem.error(
                        "/immediateConcerns",
                        "The record updates immediate concern '" + update.concernId()
                                + "', which the audit does not have.",
                        "Import the record into the audit it was made from."));
                continue;
            }
            ImmediateConcern existing = audit.immediateConcerns().get(at);
            if (!existing.isOpen() && !options.replacesExisting()) {
                problems.add(Problem.error(
                        "/immediateConcerns/" + at,
                        "The immediate concern '" + existing.id() + "' was closed after the form was made"
                                + existing.closedOn()
                                        .map(day -> " (on " + day + ")")
                                        .orElse("")
                                + "; the panel's update of it was not applied.",
                        "Import with replace to apply it anyway, or clear the concern's row on the form."));
                continue;
            }
            updated.add(update.applyTo(existing));
        }
        return updated;
    }
}
