package dev.maca.report.document;

import java.util.Optional;

/**
 * One item of a list: its text and, optionally, a nested list.
 *
 * @param text the item's text
 * @param sublist a nested list, if any
 */
public record ListItem(Paragraph text, Optional<ListBlock> sublist) {

    /** Checks the fields. */
    public ListItem {
        Checks.present(text, "item.text");
        Checks.present(sublist, "item.sublist");
    }
}
