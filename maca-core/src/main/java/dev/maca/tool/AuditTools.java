package dev.maca.tool;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.RegisteredAgency;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles the audit tool each agency answers for an audit: the bank's questions whose themes meet the scope's
 * objectives, in bank order, then the {@link CoreQuestions}.
 *
 * <pre>{@code
 * Map<String, AuditTool> tools = AuditTools.assembleAll(scope, AgencyRegistry.discover());
 * }</pre>
 */
public final class AuditTools {
    private AuditTools() {}

    /**
     * The tool {@code agency} answers for the audit of {@code scope}: each bank question that meets at least one
     * objective, with the ids of the objectives it meets in scope order, and each question on a standing theme every
     * audit asks about ({@link Themes#STANDING}, such as learning from previous reviews), then the core questions. The version is a
     * checksum of the audit reference, the agency's id and version, and every question.
     *
     * @param scope the audit's scope; never null
     * @param agency the agency, as the registry loaded it; never null
     */
    public static AuditTool assemble(AuditScope scope, RegisteredAgency agency) {
        Objects.requireNonNull(scope, "audit scope is required but was null");
        Objects.requireNonNull(agency, "agency is required but was null");
        List<ToolQuestion> questions = new ArrayList<>();
        for (Question question : agency.bank().questions()) {
            List<String> objectiveIds = scope.objectives().stream()
                    .filter(objective -> objective.isMetBy(question.themes()))
                    .map(Objective::id)
                    .toList();
            if (!objectiveIds.isEmpty() || isStanding(question)) {
                questions.add(new ToolQuestion(question, objectiveIds));
            }
        }
        List<ToolQuestion> core = CoreQuestions.asToolQuestions();
        String version = ToolVersion.of(scope.reference(), agency.id(), agency.version(), questions, core);
        return new AuditTool(scope.reference(), agency.id(), agency.name(), agency.version(), version, questions, core);
    }

    /**
     * The one objective a question of a tool belongs under when a form or a pack shows each question once: the first
     * objective, in the scope's order, whose themes include the question's leading (first) theme — so a question about
     * fathers sits with the objective on fathers, not with the first objective its second theme happens to meet — else
     * the first objective it serves; empty for a question asked on a standing theme only.
     *
     * @param scope the audit's scope; never null
     * @param question a question of one of the audit's tools; never null
     */
    public static java.util.Optional<String> homeObjective(AuditScope scope, ToolQuestion question) {
        Objects.requireNonNull(scope, "audit scope is required but was null");
        Objects.requireNonNull(question, "question is required but was null");
        if (question.objectiveIds().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> themes = question.question().themes();
        String leading = themes.isEmpty() ? "" : themes.get(0);
        return scope.objectives().stream()
                .filter(o ->
                        question.objectiveIds().contains(o.id()) && o.themes().contains(leading))
                .map(Objective::id)
                .findFirst()
                .or(() -> java.util.Optional.of(question.objectiveIds().get(0)));
    }

    private static boolean isStanding(Question question) {
        return question.themes().stream().anyMatch(Themes.STANDING::contains);
    }

    /**
     * The tools for every agency the scope requires, keyed by agency id in the scope's order.
     *
     * @param scope the audit's scope; never null
     * @param registry the registry to resolve the scope's agencies in; never null
     * @throws dev.maca.agency.UnknownAgencyException naming every required agency the registry has not loaded
     */
    public static Map<String, AuditTool> assembleAll(AuditScope scope, AgencyRegistry registry) {
        Objects.requireNonNull(registry, "agency registry is required but was null");
        return assembleAll(scope, registry.resolve(scope));
    }

    /**
     * The tools for these agencies, keyed by agency id in the order given.
     *
     * @param scope the audit's scope; never null
     * @param agencies the agencies, usually {@link AgencyRegistry#resolve}'s result; never null
     */
    public static Map<String, AuditTool> assembleAll(AuditScope scope, List<RegisteredAgency> agencies) {
        Objects.requireNonNull(agencies, "agencies are required but were null");
        Map<String, AuditTool> tools = new LinkedHashMap<>();
        for (RegisteredAgency agency : agencies) {
            tools.put(agency.id(), assemble(scope, agency));
        }
        return Collections.unmodifiableMap(tools);
    }
}
