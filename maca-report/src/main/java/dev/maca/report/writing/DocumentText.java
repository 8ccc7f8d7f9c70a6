package dev.maca.report.writing;

import dev.maca.report.document.Block;
import dev.maca.report.document.Callout;
import dev.maca.report.document.Document;
import dev.maca.report.document.Figure;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.ListItem;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The words of a document model, section by section: its prose (paragraphs and list items, callouts included) apart
 * from everything else a reader sees (headings, captions, table cells, the cover), so that rules can be checked on
 * the model every format renders, without rendering it.
 *
 * @param section the section's title
 * @param prose the section's paragraphs and list items, one entry each, in order
 * @param other the section's title, headings, captions and table cells
 */
record DocumentText(String section, List<String> prose, List<String> other) {
    DocumentText {
        prose = List.copyOf(prose);
        other = List.copyOf(other);
    }

    /** The text of each section of the document, the cover's as a section titled "Cover" first. */
    static List<DocumentText> of(Document document) {
        List<DocumentText> texts = new ArrayList<>();
        document.cover().ifPresent(c -> {
            List<String> cover = new ArrayList<>();
            cover.add(document.metadata().title());
            c.subtitle().ifPresent(cover::add);
            c.partnership().ifPresent(cover::add);
            c.status().ifPresent(cover::add);
            c.date().ifPresent(cover::add);
            texts.add(new DocumentText("Cover", List.of(), cover));
        });
        for (Section section : document.sections()) {
            List<String> prose = new ArrayList<>();
            List<String> other = new ArrayList<>();
            other.add(section.title());
            section.blocks().forEach(b -> collect(b, prose::add, other::add));
            texts.add(new DocumentText(section.title(), prose, other));
        }
        return texts;
    }

    /** All of the section's words, prose and other, in one string. */
    String all() {
        List<String> both = new ArrayList<>(other);
        both.addAll(prose);
        return String.join("\n", both);
    }

    private static void collect(Block block, Consumer<String> prose, Consumer<String> other) {
        if (block instanceof Paragraph p) {
            prose.accept(p.plainText());
        } else if (block instanceof Subheading h) {
            other.accept(h.text());
        } else if (block instanceof ListBlock l) {
            items(l, prose);
        } else if (block instanceof Table t) {
            t.caption().ifPresent(other);
            t.header().forEach(other);
            t.rows().forEach(r -> r.forEach(other));
        } else if (block instanceof Figure f) {
            other.accept(f.altText());
            f.caption().ifPresent(other);
        } else if (block instanceof Callout c) {
            other.accept(c.title());
            c.content().forEach(b -> collect(b, prose, other));
        }
    }

    private static void items(ListBlock list, Consumer<String> prose) {
        for (ListItem item : list.items()) {
            prose.accept(item.text().plainText());
            item.sublist().ifPresent(l -> items(l, prose));
        }
    }
}
