package dev.maca.report.forms;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ReturnGaps;
import dev.maca.tool.ToolQuestion;
import dev.maca.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Reads a completed audit-tool form (as made by {@link AuditToolForms}) back into an {@link AuditReturn}, and merges
 * it into an audit.
 *
 * <p>A form is refused, with every reason at once in a {@link FormImportException}, when it is not a readable PDF
 * form, when it was made for another audit, case, agency or tool version, when its identity fields were edited, or
 * when a choice holds a value that is not one of its options. A partly completed form gives an {@link
 * ReturnStatus#INCOMPLETE} return listing the required questions left unanswered. Immutable and thread-safe.
 *
 * <pre>{@code
 * AuditToolFormImporter importer = AuditToolFormImporter.of(audit, tools);
 * Audit updated = importer.importInto(audit, Path.of("forms/family-07/police.pdf"), ImportOptions.defaults());
 * }</pre>
 */
public final class AuditToolFormImporter {
    private final AuditScope scope;
    private final List<String> cohort;
    private final Map<String, AuditTool> tools;

    private AuditToolFormImporter(AuditScope scope, List<String> cohort, Map<String, AuditTool> tools) {
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
        List<String> cohort = audit.cohort().cohort().stream()
                .map(dev.maca.cohort.CaseRecord::id)
                .toList();
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
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormImportException(
                    name,
                    List.of(Problem.error(
                            name,
                            "The file cannot be read: " + e.getMessage() + ".",
                            "Check that the file exists and can be read.")));
        }
        return read(bytes, name, options);
    }

    /**
     * Reads a completed form from a stream, which is read to its end but not closed.
     *
     * @param fileName the name to give in problems (e.g. the attachment's name)
     * @throws FormImportException naming the file and every problem found
     */
    public AuditReturn read(InputStream in, String fileName, ImportOptions options) {
        present(in, "in");
        present(fileName, "fileName");
        try {
            return read(in.readAllBytes(), fileName, options);
        } catch (IOException e) {
            throw new FormImportException(
                    fileName,
                    List.of(Problem.error(
                            fileName,
                            "The form cannot be read: " + e.getMessage() + ".",
                            "Save the form again and import the saved copy.")));
        }
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
        try (PDDocument document = load(pdf, fileName)) {
            // getAcroForm(null): the default fix-up would add fonts to a form we only read
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null || form.getFields().isEmpty()) {
                throw new FormImportException(
                        fileName,
                        List.of(Problem.error(
                                fileName,
                                "The PDF has no form fields, so it is not a completed audit-tool form (it may have"
                                        + " been printed to PDF or flattened).",
                                "Import the form file itself, saved from the PDF reader it was completed in.")));
            }
            FieldReader fields = new FieldReader(form);
            AuditTool tool = checkIdentity(fields, fileName, options);
            return new ReturnReader(fields, scope, tool).read(fileName, options);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
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
                                        + existing.agencyId() + "' (completed on " + existing.completedOn() + " by "
                                        + (existing.auditorRole().isBlank()
                                                ? "an unnamed role"
                                                : existing.auditorRole())
                                        + ", " + existing.status() + "); it was not replaced.",
                                "Import with ImportOptions.replaceExisting() to replace it, or keep the existing"
                                        + " return.")));
            }
        }
        return audit.withReturn(imported);
    }

    private AuditTool checkIdentity(FieldReader fields, String fileName, ImportOptions options) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> reference = fields.identity(FormFields.AUDIT_REFERENCE, problems);
        Optional<String> caseId = fields.identity(FormFields.CASE_ID, problems);
        Optional<String> agencyId = fields.identity(FormFields.AGENCY_ID, problems);
        Optional<String> version = fields.identity(FormFields.TOOL_VERSION, problems);
        Optional<String> checksum = fields.identity(FormFields.CHECKSUM, problems);
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        FormIdentity identity = new FormIdentity(
                reference.orElseThrow(), caseId.orElseThrow(), agencyId.orElseThrow(), version.orElseThrow());
        if (!identity.checksum().equals(checksum.orElseThrow())) {
            problems.add(Problem.error(
                    FormFields.CHECKSUM,
                    "The form's identity fields were changed after it was made: its checksum does not match audit '"
                            + identity.auditReference() + "', case '" + identity.caseId() + "', agency '"
                            + identity.agencyId() + "', tool version '" + identity.toolVersion() + "'.",
                    "Ask the agency to copy its answers into the form generated for its case, without changing"
                            + " the grey identity boxes."));
        }
        if (!identity.auditReference().equals(scope.reference())) {
            problems.add(Problem.error(
                    FormFields.AUDIT_REFERENCE,
                    "The form is from another audit: '" + identity.auditReference() + "', not '" + scope.reference()
                            + "'.",
                    "Import it into audit " + identity.auditReference() + ", or use this audit's form."));
        }
        if (!cohort.contains(identity.caseId())) {
            problems.add(Problem.error(
                    FormFields.CASE_ID,
                    "The form is for case '" + identity.caseId() + "', which is not in the cohort of "
                            + scope.reference() + ".",
                    "Import it into the audit that has this case, or use the form of one of: "
                            + String.join(", ", cohort) + "."));
        }
        options.expectedCaseId()
                .filter(expected -> !expected.equals(identity.caseId()))
                .ifPresent(expected -> problems.add(Problem.error(
                        FormFields.CASE_ID,
                        "The form is for another case: '" + identity.caseId() + "', not '" + expected + "'.",
                        "Import the form of case '" + expected + "', or expect case '" + identity.caseId() + "'.")));
        AuditTool tool = tools.get(identity.agencyId());
        if (tool == null) {
            problems.add(Problem.error(
                    FormFields.AGENCY_ID,
                    "The form is from agency '" + identity.agencyId() + "', which has no audit tool in "
                            + scope.reference() + ".",
                    "Import it into the audit of that agency, or use the form of one of: "
                            + String.join(", ", tools.keySet()) + "."));
        }
        options.expectedAgencyId()
                .filter(expected -> !expected.equals(identity.agencyId()))
                .ifPresent(expected -> problems.add(Problem.error(
                        FormFields.AGENCY_ID,
                        "The form is from another agency: '" + identity.agencyId() + "', not '" + expected + "'.",
                        "Import the form of agency '" + expected + "', or expect agency '" + identity.agencyId()
                                + "'.")));
        if (tool != null && !tool.version().equals(identity.toolVersion())) {
            problems.add(Problem.error(
                    FormFields.TOOL_VERSION,
                    "The form answers another version of the " + tool.agencyName() + " tool: '"
                            + identity.toolVersion() + "', but the current version is '" + tool.version()
                            + "'; its questions may differ.",
                    "Generate the form again from the current tool and ask the agency to copy its answers into"
                            + " it."));
        }
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        return tool;
    }

    private static PDDocument load(byte[] pdf, String fileName) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException | RuntimeException e) {
            throw unreadable(fileName, e);
        }
    }

    private static FormImportException unreadable(String fileName, Exception e) {
        return new FormImportException(
                fileName,
                List.of(Problem.error(
                        fileName,
                        "The file is not a PDF that can be read"
                                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".",
                        "Import the completed form as saved by the PDF reader; an encrypted or damaged file must be"
                                + " saved again without a password.")));
    }

    /** Reads the answers of a form whose identity has been checked. */
    private static final class ReturnReader {
        private final FieldReader fields;
        private final AuditScope scope;
        private final AuditTool tool;
        private final List<Problem> problems = new ArrayList<>();

        ReturnReader(FieldReader fields, AuditScope scope, AuditTool tool) {
            this.fields = fields;
            this.scope = scope;
            this.tool = tool;
        }

        AuditReturn read(String fileName, ImportOptions options) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (ToolQuestion q : tool.questions()) {
                answer(q).ifPresent(a -> answers.put(q.id(), a));
            }
            Map<String, Judgement> judgements = new LinkedHashMap<>();
            for (String objectiveId : tool.objectiveIds()) {
                judgement(FormFields.objectiveGrade(objectiveId), FormFields.objectiveRationale(objectiveId))
                        .ifPresent(j -> judgements.put(objectiveId, j));
            }
            Optional<Judgement> overall = judgement(
                    FormFields.choice(FormFields.OVERALL_JUDGEMENT), FormFields.text(FormFields.OVERALL_JUDGEMENT));
            String livedExperience = fields.text(FormFields.text(FormFields.LIVED_EXPERIENCE), problems);
            String goodPractice = fields.text(FormFields.text(FormFields.GOOD_PRACTICE), problems);
            String areas = fields.text(FormFields.text(FormFields.AREAS_FOR_DEVELOPMENT), problems);
            String role = fields.text(FormFields.AUDITOR_ROLE, problems).strip();
            String dateText = fields.text(FormFields.COMPLETED_ON, problems).strip();
            Optional<LocalDate> completedOn = CompletionDate.parse(dateText);
            if (!dateText.isEmpty() && completedOn.isEmpty()) {
                problems.add(Problem.error(
                        FormFields.COMPLETED_ON,
                        "The completion date '" + dateText + "' is not a date.",
                        "Write the date as DD/MM/YYYY, for example 20/04/2021."));
            }
            if (!problems.isEmpty()) {
                throw new FormImportException(fileName, problems);
            }
            AuditReturn draft = new AuditReturn(
                    fields.identityValue(FormFields.CASE_ID),
                    tool.agencyId(),
                    tool.version(),
                    completedOn.orElseGet(() -> options.receivedOn().orElseGet(LocalDate::now)),
                    role,
                    ReturnStatus.COMPLETE,
                    List.of(),
                    answers,
                    judgements,
                    overall,
                    livedExperience,
                    goodPractice,
                    areas);
            ReturnGaps gaps = ReturnGaps.of(tool, draft);
            if (gaps.isComplete()) {
                return draft;
            }
            return new AuditReturn(
                    draft.caseId(),
                    draft.agencyId(),
                    draft.toolVersion(),
                    draft.completedOn(),
                    draft.auditorRole(),
                    ReturnStatus.INCOMPLETE,
                    gaps.unanswered(),
                    draft.answers(),
                    draft.objectiveJudgements(),
                    draft.overall(),
                    draft.livedExperience(),
                    draft.goodPractice(),
                    draft.areasForDevelopment());
        }

        private Optional<Answer> answer(ToolQuestion q) {
            String choiceField = FormFields.choice(q.id());
            String textField = FormFields.text(q.id());
            return switch (q.question().responseType()) {
                case FREE_TEXT -> {
                    String text = fields.text(textField, problems);
                    yield text.isBlank() ? Optional.empty() : Optional.of(new Answer.FreeText(text));
                }
                case EVIDENCED -> chosen(choiceField, textField, FormLayout.ratings())
                        .map(label -> new Answer.Evidenced(rating(label), fields.text(textField, problems)));
                case CONTACT_MODE -> chosen(choiceField, textField, FormLayout.contactModes())
                        .map(label -> new Answer.Contact(mode(label), fields.text(textField, problems)));
                case GRADED -> judgement(choiceField, textField).map(Answer.Graded::new);
            };
        }

        private Optional<Judgement> judgement(String gradeField, String rationaleField) {
            List<String> labels =
                    scope.gradingScale().grades().stream().map(Grade::label).toList();
            return chosen(gradeField, rationaleField, labels)
                    .map(label -> new Judgement(gradeId(label), fields.text(rationaleField, problems)));
        }

        /** The option chosen, checked against the options; a text written without a choice is a problem. */
        private Optional<String> chosen(String choiceField, String textField, List<String> options) {
            Optional<String> value = fields.choice(choiceField, problems);
            if (value.isPresent() && !options.contains(value.get())) {
                problems.add(Problem.error(
                        choiceField,
                        "'" + value.get() + "' is not one of the options of \"" + fields.accessibleName(choiceField)
                                + "\".",
                        "Choose one of: " + String.join(", ", options) + "."));
                return Optional.empty();
            }
            if (value.isEmpty() && !fields.text(textField, problems).isBlank()) {
                problems.add(Problem.error(
                        choiceField,
                        "\"" + fields.accessibleName(textField) + "\" is written but nothing is chosen in \""
                                + fields.accessibleName(choiceField) + "\".",
                        "Choose one of: " + String.join(", ", options) + " (or clear the text)."));
            }
            return value;
        }

        private static EvidenceRating rating(String label) {
            for (EvidenceRating rating : EvidenceRating.values()) {
                if (rating.label().equals(label)) {
                    return rating;
                }
            }
            throw new IllegalStateException("checked against the options: " + label);
        }

        private static ContactMode mode(String label) {
            for (ContactMode mode : ContactMode.values()) {
                if (mode.label().equals(label)) {
                    return mode;
                }
            }
            throw new IllegalStateException("checked against the options: " + label);
        }

        private String gradeId(String label) {
            return scope.gradingScale().grades().stream()
                    .filter(g -> g.label().equals(label))
                    .map(Grade::id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("checked against the options: " + label));
        }
    }
}
