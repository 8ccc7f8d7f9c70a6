package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.report.render.RenderException;
import dev.maca.scope.Objective;
import dev.maca.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The room a two-page 7-minute briefing has for each piece of the panel's and the partnership's text, and the fields to
 * shorten, by how much, when a brief runs over.
 *
 * <p>A brief never leaves text out to fit: when it runs past {@link LearningBrief#MAX_PAGES} pages it is refused, and
 * this names every field longer than its share of the two pages (or, if none is, the field furthest over its share)
 * with its path in the audit file, its length and how many words the brief runs over.
 */
final class BriefRoom {
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private BriefRoom() {}

    /** One field of free text a brief prints, with its length and its share of two pages, in words. */
    record Field(JsonPointer at, String name, int words, int room) {
        int over() {
            return words - room;
        }

        double share() {
            return (double) words / room;
        }
    }

    /** The fields of free text the brief for an objective prints, with their lengths and shares. */
    static List<Field> fields(Audit audit, Objective objective, BriefFormat format) {
        ObjectiveFindings findings = audit.findingsFor(objective.id()).orElseThrow();
        LearningContent learning = audit.learningFor(objective.id()).orElseThrow();
        JsonPointer found =
                JsonPointer.root().append("findings").append(audit.findings().indexOf(findings));
        JsonPointer learnt =
                JsonPointer.root().append("learning").append(audit.learning().indexOf(learning));
        List<Field> all = List.of(
                new Field(found.append("keyMessage"), "the panel's key message", words(findings.keyMessage()), 25),
                new Field(found.append("goodPractice"), "the good practice", words(findings.goodPractice()), 20),
                new Field(
                        found.append("areasForDevelopment"),
                        "the areas for development",
                        words(findings.areasForDevelopment()),
                        25),
                new Field(learnt.append("whyItMatters"), "why it matters", words(learning.whyItMatters()), 45),
                new Field(
                        learnt.append("whatGoodLooksLike"),
                        "what good looks like",
                        words(learning.whatGoodLooksLike()),
                        35),
                new Field(
                        learnt.append("thingsToRemember"),
                        "the things to note and remember",
                        words(learning.thingsToRemember()),
                        30),
                new Field(learnt.append("whatToDo"), "what to do", words(learning.whatToDo()), 35),
                new Field(
                        learnt.append("reflectionQuestions"),
                        "the questions for reflection",
                        words(learning.reflectionQuestions()),
                        30),
                new Field(
                        learnt.append("resources"),
                        "the resources",
                        words(learning.resources().stream()
                                .map(r -> r.title() + " " + r.source())
                                .toList()),
                        35));
        if (format == BriefFormat.BRIEFING) {
            return all;
        }
        List<String> onAHuddle =
                List.of("keyMessage", "goodPractice", "areasForDevelopment", "whatToDo", "reflectionQuestions");
        return all.stream()
                .filter(f ->
                        onAHuddle.stream().anyMatch(name -> f.at().toString().endsWith("/" + name)))
                .map(f -> new Field(f.at(), f.name(), f.words(), Math.max(f.room() * 2 / 3, 10)))
                .toList();
    }

    /**
     * Records why the brief for an objective cannot be published: it runs to {@code pages} pages, about {@code
     * wordsOver} words more than two pages hold. Names every field over its share, or else the one furthest over.
     */
    static void tooLong(
            Audit audit, Objective objective, BriefFormat format, int pages, int wordsOver, ContentGaps gaps) {
        int limit = format.maxPages();
        List<Field> fields = fields(audit, objective, format);
        List<Field> over =
                new ArrayList<>(fields.stream().filter(f -> f.over() > 0).toList());
        if (over.isEmpty()) {
            over.add(fields.stream()
                    .max(Comparator.comparingDouble(Field::share))
                    .orElseThrow());
        }
        String runs = "the brief runs to " + pages + " pages, about " + Figures.count(wordsOver, "word", "words")
                + " more than " + Figures.count(limit, "page holds", "pages hold");
        int excess = over.stream().mapToInt(f -> Math.max(f.over(), 0)).sum();
        for (Field field : over) {
            int cut = excess == 0
                    ? wordsOver
                    : Math.max(field.over(), (int) Math.ceil((double) wordsOver * field.over() / excess));
            gaps.missing(
                    field.at(),
                    field.name() + " for objective '" + objective.id() + "' to be shorter, to fit on "
                            + Figures.count(limit, "page", "pages") + ": it has " + field.words()
                            + " words where a brief has room for about " + field.room() + "; " + runs,
                    "Cut about " + Figures.count(Math.max(cut, 1), "word", "words") + " from " + field.name()
                            + ". A brief never leaves text out to fit, and the report prints it in full either way.");
        }
    }

    /** About how many words of a rendered brief fall after its last allowed page, page furniture aside. */
    static int wordsOver(byte[] pdf, BriefFormat format) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() <= format.maxPages()) {
                return 0;
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(format.maxPages() + 1);
            int count = 0;
            for (String line : stripper.getText(document).split("\\R")) {
                if (!line.startsWith(LearningBrief.MARKING.label()) && !line.matches(".*Page \\d+ of \\d+\\s*")) {
                    count += words(line);
                }
            }
            return count;
        } catch (IOException e) {
            throw new RenderException("cannot read back a rendered brief to measure it", e);
        }
    }

    private static int words(List<String> texts) {
        return texts.stream().mapToInt(BriefRoom::words).sum();
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : WORDS.split(trimmed).length;
    }
}
