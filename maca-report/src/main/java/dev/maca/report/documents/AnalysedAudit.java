package dev.maca.report.documents;

import static dev.maca.model.Preconditions.map;
import static dev.maca.model.Preconditions.present;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.privacy.GuardedAudit;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.util.Map;

/**
 * What every document is built from: an audit that has passed the privacy guard, its agencies' tools (for the
 * appendix of questions) and its analysis (for every figure).
 *
 * <p>{@link #of(GuardedAudit, Map)} computes the analysis; a host that has already analysed the audit may pass its
 * own to the constructor, which checks that it analyses the same objectives.
 *
 * @param guarded the audit, as the privacy guard let it through
 * @param tools each agency's audit tool by agency id
 * @param analysis the figures of the audit
 */
public record AnalysedAudit(GuardedAudit guarded, Map<String, AuditTool> tools, AuditAnalysis analysis) {
    public AnalysedAudit {
        present(guarded, "guarded audit");
        tools = map(tools, "tools");
        present(analysis, "analysis");
        var objectives =
                guarded.audit().scope().objectives().stream().map(Objective::id).toList();
        var analysed = analysis.objectives().stream().map(ObjectiveAnalysis::id).toList();
        if (!objectives.equals(analysed)) {
            throw new IllegalArgumentException("the analysis is of objectives " + analysed
                    + " but the audit's objectives are " + objectives + "; analyse this audit with AnalysedAudit.of");
        }
    }

    /** The audit analysed with these tools. */
    public static AnalysedAudit of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        present(guarded, "guarded audit");
        present(tools, "tools");
        return new AnalysedAudit(guarded, tools, AuditAnalysis.of(guarded.audit(), tools));
    }
}
