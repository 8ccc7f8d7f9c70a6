package dev.maca.report.documents;

import java.util.List;

/**
 * A sentence of a published document that mentions a family-level detail, for a person to check before it is
 * published: the privacy guard finds names, numbers and dates of birth, but not a combination of ordinary details that
 * lets a local reader recognise a family.
 *
 * @param document the document's title, e.g. "7-minute briefing: Birth fathers and males in the household"
 * @param part the part or section the sentence is in
 * @param sentence the sentence as printed
 * @param details what kinds of detail it mentions, in {@link FamilyDetail} order, at least one
 */
public record DetailSentence(String document, String part, String sentence, List<FamilyDetail> details) {
    public DetailSentence {
        details = List.copyOf(details);
        if (details.isEmpty()) {
            throw new IllegalArgumentException("a sentence to check names at least one kind of detail");
        }
    }

    /** One line for a person to read: {@code [a count of families] 3. What we found: In 1 of the 15 families, ...}. */
    @Override
    public String toString() {
        return details.stream().map(FamilyDetail::label).toList() + " " + part + ": " + sentence;
    }
}
