package dev.maca.tool;

import static dev.maca.model.Preconditions.list;

import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which questions each agency's tool asks for each objective of an audit — the matrix the report's appendix prints —
 * with a warning wherever a required agency asks nothing about an objective.
 *
 * @param objectiveIds the scope's objectives, in scope order
 * @param agencyIds the agencies with a tool, in the order of the tools given
 * @param matrix objective id → agency id → the ids of the tool's questions serving it (possibly empty), both in order
 * @param problems a warning for each required agency with no question for an objective, and for each required agency
 *     with no tool
 */
public record Coverage(
        List<String> objectiveIds,
        List<String> agencyIds,
        Map<String, Map<String, List<String>>> matrix,
        List<Problem> problems) {
    public Coverage {
        objectiveIds = list(objectiveIds, "coverage objectiveIds");
        agencyIds = list(agencyIds, "coverage agencyIds");
        Objects.requireNonNull(matrix, "coverage matrix is required but was null");
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        matrix.forEach((objective, row) -> {
            Map<String, List<String>> rowCopy = new LinkedHashMap<>();
            row.forEach((agency, ids) -> rowCopy.put(agency, List.copyOf(ids)));
            copy.put(objective, Collections.unmodifiableMap(rowCopy));
        });
        matrix = Collections.unmodifiableMap(copy);
        problems = list(problems, "coverage problems");
    }

    /**
     * The coverage of {@code scope}'s objectives by {@code tools}.
     *
     * @param scope the audit's scope; never null
     * @param tools the tools by agency id, as {@link AuditTools#assembleAll} gives them; never null
     */
    public static Coverage of(AuditScope scope, Map<String, AuditTool> tools) {
        Objects.requireNonNull(scope, "audit scope is required but was null");
        Objects.requireNonNull(tools, "tools are required but were null");
        List<String> objectiveIds =
                scope.objectives().stream().map(Objective::id).toList();
        Map<String, Map<String, List<String>>> matrix = new LinkedHashMap<>();
        for (String objectiveId : objectiveIds) {
            Map<String, List<String>> row = new LinkedHashMap<>();
            tools.forEach((agencyId, tool) -> row.put(
                    agencyId,
                    tool.questionsFor(objectiveId).stream()
                            .map(ToolQuestion::id)
                            .toList()));
            matrix.put(objectiveId, row);
        }
        List<Problem> problems = new java.util.ArrayList<>();
        List<String> required = scope.agencyIds();
        for (int a = 0; a < required.size(); a++) {
            String agencyId = required.get(a);
            if (!tools.containsKey(agencyId)) {
                problems.add(Problem.warning(
                        "/scope/agencies/" + a,
                        "Agency '" + agencyId + "' must contribute but has no audit tool, so it covers no objective.",
                        "Load the agency's module and assemble its tool with AuditTools.assembleAll."));
                continue;
            }
            for (int o = 0; o < scope.objectives().size(); o++) {
                Objective objective = scope.objectives().get(o);
                if (matrix.get(objective.id()).get(agencyId).isEmpty()) {
                    problems.add(Problem.warning(
                            "/scope/objectives/" + o,
                            "Agency '" + agencyId + "' must contribute but its tool has no question for objective '"
                                    + objective.id() + "'.",
                            "Add questions to the " + agencyId + " question bank with one of the objective's themes ("
                                    + String.join(", ", objective.themes()) + "), or add one of its questions' themes"
                                    + " to the objective."));
                }
            }
        }
        return new Coverage(objectiveIds, List.copyOf(tools.keySet()), matrix, problems);
    }

    /** The ids of the questions {@code agencyId}'s tool asks for {@code objectiveId}; empty when none or unknown. */
    public List<String> questions(String objectiveId, String agencyId) {
        return matrix.getOrDefault(objectiveId, Map.of()).getOrDefault(agencyId, List.of());
    }

    /** Whether {@code agencyId}'s tool asks at least one question for {@code objectiveId}. */
    public boolean isCovered(String objectiveId, String agencyId) {
        return !questions(objectiveId, agencyId).isEmpty();
    }

    /** The agencies whose tools ask at least one question for {@code objectiveId}, in order. */
    public List<String> agenciesCovering(String objectiveId) {
        return agencyIds.stream().filter(a -> isCovered(objectiveId, a)).toList();
    }
}
