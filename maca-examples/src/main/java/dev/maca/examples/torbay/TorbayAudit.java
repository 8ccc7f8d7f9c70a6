package dev.maca.examples.torbay;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelector;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Torbay Multi-Agency Case Audit as a worked example a newcomer can hold in their hands: the scope exactly as the
 * partnership wrote it, thirty invented candidate families, the synthetic returns of the agencies involved in the
 * fifteen selected, the multi-agency panel's review of each of them with the concerns that needed action at once, and
 * the panel's findings, recommendations and learning content, and what the partnership wrote for its report.
 *
 * <pre>{@code
 * Audit audit = TorbayAudit.audit(AgencyRegistry.discover());
 * ValidationReport report = AuditValidator.standard()
 *         .forStage(Stage.FINAL_REPORT)
 *         .with(new ToolAnswersCheck(TorbayAudit.tools(AgencyRegistry.discover())))
 *         .validate(audit);
 * }</pre>
 *
 * <p>The audit is as it stood when the final draft went to the Business Group in May 2021: every baby expected before
 * the audit is born ({@link TorbayBirths}); every return answers the core questions of the current tools, each child
 * described in turn; the panel met in April ({@link TorbayPanel}); and of the five immediate concerns ({@link
 * TorbayConcerns}) one is still open, so validation warns about it.
 *
 * <p>Everything about the families is invented: no real person, school, GP practice, street or date of birth. The
 * scope gives its timeline in months only; the example assumes {@value TorbayScope#AUDIT_YEAR_VALUE} ({@link
 * TorbayScope#AUDIT_YEAR}).
 */
public final class TorbayAudit {
    private TorbayAudit() {}

    /** The scope, word for word as the Torbay scope document states it. */
    public static AuditScope scope() {
        return TorbayScope.scope();
    }

    /** The thirty invented candidate families, in the order the partnership listed them. */
    public static List<CaseRecord> candidates() {
        return TorbayCandidates.candidates();
    }

    /** The audit tools of the scope's eight agencies, assembled from the modules {@code registry} loaded. */
    public static Map<String, AuditTool> tools(AgencyRegistry registry) {
        Objects.requireNonNull(registry, "agency registry is required but was null");
        return AuditTools.assembleAll(scope(), registry);
    }

    /**
     * The whole audit, its returns answering the tools of the agencies {@code registry} loaded.
     *
     * @throws dev.maca.agency.UnknownAgencyException when the registry lacks one of the scope's agencies
     */
    public static Audit audit(AgencyRegistry registry) {
        return audit(tools(registry));
    }

    /**
     * The whole audit, its returns answering these tools; an agency without a tool sends no returns, but the panel's
     * reviews and the immediate concerns are the same whatever the tools.
     *
     * @param tools the audit tools by agency id, e.g. from {@link #tools(AgencyRegistry)}; never null
     */
    public static Audit audit(Map<String, AuditTool> tools) {
        Objects.requireNonNull(tools, "audit tools are required but were null");
        AuditScope scope = scope();
        List<CaseRecord> candidates = candidates();
        List<CaseRecord> cohort =
                CohortSelector.select(scope.cohortCriteria(), candidates).cohort();
        List<AuditReturn> returns = TorbayReturns.generate(cohort, tools);
        return new Audit(
                scope,
                candidates,
                returns,
                TorbayPanel.reviews(cohort),
                TorbayConcerns.concerns(),
                TorbayFindings.findings(),
                TorbayRecommendations.recommendations(),
                TorbayLearning.learning(),
                Optional.of(TorbayReport.content()));
    }
}
