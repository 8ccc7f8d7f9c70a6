package dev.maca.privacy;

import static dev.maca.model.Preconditions.present;

import java.util.stream.Collectors;

/**
 * Thrown when an audit holds personal data and may not be rendered: its message lists every finding by JSON path and
 * kind, and never a value, so it is safe to show and to log.
 */
public final class PrivacyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The findings that stopped rendering. */
    private final PrivacyReport report;

    PrivacyException(String summary, PrivacyReport report) {
        super(message(summary, present(report, "privacy report")));
        this.report = report;
    }

    /** Under {@link Policy#FAIL}: the audit holds personal data. */
    static PrivacyException personalData(PrivacyReport report) {
        return new PrivacyException(
                "The audit holds personal data in " + places(report.findings().size())
                        + "; nothing was rendered. Remove it from the audit file, or guard the audit with the REDACT"
                        + " policy:",
                report);
    }

    /** Under {@link Policy#REDACT}: identifiers hold personal data, and replacing them would break the audit. */
    static PrivacyException unredactable(PrivacyReport report) {
        return new PrivacyException(
                "The audit holds personal data in " + places(report.findings().size())
                        + " that cannot be redacted (identifiers other parts of the audit refer to); nothing was"
                        + " rendered. Change these identifiers in the audit file:",
                report);
    }

    /** The findings that stopped rendering, by path and kind. */
    public PrivacyReport report() {
        return report;
    }

    private static String places(int count) {
        return count == 1 ? "1 place" : count + " places";
    }

    private static String message(String summary, PrivacyReport report) {
        return report.findings().stream()
                .map(finding -> "  " + finding)
                .collect(Collectors.joining("\n", summary + "\n", ""));
    }
}
