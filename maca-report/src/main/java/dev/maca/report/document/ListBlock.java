package dev.maca.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bulleted or numbered list, possibly nested.
 *
 * <pre>{@code
 * ListBlock list = ListBlock.bulleted(l -> l
 *         .item("Health visiting")
 *         .item("Police", sub -> sub.item("Domestic abuse unit")));
 * }</pre>
 *
 * @param kind bullets or numbers
 * @param items the items in order, at least one
 */
public record ListBlock(ListKind kind, List<ListItem> items) implements Block {

    /** The deepest nesting a list may have; deeper lists are hard to follow when read aloud. */
    public static final int MAX_DEPTH = 3;

    /** Checks the fields and the nesting depth. */
    public ListBlock {
        Checks.present(kind, "list.kind");
        items = Checks.nonEmpty(items, "list.items");
        if (depth(items) > MAX_DEPTH) {
            throw new IllegalArgumentException("list.items must not nest more than " + MAX_DEPTH + " levels deep");
        }
    }

    private static int depth(List<ListItem> items) {
        int deepest = 0;
        for (ListItem item : items) {
            deepest =
                    Math.max(deepest, item.sublist().map(l -> depth(l.items())).orElse(0));
        }
        return deepest + 1;
    }

    /** Builds a bulleted list. */
    public static ListBlock bulleted(Consumer<Builder> items) {
        return build(ListKind.BULLETED, items);
    }

    /** Builds a numbered list. */
    public static ListBlock numbered(Consumer<Builder> items) {
        return build(ListKind.NUMBERED, items);
    }

    private static ListBlock build(ListKind kind, Consumer<Builder> items) {
        Builder builder = new Builder(kind);
        Checks.present(items, "list.items").accept(builder);
        return builder.build();
    }

    /** Appends items to a {@link ListBlock}. */
    public static final class Builder {
        private final ListKind kind;
        private final List<ListItem> items = new ArrayList<>();

        Builder(ListKind kind) {
            this.kind = kind;
        }

        /** Appends an item of plain text. */
        public Builder item(String text) {
            return item(Paragraph.of(text));
        }

        /** Appends an item of styled text. */
        public Builder item(Paragraph text) {
            items.add(new ListItem(text, Optional.empty()));
            return this;
        }

        /** Appends an item with a nested list of the same kind. */
        public Builder item(String text, Consumer<Builder> sublist) {
            return item(Paragraph.of(text), ListBlock.build(kind, sublist));
        }

        /** Appends an item with a nested list. */
        public Builder item(Paragraph text, ListBlock sublist) {
            items.add(new ListItem(text, Optional.of(Checks.present(sublist, "item.sublist"))));
            return this;
        }

        /** Returns the list. */
        public ListBlock build() {
            return new ListBlock(kind, items);
        }
    }
}
