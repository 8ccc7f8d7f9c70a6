package dev.maca.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the guard over an audit: records every finding by path and kind and, when redacting, hands back free
 * text with markers in place of values. Identifiers and map keys are never changed; their findings are also kept
 * apart, as they cannot be redacted.
 */
final class Sweep implements FieldVisitor {
    private final TextScanner scanner;
    private final boolean redact;
    private final List<PrivacyFinding> findings = new ArrayList<>();
    private final List<PrivacyFinding> unredactable = new ArrayList<>();

    Sweep(TextScanner scanner, boolean redact) {
        this.scanner = scanner;
        this.redact = redact;
    }

    @Override
    public String text(FieldPath path, String text) {
        TextScanner.Scan scan = scanner.scan(text);
        record(path, scan.kinds(), findings);
        return redact ? scan.redacted() : text;
    }

    @Override
    public void identifier(FieldPath path, String identifier) {
        List<Kind> kinds = scanner.scan(identifier).kinds();
        record(path, kinds, findings);
        record(path, kinds, unredactable);
    }

    @Override
    public boolean key(FieldPath map, String key) {
        List<Kind> kinds = scanner.scan(key).kinds();
        record(map, kinds, findings);
        record(map, kinds, unredactable);
        return !kinds.isEmpty();
    }

    /** Every finding, in file order. */
    PrivacyReport report() {
        return new PrivacyReport(findings);
    }

    /** The findings in identifiers and keys, which redaction cannot remove. */
    PrivacyReport unredactable() {
        return new PrivacyReport(unredactable);
    }

    private static void record(FieldPath path, List<Kind> kinds, List<PrivacyFinding> into) {
        if (kinds.isEmpty()) {
            return;
        }
        String pointer = path.pointer();
        kinds.forEach(kind -> into.add(new PrivacyFinding(pointer, kind)));
    }
}
