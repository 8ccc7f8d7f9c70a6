package dev.maca.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A titled part of a document (heading level 2) with its blocks in reading order.
 *
 * @param title the section title
 * @param blocks the section's content, possibly empty
 */
public record Section(String title, List<Block> blocks) {

    /** The heading level of a section title. */
    public static final int LEVEL = 2;

    /** Checks the fields. */
    public Section {
        Checks.text(title, "section.title");
        blocks = Checks.list(blocks, "section.blocks");
    }

    /** Builds a section. */
    public static Section of(String title, Consumer<Builder> content) {
        Builder builder = new Builder();
        Checks.present(content, "section.blocks").accept(builder);
        return new Section(title, builder.blocks);
    }

    /** Appends blocks to a {@link Section}. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        Builder() {}

        /** Appends a subheading (level 3). */
        public Builder subheading(String text) {
            return block(new Subheading(text));
        }

        /** Appends a paragraph of plain text. */
        public Builder paragraph(String text) {
            return block(Paragraph.of(text));
        }

        /** Appends a paragraph of styled runs. */
        public Builder paragraph(Consumer<Paragraph.Builder> runs) {
            Paragraph.Builder builder = Paragraph.builder();
            Checks.present(runs, "paragraph.runs").accept(builder);
            return block(builder.build());
        }

        /** Appends a bulleted list. */
        public Builder bullets(Consumer<ListBlock.Builder> items) {
            return block(ListBlock.bulleted(items));
        }

        /** Appends a numbered list. */
        public Builder numbered(Consumer<ListBlock.Builder> items) {
            return block(ListBlock.numbered(items));
        }

        /** Appends a table. */
        public Builder table(Consumer<Table.Builder> parts) {
            Table.Builder builder = Table.builder();
            Checks.present(parts, "table").accept(builder);
            return block(builder.build());
        }

        /** Appends a figure. */
        public Builder figure(Consumer<Figure.Builder> parts) {
            Figure.Builder builder = Figure.builder();
            Checks.present(parts, "figure").accept(builder);
            return block(builder.build());
        }

        /** Appends a call-out box. */
        public Builder callout(String title, Consumer<Callout.Builder> content) {
            return block(Callout.of(title, content));
        }

        /** Appends a page break. */
        public Builder pageBreak() {
            return block(new PageBreak());
        }

        /** Appends a contents list of the headings that follow it. */
        public Builder tableOfContents() {
            return block(new TableOfContents());
        }

        /** Appends any block. */
        public Builder block(Block block) {
            blocks.add(Checks.present(block, "section.blocks"));
            return this;
        }
    }
}
