package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import dev.maca.validation.DocumentNeeds;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The learning disseminated at the Best Practice Seminar: one {@link LearningBrief 7-minute briefing} per objective,
 * built from the scope, the panel's findings, the analysis and the partnership's learning content.
 *
 * <p>Each objective has two shapes of brief ({@link BriefFormat}): the two-page 7-minute briefing ({@link #brief},
 * {@link #all}) and the one-page version for a team huddle ({@link #huddle}, {@link #huddles}). Both need, besides the
 * panel's findings and grades, the objective's learning content with a review date and a contact role, and every
 * resource with its address and the day it was checked.
 *
 * <p>Each brief is dated from the timeline's {@link MilestoneKind#SEMINAR} milestone unless {@link
 * #dated(OffsetDateTime) dated} explicitly. Content a brief needs and the audit lacks — or text that would name a
 * family — stops it with a {@link MissingContentException} listing every gap of every brief asked for. A brief
 * carries all of its text, in the PDF and the HTML alike: one that would run past {@link LearningBrief#MAX_PAGES} pages
 * (one, for a huddle) is refused the same way, naming the fields to shorten and by how much, never cut to fit.
 *
 * <pre>{@code
 * LearningBriefs briefs = LearningBriefs.of(guardedAudit, tools);
 * briefs.brief("fathers-and-males").writePdf(out);
 * for (LearningBrief brief : briefs.all()) { brief.writeHtml(htmlOut(brief.objective().id())); }
 * }</pre>
 */
public final class LearningBriefs {
    private final AnalysedAudit analysed;
    private final Optional<OffsetDateTime> dated;
    private final PdfRenderer renderer;

    private LearningBriefs(AnalysedAudit analysed, Optional<OffsetDateTime> dated, PdfRenderer renderer) {
        this.analysed = analysed;
        this.dated = dated;
        this.renderer = renderer;
    }

    /** The briefs of an analysed audit. */
    public static LearningBriefs of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new LearningBriefs(analysed, Optional.empty(), PdfRenderer.create());
    }

    /** The briefs of a guarded audit, analysed with its agencies' tools. */
    public static LearningBriefs of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /** These briefs with an explicit creation date in their files, instead of the seminar month's first day. */
    public LearningBriefs dated(OffsetDateTime created) {
        return new LearningBriefs(
                analysed, Optional.of(Objects.requireNonNull(created, "created is required but was null")), renderer);
    }

    /** These briefs rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public LearningBriefs usePdfRenderer(PdfRenderer value) {
        return new LearningBriefs(analysed, dated, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /**
     * The brief for one objective.
     *
     * @throws IllegalArgumentException when the scope has no such objective
     * @throws MissingContentException naming every piece of content the brief needs and the audit lacks
     */
    public LearningBrief brief(String objectiveId) {
        return build(List.of(objective(objectiveId)), BriefFormat.BRIEFING).get(0);
    }

    /**
     * One brief per objective, in the scope's order.
     *
     * @throws MissingContentException naming every gap of every brief at once
     */
    public List<LearningBrief> all() {
        return build(scope().objectives(), BriefFormat.BRIEFING);
    }

    /**
     * The one-page huddle version of the brief for one objective.
     *
     * @throws IllegalArgumentException when the scope has no such objective
     * @throws MissingContentException naming every piece of content the page needs and the audit lacks
     */
    public LearningBrief huddle(String objectiveId) {
        return build(List.of(objective(objectiveId)), BriefFormat.HUDDLE).get(0);
    }

    /**
     * One huddle page per objective, in the scope's order.
     *
     * @throws MissingContentException naming every gap of every page at once
     */
    public List<LearningBrief> huddles() {
        return build(scope().objectives(), BriefFormat.HUDDLE);
    }

    private Objective objective(String objectiveId) {
        Objects.requireNonNull(objectiveId, "objectiveId is required but was null");
        return scope().objective(objectiveId)
                .orElseThrow(() -> new IllegalArgumentException("the audit has no objective '" + objectiveId
                        + "'; its objectives are "
                        + scope().objectives().stream().map(Objective::id).toList()));
    }

    private dev.maca.scope.AuditScope scope() {
        return analysed.guarded().audit().scope();
    }

    private List<LearningBrief> build(List<Objective> objectives, BriefFormat format) {
        Audit audit = analysed.guarded().audit();
        ContentGaps gaps = new ContentGaps(format.label());
        gaps.addAll(DocumentNeeds.briefs(format.document(), audit, objectives));
        gaps.throwIfAny();
        Optional<Milestone> seminar = scope().timeline().first(MilestoneKind.SEMINAR);
        OffsetDateTime created = dated.orElseGet(() -> Timing.created(seminar.orElseThrow()));
        String subject = "Learning from the multi-agency case audit, "
                + Timing.month(seminar.orElseThrow().month());
        BriefWriter writer = new BriefWriter(analysed);
        List<LearningBrief> briefs = new ArrayList<>();
        ContentGaps tooLong = new ContentGaps(format.label());
        List<String> partners = scope().agencies().stream()
                .map(dev.maca.scope.AgencyRequirement::name)
                .toList();
        for (Objective objective : objectives) {
            LearningBrief brief = new LearningBrief(
                    objective,
                    format,
                    writer.parts(objective, format),
                    partners,
                    scope().partnership(),
                    subject,
                    created,
                    renderer);
            byte[] pdf = brief.toPdf();
            int pages = PageCount.of(pdf);
            if (pages > format.maxPages()) {
                BriefRoom.tooLong(audit, objective, format, pages, BriefRoom.wordsOver(pdf, format), tooLong);
            }
            briefs.add(brief);
        }
        tooLong.throwIfAny();
        return List.copyOf(briefs);
    }
}
