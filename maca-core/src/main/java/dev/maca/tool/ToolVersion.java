package dev.maca.tool;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Computes an audit tool's version: a SHA-256 checksum over a canonical form of everything the tool asks, so the same
 * questions give the same version in every run and JVM, and any change of wording, type or theme gives a new one.
 */
final class ToolVersion {
    /** Hex characters kept from the checksum: 64 bits, ample to tell tools apart and short enough to print on a form. */
    static final int LENGTH = 16;

    private ToolVersion() {}

    /** The version of a tool with these parts. */
    static String of(
            String auditReference,
            String agencyId,
            String agencyVersion,
            List<ToolQuestion> questions,
            List<ToolQuestion> coreQuestions) {
        StringBuilder canonical = new StringBuilder("maca-audit-tool/2\n");
        field(canonical, auditReference);
        field(canonical, agencyId);
        field(canonical, agencyVersion);
        questions(canonical, questions);
        questions(canonical, coreQuestions);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
        }
    }

    private static void questions(StringBuilder canonical, List<ToolQuestion> questions) {
        canonical.append(questions.size()).append('\n');
        for (ToolQuestion question : questions) {
            field(canonical, question.id());
            field(canonical, question.question().text());
            field(canonical, question.question().guidance());
            field(canonical, question.question().responseType().name());
            field(canonical, Boolean.toString(question.question().required()));
            strings(canonical, question.question().themes());
            field(canonical, question.question().measure().orElse(""));
            strings(canonical, question.objectiveIds());
        }
    }

    private static void strings(StringBuilder canonical, List<String> values) {
        canonical.append(values.size()).append('\n');
        values.forEach(value -> field(canonical, value));
    }

    /** A length-prefixed field, so no text can imitate a field boundary. */
    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append('\n');
    }
}
