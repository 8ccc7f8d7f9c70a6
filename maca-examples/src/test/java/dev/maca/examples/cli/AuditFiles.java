package dev.maca.examples.cli;

import dev.maca.audit.Audit;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.Recommendation;
import dev.maca.cohort.CaseRecord;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.json.AuditJson;
import dev.maca.returns.AuditReturn;
import dev.maca.tool.AuditTool;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Audit files for the command tests: the Torbay audit, and a small one of its first cases. */
final class AuditFiles {
    private static final Map<String, AuditTool> TOOLS = TorbayAudit.tools(Cli.registry());
    private static final Audit TORBAY = TorbayAudit.audit(TOOLS);

    private AuditFiles() {}

    /** The agencies' tools for the Torbay audit. */
    static Map<String, AuditTool> tools() {
        return TOOLS;
    }

    /** The whole Torbay audit. */
    static Audit torbay() {
        return TORBAY;
    }

    /** The Torbay audit cut down to the first {@code cases} cases of its cohort and their returns. */
    static Audit small(int cases) {
        List<CaseRecord> kept = TORBAY.cohort().cohort().subList(0, cases);
        Set<String> ids = kept.stream().map(CaseRecord::id).collect(Collectors.toSet());
        List<AuditReturn> returns =
                TORBAY.returns().stream().filter(r -> ids.contains(r.caseId())).toList();
        return new Audit(
                TORBAY.scope(),
                kept,
                returns,
                TORBAY.panelReviews().stream()
                        .filter(r -> ids.contains(r.caseId()))
                        .toList(),
                TORBAY.immediateConcerns().stream()
                        .filter(c -> ids.contains(c.caseId()))
                        .toList(),
                TORBAY.findings(),
                TORBAY.recommendations().stream()
                        .map(r -> withTargetsAtMost(r, cases))
                        .toList(),
                TORBAY.learning(),
                TORBAY.report());
    }

    /** The recommendation with its measure's target no larger than a cohort of {@code families}. */
    private static Recommendation withTargetsAtMost(Recommendation r, int families) {
        return new Recommendation(
                r.id(),
                r.text(),
                r.objectiveIds(),
                r.ownerRole(),
                r.targetDate(),
                r.measure()
                        .map(m -> new ImpactMeasure(
                                m.sharedMeasure(), m.objectiveId(), Math.min(m.targetFamilies(), families))),
                r.actions());
    }

    /** Writes an audit to {@code dir/name} and returns the file. */
    static Path write(Audit audit, Path dir, String name) {
        Path file = dir.resolve(name);
        AuditJson.write(audit, file);
        return file;
    }
}
