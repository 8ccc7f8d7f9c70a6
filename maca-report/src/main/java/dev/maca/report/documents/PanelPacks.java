package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ImmediateConcern;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditDocument;
import dev.maca.validation.DocumentNeeds;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The packs for the multi-agency panel, one per family of the cohort: what the panel reads on the moderation day to
 * agree one grade per objective — the family's front sheet, open immediate concerns, each agency's own grades side by
 * side with their divergences, the shared measures, every agency's answers question by question, each agency's view
 * of the family as a whole, and a merged chronology. OFFICIAL-SENSITIVE: the packs hold case detail and are never
 * published.
 *
 * <p>Each pack is dated from the timeline's {@link MilestoneKind#PANEL} milestone (or, without one, its {@link
 * MilestoneKind#AUDIT} milestone) unless {@link #dated(OffsetDateTime) dated}. Immutable and thread-safe.
 *
 * <pre>{@code
 * PanelPacks packs = PanelPacks.of(guardedAudit, tools);
 * packs.pack("family-08").writePdf(out);
 * for (PanelPack pack : packs.all()) { pack.writeHtml(htmlOut(pack.caseId())); }
 * }</pre>
 */
public final class PanelPacks {
    private final AnalysedAudit analysed;
    private final Optional<OffsetDateTime> dated;
    private final PdfRenderer renderer;

    private PanelPacks(AnalysedAudit analysed, Optional<OffsetDateTime> dated, PdfRenderer renderer) {
        this.analysed = analysed;
        this.dated = dated;
        this.renderer = renderer;
    }

    /** The panel packs of an analysed audit. */
    public static PanelPacks of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new PanelPacks(analysed, Optional.empty(), PdfRenderer.create());
    }

    /** The panel packs of a guarded audit, analysed with its agencies' tools. */
    public static PanelPacks of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /**
     * These packs with an explicit creation date in their files. Without one, a pack is dated on the day the timeline
     * plans the panel (its month's first day when only the month is known), or on the latest day the audit records a
     * return or a concern when that is later.
     */
    public PanelPacks dated(OffsetDateTime created) {
        return new PanelPacks(
                analysed, Optional.of(Objects.requireNonNull(created, "created is required but was null")), renderer);
    }

    /** These packs rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public PanelPacks usePdfRenderer(PdfRenderer value) {
        return new PanelPacks(analysed, dated, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /**
     * The pack of one family.
     *
     * @throws IllegalArgumentException when the case is not in the cohort
     * @throws MissingContentException when the timeline has neither a panel nor an audit milestone to date it
     */
    public PanelPack pack(String caseId) {
        Objects.requireNonNull(caseId, "caseId is required but was null");
        CaseRecord family = analysed.guarded()
                .audit()
                .cohort()
                .caseById(caseId)
                .orElseThrow(() -> new IllegalArgumentException("case '" + caseId + "' is not in the cohort of "
                        + analysed.guarded().audit().scope().reference()));
        return new PanelPack(family, new PanelPackWriter(analysed), created(), renderer);
    }

    /**
     * The pack of every family, in cohort order.
     *
     * @throws MissingContentException when the timeline has neither a panel nor an audit milestone to date them
     */
    public List<PanelPack> all() {
        OffsetDateTime created = created();
        PanelPackWriter writer = new PanelPackWriter(analysed);
        List<PanelPack> packs = new ArrayList<>();
        for (CaseRecord family : analysed.guarded().audit().cohort().cohort()) {
            packs.add(new PanelPack(family, writer, created, renderer));
        }
        return List.copyOf(packs);
    }

    private OffsetDateTime created() {
        if (dated.isPresent()) {
            return dated.get();
        }
        var timeline = analysed.guarded().audit().scope().timeline();
        Optional<Milestone> milestone =
                timeline.first(MilestoneKind.PANEL).or(() -> timeline.first(MilestoneKind.AUDIT));
        ContentGaps gaps = new ContentGaps(AuditDocument.PANEL_PACK.label());
        gaps.addAll(
                DocumentNeeds.of(AuditDocument.PANEL_PACK, analysed.guarded().audit()));
        gaps.throwIfAny();
        OffsetDateTime planned = Timing.created(milestone.orElseThrow());
        LocalDate latest = latestRecorded(analysed.guarded().audit());
        return latest.isAfter(planned.toLocalDate())
                ? OffsetDateTime.of(latest, planned.toLocalTime(), planned.getOffset())
                : planned;
    }

    /** The latest day the audit records a return completed or a concern raised or closed: no pack is made before it. */
    private static LocalDate latestRecorded(Audit audit) {
        LocalDate latest = LocalDate.MIN;
        for (AuditReturn r : audit.returns()) {
            latest = r.completedOn().isAfter(latest) ? r.completedOn() : latest;
        }
        for (ImmediateConcern concern : audit.immediateConcerns()) {
            LocalDate day = concern.closedOn().orElse(concern.raisedOn());
            latest = day.isAfter(latest) ? day : latest;
        }
        return latest;
    }
}
