package dev.maca.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every detector over one text and merges what they find into non-overlapping spans, so each piece of personal
 * data is one finding and one marker however many detectors saw it (an e-mail address that holds a listed name is one
 * e-mail address). Where spans overlap, the merged span covers them all and takes the kind of the longest.
 */
final class TextScanner {
    private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    private final Phrases phrases;
    private final List<Detector> numberDetectors =
            List.of(new NhsNumbers(), new PhoneNumbers(), new Postcodes(), new Dates());
    private final Detector emails = new EmailAddresses();

    TextScanner(Phrases phrases) {
        this.phrases = phrases;
    }

    /** The personal data in {@code text}, in order, not overlapping. */
    List<Span> scan(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Span>();
        phrases.find(text, found);
        boolean hasDigit = false;
        boolean hasAt = false;
        for (int i = 0; i < text.length() && !(hasDigit && hasAt); i++) {
            char c = text.charAt(i);
            hasDigit |= c >= '0' && c <= '9';
            hasAt |= c == '@';
        }
        if (hasAt) {
            emails.find(text, found);
        }
        if (hasDigit) {
            numberDetectors.forEach(detector -> detector.find(text, found));
        }
        return merge(found);
    }

    /** {@code text} with every span replaced by the marker of its kind. */
    static String redact(String text, List<Span> spans) {
        var redacted = new StringBuilder(text.length());
        int from = 0;
        for (Span span : spans) {
            redacted.append(text, from, span.start()).append(span.kind().marker());
            from = span.end();
        }
        return redacted.append(text, from, text.length()).toString();
    }

    private static List<Span> merge(List<Span> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(BY_POSITION);
        var merged = new ArrayList<Span>(found.size());
        Span current = found.get(0);
        Span longest = current;
        for (Span next : found.subList(1, found.size())) {
            if (next.start() < current.end()) {
                if (next.length() > longest.length()) {
                    longest = next;
                }
                current = new Span(current.start(), Math.max(current.end(), next.end()), longest.kind());
            } else {
                merged.add(current);
                current = next;
                longest = next;
            }
        }
        merged.add(current);
        return merged;
    }
}
