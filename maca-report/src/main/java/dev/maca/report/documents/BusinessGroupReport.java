package dev.maca.report.documents;

import dev.maca.privacy.GuardedAudit;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditDocument;
import dev.maca.validation.DocumentNeeds;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The report to the Business Group, in the order its readers expect: document control, executive summary with the
 * panel's conclusion, background and purpose, method, returns, limitations, cohort profile, findings per objective
 * from the panel's grades of the families, the grades by family (OFFICIAL-SENSITIVE only), children's lived experience
 * and voice, immediate concerns, learning from previous reviews, SMART recommendations and the action plan. The
 * question sets, grading definitions and candidate list are in the separate {@link ReportAnnex}.
 *
 * <p>Immutable: each option returns a new report, so one may be shared and varied freely. The protective marking is
 * the scope's report marking unless {@link #marking(ProtectiveMarking) set}; the cover's month and the file's fixed
 * creation date come from the timeline's {@link MilestoneKind#REPORT} milestone unless {@link #dated(OffsetDateTime)
 * dated} explicitly, so the same audit gives the same bytes.
 *
 * <pre>{@code
 * BusinessGroupReport.of(guardedAudit, tools)
 *         .status(ReportStatus.FINAL_DRAFT)
 *         .writePdf(out);
 * }</pre>
 */
public final class BusinessGroupReport implements RenderedDocument {
    /** The report's title, as its cover and the PDF's title bar show it. */
    public static final String TITLE = "Multi-Agency Case Audit: report to the Business Group";

    private final AnalysedAudit analysed;
    private final ReportStatus status;
    private final Optional<ProtectiveMarking> marking;
    private final Optional<OffsetDateTime> dated;
    private final PdfRenderer renderer;

    private BusinessGroupReport(
            AnalysedAudit analysed,
            ReportStatus status,
            Optional<ProtectiveMarking> marking,
            Optional<OffsetDateTime> dated,
            PdfRenderer renderer) {
        this.analysed = analysed;
        this.status = status;
        this.marking = marking;
        this.dated = dated;
        this.renderer = renderer;
    }

    /** The report of an analysed audit, as a final draft. */
    public static BusinessGroupReport of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new BusinessGroupReport(
                analysed, ReportStatus.FINAL_DRAFT, Optional.empty(), Optional.empty(), PdfRenderer.create());
    }

    /** The report of a guarded audit, analysed with its agencies' tools, as a final draft. */
    public static BusinessGroupReport of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /** This report with another status on its cover, e.g. {@link ReportStatus#FINAL} once approved. */
    public BusinessGroupReport status(ReportStatus value) {
        return new BusinessGroupReport(
                analysed, Objects.requireNonNull(value, "status is required but was null"), marking, dated, renderer);
    }

    /** This report with another protective marking than the scope's, on its cover and every page. */
    public BusinessGroupReport marking(ProtectiveMarking value) {
        return new BusinessGroupReport(
                analysed,
                status,
                Optional.of(Objects.requireNonNull(value, "marking is required but was null")),
                dated,
                renderer);
    }

    /** This report with an explicit creation date in its file, instead of the report month's first day at 09:00. */
    public BusinessGroupReport dated(OffsetDateTime created) {
        return new BusinessGroupReport(
                analysed,
                status,
                marking,
                Optional.of(Objects.requireNonNull(created, "created is required but was null")),
                renderer);
    }

    /** This report rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public BusinessGroupReport usePdfRenderer(PdfRenderer value) {
        return new BusinessGroupReport(
                analysed, status, marking, dated, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /**
     * The report as a document model, to inspect or render.
     *
     * @throws MissingContentException naming every piece of content the report needs and the audit lacks
     */
    @Override
    public Document toDocument() {
        ContentGaps gaps = new ContentGaps(AuditDocument.REPORT.label());
        gaps.addAll(DocumentNeeds.of(AuditDocument.REPORT, analysed.guarded().audit()));
        gaps.throwIfAny();
        Milestone report = analysed.guarded()
                .audit()
                .scope()
                .timeline()
                .first(MilestoneKind.REPORT)
                .orElseThrow();
        ProtectiveMarking shown = marking.orElseGet(() -> ProtectiveMarking.of(
                analysed.guarded().audit().scope().reportMarking().label()));
        return new ReportWriter(analysed).build(status, shown, dated.orElseGet(() -> Timing.created(report)), report);
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
