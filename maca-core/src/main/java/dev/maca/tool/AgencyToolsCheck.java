package dev.maca.tool;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.RegisteredAgency;
import dev.maca.audit.Audit;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import dev.maca.validation.AuditCheck;
import dev.maca.validation.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an audit against the agency modules a registry has loaded: every agency the scope requires has a module;
 * the returns answer their agency's tool ({@link ToolAnswersCheck}); and every objective can be judged by at least two
 * agencies' tools — one is a warning, none an error, each naming the themes the banks already serve and the plugin
 * question that would serve it.
 *
 * <p>A missing module is one problem among the others, not the end of validation: everything that does not need the
 * module is still checked, and only the returns of the agency without a module wait for it.
 *
 * <pre>{@code
 * ValidationReport report = AuditValidator.ready(Stage.FINAL_REPORT)
 *         .with(AgencyToolsCheck.of(AgencyRegistry.discover()))
 *         .validate(audit);
 * }</pre>
 */
public final class AgencyToolsCheck implements AuditCheck {
    private final AgencyRegistry registry;

    private AgencyToolsCheck(AgencyRegistry registry) {
        this.registry = registry;
    }

    /**
     * A check against the modules of this registry.
     *
     * @param registry the registry; never null
     */
    public static AgencyToolsCheck of(AgencyRegistry registry) {
        return new AgencyToolsCheck(Objects.requireNonNull(registry, "agency registry is required but was null"));
    }

    @Override
    public List<Problem> check(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        AuditScope scope = audit.scope();
        List<Problem> problems = new ArrayList<>();
        List<RegisteredAgency> loaded = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        List<String> required = scope.agencyIds();
        for (int a = 0; a < required.size(); a++) {
            String id = required.get(a);
            var agency = registry.agency(id);
            if (agency.isPresent()) {
                loaded.add(agency.get());
            } else if (missing.add(id)) {
                problems.add(missingModule(audit, id, a));
            }
        }
        Map<String, AuditTool> tools = AuditTools.assembleAll(scope, loaded);
        Set<String> waiting = new HashSet<>();
        for (int i = 0; i < audit.returns().size(); i++) {
            if (missing.contains(audit.returns().get(i).agencyId())) {
                waiting.add("/returns/" + i + "/agencyId");
            }
        }
        for (Problem problem : new ToolAnswersCheck(tools).check(audit)) {
            if (!waiting.contains(problem.path())) {
                problems.add(problem);
            }
        }
        problems.addAll(ObjectiveCoverage.check(scope, loaded, tools));
        return List.copyOf(problems);
    }

    private Problem missingModule(Audit audit, String id, int index) {
        long returns = audit.returns().stream()
                .map(AuditReturn::agencyId)
                .filter(id::equals)
                .count();
        String waiting = returns == 0
                ? ""
                : " Its " + returns + (returns == 1 ? " return is" : " returns are") + " not checked against its tool"
                        + " until the module is loaded; everything else has been.";
        return Problem.error(
                "/scope/agencies/" + index,
                "The scope requires agency '" + id + "', but no agency module provides it (modules loaded: "
                        + (registry.ids().isEmpty() ? "none" : String.join(", ", registry.ids())) + ")." + waiting,
                "Correct the agency id in the scope, or put the agency module's jar on the class path (run `maca"
                        + " agencies` to list the modules found).");
    }
}
