package dev.maca.report.documents;

import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.Objective;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One objective's 7-minute briefing, ready to publish: at most two A4 pages, the same seven numbered parts in every
 * brief, then questions for reflection and where to find out more; marked OFFICIAL, naming no family.
 *
 * <p>Built by {@link LearningBriefs}; immutable and safe to share.
 */
public final class LearningBrief implements RenderedDocument {
    /** The marking of every published brief. */
    public static final ProtectiveMarking MARKING = ProtectiveMarking.OFFICIAL;

    /** The title of the one section of a brief, whose subheadings are its parts. */
    public static final String SECTION = "In seven minutes";

    /** The most pages a brief may take: one sheet of A4, printed on both sides. */
    public static final int MAX_PAGES = 2;

    private final Objective objective;
    private final List<BriefPart> parts;
    private final String partnership;
    private final String subject;
    private final OffsetDateTime created;
    private final PdfRenderer renderer;

    LearningBrief(
            Objective objective,
            List<BriefPart> parts,
            String partnership,
            String subject,
            OffsetDateTime created,
            PdfRenderer renderer) {
        this.objective = objective;
        this.parts = List.copyOf(parts);
        this.partnership = partnership;
        this.subject = subject;
        this.created = created;
        this.renderer = renderer;
    }

    /** The objective the brief is about. */
    public Objective objective() {
        return objective;
    }

    /** The brief's title, e.g. "7-minute briefing: Birth fathers and males in the household". */
    public String title() {
        return "7-minute briefing: " + objective.title();
    }

    /** The titles of the brief's parts in order: the seven numbered parts, then the questions for reflection. */
    public List<String> partTitles() {
        return parts.stream().map(BriefPart::title).toList();
    }

    /** The brief as a document of its own: one section, {@value #SECTION}, with a subheading per part. */
    @Override
    public Document toDocument() {
        Document.Builder document = Document.builder(title(), created)
                .author(partnership)
                .subject(subject)
                .keywords("7-minute briefing", "safeguarding children", objective.title())
                .marking(MARKING);
        return document.section(withParts(SECTION)).build();
    }

    /** The brief as one section of a larger document, its parts as subheadings (for the seminar pack). */
    Section asSection() {
        return withParts(title());
    }

    private Section withParts(String sectionTitle) {
        return Section.of(
                sectionTitle,
                s -> parts.forEach(part -> {
                    s.subheading(part.title());
                    part.blocks().forEach(s::block);
                }));
    }

    @Override
    public String toString() {
        return "LearningBrief[" + objective.id() + "]";
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
