package dev.maca.report.documents;

import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.Objective;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One objective's brief, ready to publish: a 7-minute briefing of at most two A4 pages (the same seven numbered parts in
 * every brief, then questions for reflection and where to find out more), or its one-page version for a team huddle;
 * marked OFFICIAL, naming no family.
 *
 * <p>Before publishing, a person reads {@link #sentencesToCheck()}: the sentences that mention a family-level detail,
 * which the privacy guard cannot judge in combination.
 *
 * <p>Built by {@link LearningBriefs}; immutable and safe to share.
 */
public final class LearningBrief implements RenderedDocument {
    /** The marking of every published brief. */
    public static final ProtectiveMarking MARKING = ProtectiveMarking.OFFICIAL;

    /** The title of the one section of a brief, whose subheadings are its parts. */
    public static final String SECTION = "In seven minutes";

    /** The title of the one section of a huddle's page. */
    public static final String HUDDLE_SECTION = "For the team huddle";

    /** The most pages a 7-minute briefing may take: one sheet of A4, printed on both sides. */
    public static final int MAX_PAGES = 2;

    private final Objective objective;
    private final BriefFormat format;
    private final List<BriefPart> parts;
    private final List<String> partnerNames;
    private final String partnership;
    private final String subject;
    private final OffsetDateTime created;
    private final PdfRenderer renderer;

    LearningBrief(
            Objective objective,
            BriefFormat format,
            List<BriefPart> parts,
            List<String> partnerNames,
            String partnership,
            String subject,
            OffsetDateTime created,
            PdfRenderer renderer) {
        this.objective = objective;
        this.format = format;
        this.parts = List.copyOf(parts);
        this.partnerNames = List.copyOf(partnerNames);
        this.partnership = partnership;
        this.subject = subject;
        this.created = created;
        this.renderer = renderer;
    }

    /** The objective the brief is about. */
    public Objective objective() {
        return objective;
    }

    /** The brief's shape: the two-page 7-minute briefing or the one-page huddle. */
    public BriefFormat format() {
        return format;
    }

    /** The brief's title, e.g. "7-minute briefing: Birth fathers and males in the household". */
    public String title() {
        return format.label() + ": " + objective.title();
    }

    /**
     * The sentences of the brief that mention a family-level detail — a count of families, an age, a month or a named
     * service (see {@link FamilyDetail}) — in the parts about the audit and its learning, for a person to check that
     * together they do not identify a family. The partnership's actions and the resources are not read.
     */
    public List<DetailSentence> sentencesToCheck() {
        FamilyDetails details = new FamilyDetails(partnerNames);
        List<DetailSentence> found = new java.util.ArrayList<>();
        for (BriefPart part : parts) {
            if (part.checked()) {
                found.addAll(details.in(title(), part.title(), part.blocks()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The titles of the brief's parts in order: for a 7-minute briefing the seven numbered parts, then the questions
     * for reflection and where to find out more.
     */
    public List<String> partTitles() {
        return parts.stream().map(BriefPart::title).toList();
    }

    /** The brief as a document of its own: one section, {@value #SECTION}, with a subheading per part. */
    @Override
    public Document toDocument() {
        Document.Builder document = Document.builder(title(), created)
                .author(partnership)
                .subject(subject)
                .keywords(format.label(), "safeguarding children", objective.title())
                .marking(MARKING);
        return document.section(withParts(format == BriefFormat.HUDDLE ? HUDDLE_SECTION : SECTION))
                .build();
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
        return "LearningBrief[" + objective.id() + ", " + format + "]";
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
