package dev.maca.report.documents;

import static dev.maca.model.Preconditions.map;
import static dev.maca.model.Preconditions.present;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.privacy.GuardedAudit;
import dev.maca.tool.AuditTool;
import java.util.Map;

/**
 * What every document is built from: an audit that has passed the privacy guard, its agencies' tools (for the
 * appendix of questions) and its analysis (for every figure).
 *
 * <p>The analysis is always computed here, from the guarded audit: an analysis carries text (case pseudonyms, objective
 * statements), so one computed elsewhere from an unguarded audit could carry what the guard removed. Instances are
 * immutable and safe to share between threads.
 */
public final class AnalysedAudit {
    private final GuardedAudit guarded;
    private final Map<String, AuditTool> tools;
    private final AuditAnalysis analysis;

    private AnalysedAudit(GuardedAudit guarded, Map<String, AuditTool> tools) {
        this.guarded = present(guarded, "guarded audit");
        this.tools = map(tools, "tools");
        this.analysis = AuditAnalysis.of(guarded.audit(), this.tools);
    }

    /**
     * The guarded audit analysed with these tools.
     *
     * @param guarded the audit, as the privacy guard let it through; never null
     * @param tools each agency's audit tool by agency id, e.g. from {@code AuditTools.assembleAll}; never null
     */
    public static AnalysedAudit of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return new AnalysedAudit(guarded, tools);
    }

    /** The audit, as the privacy guard let it through. */
    public GuardedAudit guarded() {
        return guarded;
    }

    /** Each agency's audit tool by agency id. */
    public Map<String, AuditTool> tools() {
        return tools;
    }

    /** The figures of the audit. */
    public AuditAnalysis analysis() {
        return analysis;
    }
}
