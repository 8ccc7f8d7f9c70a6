package dev.maca.report.documents;

import dev.maca.report.document.Block;
import dev.maca.report.document.Callout;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.ListItem;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sentences of a published document that mention a {@link FamilyDetail family-level detail} — a count of
 * families, an age, a month or a named service — so that a person can check, before publishing, that together they do
 * not let a local reader recognise a family. The privacy guard cannot judge that; this only lists what to read.
 */
final class FamilyDetails {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=[\\p{Lu}\"“‘(\\d])");

    private final List<String> partnerNames;

    FamilyDetails(List<String> partnerNames) {
        this.partnerNames = List.copyOf(partnerNames);
    }

    /** The sentences of these blocks that mention a detail, in order, each once. */
    List<DetailSentence> in(String document, String part, List<Block> blocks) {
        List<DetailSentence> found = new ArrayList<>();
        for (String text : texts(blocks)) {
            for (String sentence : SENTENCE_END.split(text.strip())) {
                Set<FamilyDetail> details = EnumSet.noneOf(FamilyDetail.class);
                for (FamilyDetail detail : FamilyDetail.values()) {
                    if (detail.in(sentence, partnerNames)) {
                        details.add(detail);
                    }
                }
                if (!details.isEmpty()) {
                    found.add(new DetailSentence(document, part, sentence, List.copyOf(details)));
                }
            }
        }
        return found;
    }

    private static List<String> texts(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                texts.add(p.plainText());
            } else if (block instanceof ListBlock l) {
                items(l, texts);
            } else if (block instanceof Callout c) {
                texts.addAll(texts(c.content()));
            } else if (block instanceof Table t) {
                t.rows().forEach(texts::addAll);
            }
        }
        return texts;
    }

    private static void items(ListBlock list, List<String> texts) {
        for (ListItem item : list.items()) {
            texts.add(item.text().plainText());
            item.sublist().ifPresent(sub -> items(sub, texts));
        }
    }
}
