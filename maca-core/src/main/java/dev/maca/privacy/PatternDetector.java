package dev.maca.privacy;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector made of a pattern compiled once, the group that holds the value, and a check that a candidate match is
 * really personal data (a check digit, a calendar date). A rejected candidate does not hide an overlapping one: the
 * search resumes one character after the rejected match's start.
 */
abstract class PatternDetector implements Detector {
    private final Pattern pattern;
    private final int group;
    private final Kind kind;

    PatternDetector(Pattern pattern, int group, Kind kind) {
        this.pattern = pattern;
        this.group = group;
        this.kind = kind;
    }

    /** Whether a match of the pattern is personal data; by default every match is. */
    boolean accept(MatchResult match) {
        return true;
    }

    @Override
    public final void find(String text, List<Span> found) {
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            if (accept(matcher)) {
                found.add(new Span(matcher.start(group), matcher.end(group), kind));
                from = matcher.end();
            } else {
                from = matcher.start() + 1;
            }
        }
    }

    /** The digits of {@code text}, in order. */
    static String digits(CharSequence text) {
        var digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
