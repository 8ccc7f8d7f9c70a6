package dev.maca.examples.cli;

import dev.maca.report.documents.DetailSentence;
import java.io.PrintWriter;
import java.util.List;

/**
 * The reminder printed when briefs are exported: the privacy guard finds names, numbers and dates of birth, but not a
 * combination of ordinary details that lets a local reader recognise a family, so a person must read every sentence
 * that mentions one — a count of families, an age, a month or a named service — before the briefs are published.
 */
final class ExportReminder {
    private ExportReminder() {}

    /** Prints the reminder and the sentences to check, one per line, grouped under their document. */
    static void print(PrintWriter out, List<DetailSentence> sentences) {
        out.println("Before publishing: the privacy guard cannot catch a combination of details that identifies a"
                + " family. Read these " + Problems.count(sentences.size(), "sentence")
                + " with a family-level detail (a count of families, an age, a month or a named service), and"
                + " generalise any that a local reader could recognise:");
        String document = "";
        for (DetailSentence sentence : sentences) {
            if (!sentence.document().equals(document)) {
                document = sentence.document();
                out.println("  " + document);
            }
            out.println("    " + sentence);
        }
        if (sentences.isEmpty()) {
            out.println("  (none found: read the briefs all the same)");
        }
    }
}
