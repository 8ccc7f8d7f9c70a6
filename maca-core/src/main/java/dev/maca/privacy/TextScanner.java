package dev.maca.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs every detector over one text and merges what they find into non-overlapping spans, so each piece of personal
 * data is one finding and one marker however many detectors saw it (an e-mail address that holds a listed name is one
 * e-mail address). Where spans overlap, the merged span covers them all and takes the kind of the longest.
 *
 * <p>A scan redacts what it finds and scans the result again until nothing new is found, as a value can hide another
 * from a detector that looks at its neighbours ("Jane-3 July 2019": a date is not read straight after a word and a
 * hyphen, but is after a marker). So a redacted text never holds anything the guard would flag, and redacting twice
 * changes nothing. Markers are never findings, whatever the host's lists hold, and each pass replaces text outside
 * markers by markers, so the passes end.
 */
final class TextScanner {
    private static final Pattern MARKER = Pattern.compile(Arrays.stream(Kind.values())
            .map(kind -> Pattern.quote(kind.marker()))
            .collect(Collectors.joining("|")));

    private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    private final Phrases phrases;
    private final List<Detector> numberDetectors =
            List.of(new NhsNumbers(), new PhoneNumbers(), new Postcodes(), new Dates());
    private final Detector emails = new EmailAddresses();

    TextScanner(Phrases phrases) {
        this.phrases = phrases;
    }

    /**
     * What one text holds and the text redacted.
     *
     * @param kinds the kind of every value found, in the order found
     * @param redacted the text with a marker in place of every value; the text itself when nothing was found
     */
    record Scan(List<Kind> kinds, String redacted) {}

    /** Every value in {@code text}, found pass by pass until the redacted text holds nothing more. */
    Scan scan(String text) {
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return new Scan(List.of(), text);
        }
        var kinds = new ArrayList<Kind>();
        String redacted = text;
        while (!spans.isEmpty()) {
            spans.forEach(span -> kinds.add(span.kind()));
            redacted = redact(redacted, spans);
            spans = spans(redacted);
        }
        return new Scan(kinds, redacted);
    }

    /** The personal data in {@code text} in one pass, in order, not overlapping, and outside any marker. */
    List<Span> spans(String text) {
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
        if (text.contains("[redacted: ")) {
            dropMarkers(text, found);
        }
        return merge(found);
    }

    /** {@code text} with every span, in order and not overlapping, replaced by the marker of its kind. */
    static String redact(String text, List<Span> spans) {
        var redacted = new StringBuilder(text.length());
        int from = 0;
        for (Span span : spans) {
            redacted.append(text, from, span.start()).append(span.kind().marker());
            from = span.end();
        }
        return redacted.append(text, from, text.length()).toString();
    }

    private static void dropMarkers(String text, List<Span> found) {
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            int start = marker.start();
            int end = marker.end();
            found.removeIf(span -> span.start() < end && start < span.end());
        }
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
