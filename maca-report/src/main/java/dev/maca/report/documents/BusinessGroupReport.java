package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import dev.maca.validation.JsonPointer;
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
        ContentGaps gaps = new ContentGaps("report to the Business Group");
        Optional<Milestone> month = Timing.milestone(
                analysed.guarded().audit().scope().timeline(),
                MilestoneKind.REPORT,
                gaps,
                "the" + " month the report is presented");
        check(analysed, gaps);
        gaps.throwIfAny();
        Milestone report = month.orElseThrow();
        ProtectiveMarking shown = marking.orElseGet(() -> ProtectiveMarking.of(
                analysed.guarded().audit().scope().reportMarking().label()));
        return new ReportWriter(analysed).build(status, shown, dated.orElseGet(() -> Timing.created(report)), report);
    }

    private static void check(AnalysedAudit analysed, ContentGaps gaps) {
        Audit audit = analysed.guarded().audit();
        AuditScope scope = audit.scope();
        JsonPointer scopeAt = JsonPointer.root().append("scope");
        gaps.requireNonEmpty(
                scope.background(),
                scopeAt.append("background"),
                "a background",
                "Add the background (e.g. the Rapid Review that led to the audit) to the scope.");
        gaps.requireNonEmpty(
                scope.purposes(), scopeAt.append("purposes"), "the audit's purposes", "Add the purposes to the scope.");
        gaps.requireNonEmpty(
                scope.objectives(), scopeAt.append("objectives"), "at least one objective", "Add the objectives.");
        gaps.requireNonEmpty(
                audit.cohort().cohort(),
                JsonPointer.root().append("candidates"),
                "a cohort of at least one case",
                "Add candidate cases that meet the cohort criteria.");
        for (Objective objective : scope.objectives()) {
            Optional<ObjectiveFindings> findings = audit.findingsFor(objective.id());
            if (findings.isEmpty()) {
                gaps.missing(
                        JsonPointer.root().append("findings"),
                        "the panel's findings for objective '" + objective.id() + "' (" + objective.title() + ")",
                        "Add findings with the objectiveId '" + objective.id() + "': a grade, a key message, a"
                                + " narrative, good practice and areas for development.");
            } else {
                FindingsCheck.report(objective, findings.get(), audit.findings().indexOf(findings.get()), gaps);
            }
            FindingsCheck.panelGraded(objective, analysed.analysis(), gaps);
        }
        if (audit.report().isEmpty()) {
            gaps.missing(
                    JsonPointer.root().append("report"),
                    "its document control and the panel's conclusion",
                    "Add \"report\" with the document control (version, author's role, distribution) and the conclusion"
                            + " that answers the commissioning question.");
        } else {
            gaps.requireNonEmpty(
                    audit.report().get().conclusion(),
                    JsonPointer.root().append("report").append("conclusion"),
                    "the panel's conclusion",
                    "Write the panel's answer to the commissioning question, one paragraph per entry.");
        }
        checkRecommendations(audit, gaps);
    }

    private static void checkRecommendations(Audit audit, ContentGaps gaps) {
        JsonPointer at = JsonPointer.root().append("recommendations");
        gaps.requireNonEmpty(
                audit.recommendations(),
                at,
                "at least one recommendation for its recommendations and action plan",
                "Add the recommendations the Business Group is asked to own, each with its actions.");
        for (int r = 0; r < audit.recommendations().size(); r++) {
            Recommendation recommendation = audit.recommendations().get(r);
            JsonPointer rAt = at.append(r);
            gaps.requireNonEmpty(
                    recommendation.actions(),
                    rAt.append("actions"),
                    "at least one action for recommendation " + recommendation.id(),
                    "Add the actions that deliver it: what, the owner's role, target date and status.");
            for (int a = 0; a < recommendation.actions().size(); a++) {
                Action action = recommendation.actions().get(a);
                JsonPointer aAt = rAt.append("actions").append(a);
                if (action.ownerRole().isBlank()) {
                    gaps.missing(
                            aAt.append("ownerRole"),
                            "an owner for action " + action.ref(),
                            "Name the role that owns action " + action.ref()
                                    + ", e.g. \"Partnership Business Manager\".");
                }
                if (action.targetDate().isEmpty()) {
                    gaps.missing(
                            aAt.append("targetDate"),
                            "a target date for action " + action.ref(),
                            "Give action " + action.ref() + " the day it is due.");
                }
            }
        }
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
