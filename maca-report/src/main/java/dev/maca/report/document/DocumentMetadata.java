package dev.maca.report.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document says about itself: title, language, author, subject, keywords, protective marking
 * and the fixed creation date that makes rendering reproducible.
 *
 * @param title the document title, shown in the viewer's title bar and on page one
 * @param language a BCP 47 language tag such as {@code en-GB}
 * @param author the author (usually the partnership), if any
 * @param subject a one-sentence description, if any
 * @param keywords search keywords, possibly empty
 * @param marking the protective marking printed on every page
 * @param created the creation date written into the file; a fixed value gives identical bytes
 */
public record DocumentMetadata(
        String title,
        String language,
        Optional<String> author,
        Optional<String> subject,
        List<String> keywords,
        ProtectiveMarking marking,
        OffsetDateTime created) {

    /** Checks every field; the language must be a well-formed language tag. */
    public DocumentMetadata {
        Checks.text(title, "title");
        Checks.text(language, "language");
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language must be a BCP 47 tag such as en-GB, was: " + language);
        }
        Checks.optionalText(author, "author");
        Checks.optionalText(subject, "subject");
        keywords = Checks.texts(keywords, "keywords");
        Checks.present(marking, "marking");
        Checks.present(created, "created");
    }
}
