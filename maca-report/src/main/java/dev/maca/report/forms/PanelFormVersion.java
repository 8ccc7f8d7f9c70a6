package dev.maca.report.forms;

import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.Objective;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of an audit's panel record form: a SHA-256 checksum over what the form asks — the objectives, the grades
 * it offers and the agencies an attendee may come from — so a record completed on an older form (before an objective or
 * the scale changed) is recognised and refused, while anything else about the audit may change.
 */
final class PanelFormVersion {
    private PanelFormVersion() {}

    /** The version of the panel record form of {@code scope}, 16 hex characters. */
    static String of(AuditScope scope) {
        StringBuilder canonical = new StringBuilder("maca-panel-record/1\n");
        field(canonical, scope.reference());
        for (Objective objective : scope.objectives()) {
            field(canonical, objective.id());
            field(canonical, objective.title());
        }
        canonical.append("|\n");
        for (Grade grade : scope.gradingScale().grades()) {
            field(canonical, grade.id());
            field(canonical, grade.label());
        }
        canonical.append("|\n");
        for (AgencyRequirement agency : scope.agencies()) {
            field(canonical, agency.id());
            field(canonical, agency.name());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
        }
    }

    /** A length-prefixed field, so no text can imitate a field boundary. */
    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append('\n');
    }
}
