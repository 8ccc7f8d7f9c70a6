package dev.maca.report.forms;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a form is for: its kind, the audit, the case, who completes it (an agency, or the panel) and the version of
 * its questions. Printed read-only on every form with a checksum over these values, so the importer can tell a form
 * meant for something else, or one whose identity was edited, from a genuine one.
 *
 * @param kind an agency's audit tool or the panel's record
 * @param auditReference the audit's reference (e.g. "MACA 2021-01")
 * @param caseId the case's id (e.g. {@code family-07})
 * @param respondentId who completes it: the agency's id (e.g. {@code police}), or {@value #PANEL} for the panel
 * @param version the version (checksum) of the form's questions: the agency's tool version, or the panel form's
 */
public record FormIdentity(FormKind kind, String auditReference, String caseId, String respondentId, String version) {
    /** The respondent of a panel record form: the multi-agency panel. */
    public static final String PANEL = "multi-agency-panel";

    public FormIdentity {
        present(kind, "form kind");
        nonBlank(auditReference, "form auditReference");
        present(caseId, "form caseId");
        present(respondentId, "form respondentId");
        present(version, "form version");
    }

    /** The identity of an agency's audit-tool form. */
    public FormIdentity(String auditReference, String caseId, String agencyId, String toolVersion) {
        this(FormKind.AUDIT_TOOL, auditReference, caseId, agencyId, toolVersion);
    }

    /** The identity of the panel's record form for a case. */
    public static FormIdentity panelRecord(String auditReference, String caseId, String formVersion) {
        return new FormIdentity(FormKind.PANEL_RECORD, auditReference, caseId, PANEL, formVersion);
    }

    /**
     * The SHA-256 of the identity in lower-case hex: not a secret, a guard against edits. An audit-tool form's checksum
     * is over {@code reference|case|agency|version}, as MACA 0.1 made it, so forms already sent out still import; a
     * panel record form's also covers its kind.
     */
    public String checksum() {
        String joined = kind == FormKind.AUDIT_TOOL
                ? String.join("|", auditReference, caseId, respondentId, version)
                : String.join("|", kind.id(), auditReference, caseId, respondentId, version);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One read-only identity field as the form shows it. */
    record Field(String caption, String name, String value) {}

    /** The identity fields the form shows, in reading order, the checksum last. */
    List<Field> fields() {
        return kind == FormKind.AUDIT_TOOL
                ? List.of(
                        new Field("Audit reference", FormFields.AUDIT_REFERENCE, auditReference),
                        new Field("Case", FormFields.CASE_ID, caseId),
                        new Field("Agency", FormFields.AGENCY_ID, respondentId),
                        new Field("Tool version", FormFields.TOOL_VERSION, version),
                        new Field("Form checksum", FormFields.CHECKSUM, checksum()))
                : List.of(
                        new Field("Form", FormFields.FORM_KIND, kind.id()),
                        new Field("Audit reference", FormFields.AUDIT_REFERENCE, auditReference),
                        new Field("Case", FormFields.CASE_ID, caseId),
                        new Field("Form version", FormFields.FORM_VERSION, version),
                        new Field("Form checksum", FormFields.CHECKSUM, checksum()));
    }
}
