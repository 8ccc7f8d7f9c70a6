package dev.maca.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph of body text made of styled runs.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.builder().text("Agencies ").bold("must").text(" share information.").build();
 * }</pre>
 *
 * <p>A paragraph that leads into the block after it, such as "Panel judgement: Good" before its key message, can be
 * kept with that block ({@link Builder#keepWithNext()}): a paged renderer then starts a new page rather than end one on
 * the paragraph. Renderers without pages ignore it.
 *
 * @param runs the runs in reading order, at least one
 * @param keepWithNext whether a paged renderer keeps the paragraph on the same page as the start of the block after it
 *     in its section; honoured for a paragraph of up to three lines (which is never split across pages)
 */
public record Paragraph(List<TextRun> runs, boolean keepWithNext) implements Block {

    /** Checks the runs and copies them. */
    public Paragraph {
        runs = Checks.nonEmpty(runs, "paragraph.runs");
        if (runs.stream().allMatch(r -> r.text().isBlank())) {
            throw new IllegalArgumentException("paragraph.runs must contain some non-blank text");
        }
    }

    /** A paragraph of styled runs that may end a page. */
    public Paragraph(List<TextRun> runs) {
        this(runs, false);
    }

    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(TextRun.plain(Checks.text(text, "paragraph.text"))));
    }

    /** The paragraph's text without styling, as a reader hears it. */
    public String plainText() {
        return runs.stream().map(TextRun::text).collect(Collectors.joining());
    }

    /** Starts a paragraph of styled runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** Appends styled runs to a {@link Paragraph}. */
    public static final class Builder {
        private final List<TextRun> runs = new ArrayList<>();
        private boolean keepWithNext;

        Builder() {}

        /** Appends plain text. */
        public Builder text(String text) {
            return run(text, TextStyle.PLAIN);
        }

        /** Appends bold text. */
        public Builder bold(String text) {
            return run(text, TextStyle.BOLD);
        }

        /** Appends italic text. */
        public Builder italic(String text) {
            return run(text, TextStyle.ITALIC);
        }

        /** Appends text in the given style. */
        public Builder run(String text, TextStyle style) {
            runs.add(new TextRun(text, style));
            return this;
        }

        /** Keeps the paragraph on the same page as the start of the block after it (see {@link Paragraph}). */
        public Builder keepWithNext() {
            this.keepWithNext = true;
            return this;
        }

        /** Returns the paragraph. */
        public Paragraph build() {
            return new Paragraph(runs, keepWithNext);
        }
    }
}
