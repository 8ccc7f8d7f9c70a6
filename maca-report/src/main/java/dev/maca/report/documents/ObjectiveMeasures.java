package dev.maca.report.documents;

import dev.maca.analysis.MeasureAnalysis;
import dev.maca.analysis.MeasureQuestion;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.util.Map;

/**
 * Which shared measures belong to an objective: those carried by a question of the agencies' tools that serves it.
 * The report's findings and the objective's brief both choose their facts by this one rule, so the two never speak of
 * different measures for the same objective.
 */
final class ObjectiveMeasures {
    private ObjectiveMeasures() {}

    /** Whether a question of the agencies' tools that carries the measure serves this objective. */
    static boolean serves(MeasureAnalysis measure, Objective objective, Map<String, AuditTool> tools) {
        for (MeasureQuestion q : measure.questions()) {
            AuditTool tool = tools.get(q.agencyId());
            if (tool != null
                    && tool.question(q.questionId())
                            .filter(question -> question.objectiveIds().contains(objective.id()))
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }
}
