package dev.maca.report.documents;

import dev.maca.privacy.GuardedAudit;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditDocument;
import dev.maca.validation.DocumentNeeds;
import java.util.Map;
import java.util.Objects;

/**
 * The annex to the report to the Business Group: each agency's audit questions, the grading scale with its
 * definitions, and every candidate case with why it was or was not selected — what a reader checks, kept out of the
 * report the Business Group reads.
 *
 * <pre>{@code
 * ReportAnnex.of(guardedAudit, tools).writePdf(out);
 * }</pre>
 */
public final class ReportAnnex implements RenderedDocument {
    /** The annex's title, as its cover and the PDF's title bar show it. */
    public static final String TITLE = "Multi-Agency Case Audit: annex to the report";

    private final AnalysedAudit analysed;
    private final PdfRenderer renderer;

    private ReportAnnex(AnalysedAudit analysed, PdfRenderer renderer) {
        this.analysed = analysed;
        this.renderer = renderer;
    }

    /** The annex of an analysed audit. */
    public static ReportAnnex of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new ReportAnnex(analysed, PdfRenderer.create());
    }

    /** The annex of a guarded audit, analysed with its agencies' tools. */
    public static ReportAnnex of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /** This annex rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public ReportAnnex usePdfRenderer(PdfRenderer value) {
        return new ReportAnnex(analysed, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /**
     * The annex as a document model.
     *
     * @throws MissingContentException when the timeline has no month the report is presented
     */
    @Override
    public Document toDocument() {
        AuditScope scope = analysed.guarded().audit().scope();
        ContentGaps gaps = new ContentGaps(AuditDocument.ANNEX.label());
        gaps.addAll(DocumentNeeds.of(AuditDocument.ANNEX, analysed.guarded().audit()));
        gaps.throwIfAny();
        Milestone report = scope.timeline().first(MilestoneKind.REPORT).orElseThrow();
        AgencyNames agencies = new AgencyNames(scope, analysed.tools());
        ReportAppendices appendices =
                new ReportAppendices(analysed, analysed.guarded().audit().cohort(), agencies);
        return Document.builder(TITLE, Timing.created(report))
                .author(scope.partnership())
                .subject("Annex to the report of multi-agency case audit " + scope.reference() + ": audit questions,"
                        + " grading scale and cohort selection")
                .keywords("multi-agency case audit", "safeguarding children", scope.reference())
                .marking(ProtectiveMarking.of(scope.reportMarking().label()))
                .cover(c -> c.subtitle("Audit reference: " + scope.reference())
                        .partnership(scope.partnership())
                        .status("Annex to the report")
                        .date("Presented to " + scope.governance().reportTo() + ", " + Timing.month(report.month())))
                .section("Contents", s -> s.tableOfContents().pageBreak())
                .section(appendices.questions())
                .section(appendices.gradingDefinitions())
                .section(appendices.cohortSelection())
                .build();
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
