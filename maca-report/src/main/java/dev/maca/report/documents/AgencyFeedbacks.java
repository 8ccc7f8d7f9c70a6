package dev.maca.report.documents;

import dev.maca.privacy.GuardedAudit;
import dev.maca.report.pdf.PdfRenderer;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.MilestoneKind;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditDocument;
import dev.maca.validation.DocumentNeeds;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The single-agency feedback of an audit, one short document per agency that returned anything: what each agency
 * takes back — its own grades beside the grades the panel agreed, the good practice and areas for development its
 * auditors found, the immediate concerns it raised or owns, and its actions. Each document is about one agency alone
 * and compares it with no other; the multi-agency picture is the Business Group report's. OFFICIAL-SENSITIVE: the
 * documents name families by pseudonym.
 *
 * <p>Each document is dated from the timeline's {@link MilestoneKind#REPORT} milestone, the month the audit reports,
 * unless {@link #dated(OffsetDateTime) dated}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AgencyFeedbacks feedback = AgencyFeedbacks.of(analysedAudit);
 * feedback.feedback("police").writePdf(out);
 * for (AgencyFeedback one : feedback.all()) { one.writeHtml(htmlOut(one.agencyId())); }
 * }</pre>
 */
public final class AgencyFeedbacks {
    private final AnalysedAudit analysed;
    private final Optional<OffsetDateTime> dated;
    private final PdfRenderer renderer;

    private AgencyFeedbacks(AnalysedAudit analysed, Optional<OffsetDateTime> dated, PdfRenderer renderer) {
        this.analysed = analysed;
        this.dated = dated;
        this.renderer = renderer;
    }

    /** The feedback documents of an analysed audit. */
    public static AgencyFeedbacks of(AnalysedAudit analysed) {
        Objects.requireNonNull(analysed, "analysed audit is required but was null");
        return new AgencyFeedbacks(analysed, Optional.empty(), PdfRenderer.create());
    }

    /** The feedback documents of a guarded audit, analysed with its agencies' tools. */
    public static AgencyFeedbacks of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return of(AnalysedAudit.of(guarded, tools));
    }

    /** These documents with an explicit creation date in their files, instead of the report month's first day. */
    public AgencyFeedbacks dated(OffsetDateTime created) {
        return new AgencyFeedbacks(
                analysed, Optional.of(Objects.requireNonNull(created, "created is required but was null")), renderer);
    }

    /** These documents rendered by another PDF renderer, e.g. one with the partnership's logo. */
    public AgencyFeedbacks usePdfRenderer(PdfRenderer value) {
        return new AgencyFeedbacks(analysed, dated, Objects.requireNonNull(value, "renderer is required but was null"));
    }

    /** The ids of the agencies that returned anything for a family of the cohort, in the scope's order. */
    public List<String> agencyIds() {
        Set<String> cohort = analysed.guarded().audit().cohort().cohort().stream()
                .map(c -> c.id())
                .collect(Collectors.toSet());
        Set<String> returned = analysed.guarded().audit().returns().stream()
                .filter(r -> cohort.contains(r.caseId()))
                .map(AuditReturn::agencyId)
                .collect(Collectors.toSet());
        return analysed.guarded().audit().scope().agencies().stream()
                .map(AgencyRequirement::id)
                .filter(returned::contains)
                .toList();
    }

    /**
     * The feedback to one agency.
     *
     * @throws IllegalArgumentException when the agency returned nothing for a family of the cohort
     * @throws MissingContentException when the timeline has no report milestone to date it
     */
    public AgencyFeedback feedback(String agencyId) {
        Objects.requireNonNull(agencyId, "agencyId is required but was null");
        if (!agencyIds().contains(agencyId)) {
            throw new IllegalArgumentException("agency '" + agencyId + "' returned nothing for a family of the cohort"
                    + " of " + analysed.guarded().audit().scope().reference() + ", so it has no feedback; the agencies"
                    + " with feedback are " + agencyIds());
        }
        return new AgencyFeedback(agencyId, new AgencyFeedbackWriter(analysed), created(), renderer);
    }

    /**
     * The feedback to every agency that returned anything, in the scope's order.
     *
     * @throws MissingContentException when the timeline has no report milestone to date them
     */
    public List<AgencyFeedback> all() {
        OffsetDateTime created = created();
        AgencyFeedbackWriter writer = new AgencyFeedbackWriter(analysed);
        List<AgencyFeedback> all = new ArrayList<>();
        for (String agencyId : agencyIds()) {
            all.add(new AgencyFeedback(agencyId, writer, created, renderer));
        }
        return List.copyOf(all);
    }

    private OffsetDateTime created() {
        if (dated.isPresent()) {
            return dated.get();
        }
        ContentGaps gaps = new ContentGaps(AuditDocument.AGENCY_FEEDBACK.label());
        gaps.addAll(DocumentNeeds.of(
                AuditDocument.AGENCY_FEEDBACK, analysed.guarded().audit()));
        gaps.throwIfAny();
        return Timing.created(analysed.guarded()
                .audit()
                .scope()
                .timeline()
                .first(MilestoneKind.REPORT)
                .orElseThrow());
    }
}
