package dev.maca.report.documents;

import dev.maca.report.document.Block;
import java.util.List;

/**
 * One part of a 7-minute briefing: a section of its own in a brief, a subheading within the brief's section in the
 * seminar pack.
 *
 * @param title the part's title, e.g. "2. Why it matters"
 * @param blocks its content, never empty
 * @param checked whether its sentences are read for family-level details a person should check before publishing
 *     (the parts about the audit and its learning; not the partnership's actions or the list of resources)
 */
record BriefPart(String title, List<Block> blocks, boolean checked) {
    BriefPart {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("brief part '" + title + "' has no content");
        }
    }

    /** A part whose sentences are checked for family-level details. */
    BriefPart(String title, List<Block> blocks) {
        this(title, blocks, true);
    }
}
