package dev.maca.report.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A document to publish: metadata, an optional cover page, and sections in reading order. Renderers
 * turn the same document into a tagged PDF or an HTML page; tests can assert on it directly.
 *
 * <pre>{@code
 * Document doc = Document.builder("Multi-agency case audit: domestic abuse", OffsetDateTime.parse("2024-03-01T09:00:00Z"))
 *         .author("Seaside Safeguarding Children Partnership")
 *         .marking(ProtectiveMarking.OFFICIAL_SENSITIVE)
 *         .section("Summary", s -> s
 *                 .paragraph(p -> p.text("The audit found ").bold("good").text(" practice."))
 *                 .callout("Key message", c -> c.paragraph("Ask about fathers.")))
 *         .build();
 * }</pre>
 *
 * @param metadata title, language, marking and other metadata
 * @param cover the cover page, if any
 * @param sections the sections, at least one
 */
public record Document(DocumentMetadata metadata, Optional<CoverPage> cover, List<Section> sections) {

    /** Checks the fields. */
    public Document {
        Checks.present(metadata, "metadata");
        Checks.present(cover, "cover");
        sections = Checks.nonEmpty(sections, "sections");
    }

    /** Starts a document with its title and fixed creation date. */
    public static Builder builder(String title, OffsetDateTime created) {
        return new Builder(title, created);
    }

    /** Collects the parts of a {@link Document}; language defaults to en-GB, marking to OFFICIAL. */
    public static final class Builder {
        private final String title;
        private final OffsetDateTime created;
        private String language = "en-GB";
        private Optional<String> author = Optional.empty();
        private Optional<String> subject = Optional.empty();
        private List<String> keywords = List.of();
        private ProtectiveMarking marking = ProtectiveMarking.OFFICIAL;
        private Optional<CoverPage> cover = Optional.empty();
        private final List<Section> sections = new ArrayList<>();

        Builder(String title, OffsetDateTime created) {
            this.title = Checks.text(title, "title");
            this.created = Checks.present(created, "created");
        }

        /** Sets the language tag (default {@code en-GB}). */
        public Builder language(String tag) {
            language = Checks.text(tag, "language");
            return this;
        }

        /** Sets the author. */
        public Builder author(String value) {
            author = Optional.of(Checks.text(value, "author"));
            return this;
        }

        /** Sets the subject. */
        public Builder subject(String value) {
            subject = Optional.of(Checks.text(value, "subject"));
            return this;
        }

        /** Sets the keywords. */
        public Builder keywords(String... values) {
            keywords = Checks.texts(List.of(Checks.present(values, "keywords")), "keywords");
            return this;
        }

        /** Sets the protective marking (default OFFICIAL). */
        public Builder marking(ProtectiveMarking value) {
            marking = Checks.present(value, "marking");
            return this;
        }

        /** Adds a cover page. */
        public Builder cover(Consumer<CoverPage.Builder> lines) {
            CoverPage.Builder builder = CoverPage.builder();
            Checks.present(lines, "cover").accept(builder);
            cover = Optional.of(builder.build());
            return this;
        }

        /** Appends a section. */
        public Builder section(String sectionTitle, Consumer<Section.Builder> content) {
            return section(Section.of(sectionTitle, content));
        }

        /** Appends a section. */
        public Builder section(Section section) {
            sections.add(Checks.present(section, "sections"));
            return this;
        }

        /** Returns the document. */
        public Document build() {
            return new Document(
                    new DocumentMetadata(title, language, author, subject, keywords, marking, created),
                    cover,
                    sections);
        }
    }
}
