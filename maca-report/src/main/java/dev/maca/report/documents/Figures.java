package dev.maca.report.documents;

import dev.maca.analysis.Breakdown;
import dev.maca.analysis.Proportion;
import dev.maca.report.family.FamilySheet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Figures in words, the way a business manager writes them: "7 of 15 cases (47%)". */
final class Figures {
    private Figures() {}

    /**
     * A share with a unit that agrees with its total, e.g. "7 of 15 cases" or "21 of 92 returns (23%)": a percentage
     * only from 20, as small numbers read as counts; "none of the 0 cases" is never printed, as a share of nothing
     * reads "no cases".
     */
    static String share(Proportion share, String singular, String plural) {
        if (!share.isDefined()) {
            return "no " + plural;
        }
        String of = share.count() + " of " + count(share.total(), singular, plural);
        return share.total() < dev.maca.analysis.FamilyCount.MIN_FOR_PERCENT
                ? of
                : of + " (" + share.percent().getAsInt() + "%)";
    }

    /**
     * The categories of a breakdown that have any answers, each with its count and share, e.g. "12 answers (40%) were
     * “Face to face” and 1 answer (3%) was “None”"; categories no answer chose are left out.
     */
    static String shares(Breakdown<?> breakdown, String singular, String plural) {
        List<String> parts = new ArrayList<>();
        List<String> labels = breakdown.labels();
        List<Integer> counts = breakdown.counts();
        List<Integer> percents = breakdown.percents();
        for (int i = 0; i < labels.size(); i++) {
            int n = counts.get(i);
            if (n > 0) {
                parts.add(count(n, singular, plural) + " (" + percents.get(i) + "%) " + (n == 1 ? "was" : "were")
                        + " \u201c" + labels.get(i) + "\u201d");
            }
        }
        return inWords(parts);
    }

    /** A count with a unit that agrees with it: "1 case", "3 cases". */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The counts of a breakdown in words, e.g. "Outstanding 1, Good 6, Requires improvement 5 and Inadequate 2". */
    static String counts(Breakdown<?> breakdown) {
        List<String> parts = new ArrayList<>();
        List<String> labels = breakdown.labels();
        List<Integer> counts = breakdown.counts();
        for (int i = 0; i < labels.size(); i++) {
            parts.add(labels.get(i) + " " + counts.get(i));
        }
        return inWords(parts);
    }

    /** Items joined as a sentence lists them: "a", "a and b", "a, b and c". */
    static String inWords(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * A period of months in words, naming the year once where it can: "January to December 2020", "November 2019 to
     * March 2020", or "March 2020" for a single month.
     */
    static String period(YearMonth from, YearMonth to) {
        return FamilySheet.period(from, to);
    }

    /** The text with its first letter in upper case, for the start of a sentence ("in 3 cases" becomes "In 3 cases"). */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text with its first letter in lower case, for use inside a sentence ("Understand" becomes "understand"). */
    static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The text with a full stop at its end, unless it already ends a sentence. */
    static String endSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
