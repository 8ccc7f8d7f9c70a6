package dev.maca.report.documents;

import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AuditTool;
import java.util.Map;

/** An agency's name as documents print it: as the scope states it, else as its tool names it, else its id. */
final class AgencyNames {
    private final AuditScope scope;
    private final Map<String, AuditTool> tools;

    AgencyNames(AuditScope scope, Map<String, AuditTool> tools) {
        this.scope = scope;
        this.tools = tools;
    }

    String name(String agencyId) {
        return scope.agency(agencyId)
                .map(AgencyRequirement::name)
                .or(() -> java.util.Optional.ofNullable(tools.get(agencyId)).map(AuditTool::agencyName))
                .orElse(agencyId);
    }
}
