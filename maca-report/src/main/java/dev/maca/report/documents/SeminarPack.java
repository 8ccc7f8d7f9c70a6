package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.document.Document;
import dev.maca.report.document.PageBreak;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.AuditScope;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditDocument;
import dev.maca.validation.CaseStudy;
import dev.maca.validation.DocumentNeeds;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pack for the event at which the audit's learning is shared (the timeline's {@link MilestoneKind#SEMINAR}
 * milestone, named as the partnership names it, e.g. "Learning event for practitioners"): the event's day, times,
 * venue or link and facilitators; an agenda built from the audit; a disguised case study for group work from the
 * panel's agreed illustrations; an attendance sheet by agency; an evaluation form with a three-month follow-up; then
 * every 7-minute briefing, each starting on a new page with its own bookmark. Marked OFFICIAL.
 *
 * <p>The pack is rendered as one tagged document rather than by merging the briefs' PDFs: merged with PDFBox's
 * {@code PDFMergerUtility}, the briefs gave a file that failed veraPDF (no structure tree root, MarkInfo, XMP metadata,
 * output intent or display of the title), whereas one document keeps a single structure tree, one outline (a bookmark
 * per brief, with its parts beneath) and "Page X of Y" across the whole pack.
 *
 * <p>The milestone needs its {@code date} and {@code event} (name, times, a venue or an online link, facilitators), and
 * the panel an agreed illustration without dates or names; each gap is named with its path.
 *
 * <pre>{@code
 * SeminarPack.of(guardedAudit, tools).writePdf(out);
 * }</pre>
 */
public final class SeminarPack implements RenderedDocument {
    private final AnalysedAudit analysed;
    private final Optional<OffsetDateTime> dated;
    private final PdfRenderer renderer;

    private SeminarPack(AnalysedAudit analysed, Optional<OffsetDateTime> dated, PdfRenderer renderer) {
        this.analysed = analysed;
        this.dated = dated;
        this.renderer = renderer;
    }

    /** The pack of an analysed audit. */
    public static SeminarPack of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new SeminarPack(analysed, Optional.empty(), PdfRenderer.create());
    }

    /** The pack of a guarded audit, analysed with its agencies' tools. */
    public static SeminarPack of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /** This pack with an explicit creation date in its file, instead of the seminar month's first day at 09:00. */
    public SeminarPack dated(OffsetDateTime created) {
        return new SeminarPack(
                analysed, Optional.of(Objects.requireNonNull(created, "created is required but was null")), renderer);
    }

    /** This pack rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public SeminarPack usePdfRenderer(PdfRenderer value) {
        return new SeminarPack(analysed, dated, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /**
     * The pack as a document model: a cover, the event, the agenda, the case study, the attendance sheet, the
     * evaluation form, then one section per brief.
     *
     * @throws MissingContentException naming every piece of content the pack or any brief needs and the audit lacks
     */
    @Override
    public Document toDocument() {
        Audit audit = analysed.guarded().audit();
        AuditScope scope = audit.scope();
        ContentGaps gaps = new ContentGaps(AuditDocument.SEMINAR_PACK.label());
        gaps.addAll(DocumentNeeds.of(AuditDocument.SEMINAR_PACK, audit));
        gaps.throwIfAny();
        Optional<Milestone> seminar = scope.timeline().first(MilestoneKind.SEMINAR);
        Optional<String> caseStudy = CaseStudy.of(audit).text();
        LearningBriefs briefs = LearningBriefs.of(analysed).usePdfRenderer(renderer);
        if (dated.isPresent()) {
            briefs = briefs.dated(dated.get());
        }
        List<LearningBrief> all = briefs.all();
        Milestone milestone = seminar.orElseThrow();
        LearningEvent event = milestone.event().orElseThrow();
        SeminarSections sections = new SeminarSections(
                audit,
                event,
                milestone.date().orElseThrow(),
                analysed.analysis().cases().size());
        int[] heard = SeminarSections.heard(audit);
        String contact = audit.learning().stream()
                .map(l -> l.contactRole())
                .filter(c -> !c.isBlank())
                .findFirst()
                .orElse("partnership's business unit");
        Document.Builder document = Document.builder(event.name(), created(milestone))
                .author(scope.partnership())
                .subject("Agenda, case study, attendance and evaluation, and the 7-minute briefings from the"
                        + " multi-agency case audit, " + sections.day())
                .keywords(event.name(), "7-minute briefing", "safeguarding children")
                .marking(LearningBrief.MARKING)
                .cover(c -> c.subtitle("Learning from the multi-agency case audit: agenda, case study, attendance,"
                                + " evaluation and 7-minute briefings")
                        .partnership(scope.partnership())
                        .date(sections.day()))
                .section(sections.details())
                .section(sections.agenda(scope.objectives(), heard[0], heard[1]))
                .section(sections.caseStudy(caseStudy.orElseThrow(), scope.objectives()))
                .section(sections.attendance())
                .section(sections.evaluation(scope.objectives(), contact));
        for (int i = 0; i < all.size(); i++) {
            Section brief = all.get(i).asSection();
            if (i < all.size() - 1) {
                List<dev.maca.report.document.Block> blocks = new ArrayList<>(brief.blocks());
                blocks.add(new PageBreak());
                brief = new Section(brief.title(), blocks);
            }
            document.section(brief);
        }
        return document.build();
    }

    /**
     * The sentences of the pack's case study and briefs that mention a family-level detail, for a person to check
     * before the pack is handed out (see {@link LearningBrief#sentencesToCheck()}).
     */
    public List<DetailSentence> sentencesToCheck() {
        Audit audit = analysed.guarded().audit();
        List<DetailSentence> found = new ArrayList<>();
        CaseStudy.of(audit)
                .text()
                .ifPresent(text -> found.addAll(new FamilyDetails(audit.scope().agencies().stream()
                                .map(dev.maca.scope.AgencyRequirement::name)
                                .toList())
                        .in("Seminar pack", "Case study for group work", List.of(Paragraph.of(text)))));
        return List.copyOf(found);
    }

    private OffsetDateTime created(Milestone seminar) {
        return dated.orElseGet(() -> Timing.created(seminar));
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
