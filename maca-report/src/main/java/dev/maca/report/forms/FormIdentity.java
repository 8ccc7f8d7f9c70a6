package dev.maca.report.forms;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a form is for: the audit, the case, the agency and the version of the agency's tool. Printed read-only on every
 * form with a checksum over the four values, so the importer can tell a form meant for something else, or one whose
 * identity was edited, from a genuine one.
 *
 * @param auditReference the audit's reference (e.g. "MACA C86")
 * @param caseId the case's id (e.g. {@code family-07})
 * @param agencyId the agency's id (e.g. {@code police})
 * @param toolVersion the version (checksum) of the agency's audit tool
 */
public record FormIdentity(String auditReference, String caseId, String agencyId, String toolVersion) {
    public FormIdentity {
        nonBlank(auditReference, "form auditReference");
        present(caseId, "form caseId");
        present(agencyId, "form agencyId");
        present(toolVersion, "form toolVersion");
    }

    /** The SHA-256 of {@code reference|case|agency|version} in lower-case hex: not a secret, a guard against edits. */
    public String checksum() {
        String joined = String.join("|", auditReference, caseId, agencyId, toolVersion);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
