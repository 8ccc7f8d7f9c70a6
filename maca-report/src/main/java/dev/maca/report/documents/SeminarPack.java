package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.document.Document;
import dev.maca.report.document.PageBreak;
import dev.maca.report.document.Section;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pack for the Best Practice Seminar: an agenda with a session per objective, then every 7-minute briefing, each
 * starting on a new page with its own bookmark; marked OFFICIAL.
 *
 * <p>The pack is rendered as one tagged document rather than by merging the briefs' PDFs: merged with PDFBox's
 * {@code PDFMergerUtility}, the briefs gave a file that failed veraPDF (no structure tree root, MarkInfo, XMP metadata,
 * output intent or display of the title), whereas one document keeps a single structure tree, one outline (a bookmark
 * per brief, with its parts beneath) and "Page X of Y" across the whole pack.
 *
 * <pre>{@code
 * SeminarPack.of(guardedAudit, tools).writePdf(out);
 * }</pre>
 */
public final class SeminarPack implements RenderedDocument {
    /** The pack's title. */
    public static final String TITLE = "Best Practice Seminar";

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
     * The pack as a document model: a cover, the agenda, then one section per brief.
     *
     * @throws MissingContentException naming every piece of content any brief needs and the audit lacks
     */
    @Override
    public Document toDocument() {
        Audit audit = analysed.guarded().audit();
        AuditScope scope = audit.scope();
        LearningBriefs briefs = LearningBriefs.of(analysed).usePdfRenderer(renderer);
        if (dated.isPresent()) {
            briefs = briefs.dated(dated.get());
        }
        List<LearningBrief> all = briefs.all();
        Milestone seminar = scope.timeline().first(MilestoneKind.SEMINAR).orElseThrow();
        String month = Timing.month(seminar.month());
        Document.Builder document = Document.builder(TITLE + ": " + scope.partnership(), created(seminar))
                .author(scope.partnership())
                .subject("Agenda and 7-minute briefings from the multi-agency case audit, " + month)
                .keywords("Best Practice Seminar", "7-minute briefing", "safeguarding children")
                .marking(LearningBrief.MARKING)
                .cover(c -> c.subtitle("Agenda and 7-minute briefings: learning from the multi-agency case audit")
                        .partnership(scope.partnership())
                        .date(month))
                .section(agenda(all, month));
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

    private OffsetDateTime created(Milestone seminar) {
        return dated.orElseGet(() -> Timing.created(seminar));
    }

    private Section agenda(List<LearningBrief> briefs, String month) {
        Audit audit = analysed.guarded().audit();
        AuditScope scope = audit.scope();
        return Section.of("Agenda", s -> {
            s.paragraph("The Best Practice Seminar in " + month + " shares what " + scope.partnership()
                    + " learnt from auditing "
                    + Figures.count(analysed.analysis().cases().size(), "case", "cases")
                    + " with " + Figures.count(scope.agencies().size(), "agency", "agencies") + ". Each session takes"
                    + " one objective of the audit and its 7-minute briefing, which follow this agenda in the same"
                    + " order.");
            s.table(t -> {
                t.caption("Seminar sessions")
                        .header("Session", "Focus")
                        .widths(2.2f, 4)
                        .rowHeaders();
                t.row("Welcome", "Why the partnership audited these cases, and how the audit was done");
                for (int i = 0; i < briefs.size(); i++) {
                    LearningBrief brief = briefs.get(i);
                    String message = audit.findingsFor(brief.objective().id())
                            .map(f -> f.keyMessage())
                            .orElseThrow();
                    t.row("Session " + (i + 1) + ": " + brief.objective().title(), message);
                }
                t.row("Close", "What will you do differently? Commitments and next steps");
            });
            s.pageBreak();
        });
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
