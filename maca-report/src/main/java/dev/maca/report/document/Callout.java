package dev.maca.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A titled box that stands out from the flow, such as "Key message", holding paragraphs and lists; it is kept on one
 * page, never split, unless it is taller than a page.
 *
 * @param title the box's title
 * @param content its paragraphs and lists, at least one
 */
public record Callout(String title, List<Block> content) implements Block {

    /** Checks that the content holds only paragraphs and lists. */
    public Callout {
        Checks.text(title, "callout.title");
        content = Checks.nonEmpty(content, "callout.content");
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (!(block instanceof Paragraph) && !(block instanceof ListBlock)) {
                throw new IllegalArgumentException("callout.content[" + i + "] must be a paragraph or a list, was "
                        + block.getClass().getSimpleName());
            }
        }
    }

    /** A call-out box is always kept on one page when it fits on one. */
    @Override
    public boolean keepTogether() {
        return true;
    }

    /** Builds a call-out box. */
    public static Callout of(String title, Consumer<Builder> content) {
        Builder builder = new Builder();
        Checks.present(content, "callout.content").accept(builder);
        return new Callout(title, builder.blocks);
    }

    /** Appends paragraphs and lists to a {@link Callout}. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        Builder() {}

        /** Appends a paragraph of plain text. */
        public Builder paragraph(String text) {
            blocks.add(Paragraph.of(text));
            return this;
        }

        /** Appends a paragraph of styled runs. */
        public Builder paragraph(Consumer<Paragraph.Builder> runs) {
            Paragraph.Builder builder = Paragraph.builder();
            Checks.present(runs, "paragraph.runs").accept(builder);
            blocks.add(builder.build());
            return this;
        }

        /** Appends a bulleted list. */
        public Builder bullets(Consumer<ListBlock.Builder> items) {
            blocks.add(ListBlock.bulleted(items));
            return this;
        }

        /** Appends a numbered list. */
        public Builder numbered(Consumer<ListBlock.Builder> items) {
            blocks.add(ListBlock.numbered(items));
            return this;
        }
    }
}
