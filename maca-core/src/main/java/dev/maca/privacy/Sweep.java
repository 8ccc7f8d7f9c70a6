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
        List<Span> spans = scanner.scan(text);
        if (spans.isEmpty()) {
            return text;
        }
        record(path, spans, findings);
        return redact ? TextScanner.redact(text, spans) : text;
    }

    @Override
    public void identifier(FieldPath path, String identifier) {
        List<Span> spans = scanner.scan(identifier);
        record(path, spans, findings);
        record(path, spans, unredactable);
    }

    @Override
    public boolean key(FieldPath map, String key) {
        List<Span> spans = scanner.scan(key);
        record(map, spans, findings);
        record(map, spans, unredactable);
        return !spans.isEmpty();
    }

    /** Every finding, in file order. */
    PrivacyReport report() {
        return new PrivacyReport(findings);
    }

    /** The findings in identifiers and keys, which redaction cannot remove. */
    PrivacyReport unredactable() {
        return new PrivacyReport(unredactable);
    }

    private static void record(FieldPath path, List<Span> spans, List<PrivacyFinding> into) {
        if (spans.isEmpty()) {
            return;
        }
        String pointer = path.pointer();
        spans.forEach(span -> into.add(new PrivacyFinding(pointer, span.kind())));
    }
}
