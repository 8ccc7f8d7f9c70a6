package dev.maca.agencies;

import dev.maca.agency.AgencyRegistry;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.Timeline;
import dev.maca.spi.AgencyModule;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.tool.ToolQuestion;
import java.time.YearMonth;
import java.util.List;

/**
 * Thematic audits for the bank tests: a scope with one objective on the given themes, invented for the test and tied
 * to no partnership, and the tool one agency would answer for it.
 */
final class ThematicAudits {
    private ThematicAudits() {}

    /** A scope with a single objective on these themes, requiring only {@code module}'s agency. */
    static AuditScope on(AgencyModule module, String... themes) {
        return AuditScope.builder()
                .reference("MACA THEME")
                .partnership("Test Safeguarding Children Partnership")
                .title("A thematic audit")
                .objectives(List.of(new Objective(
                        "theme", "The theme", "Understand how well practice addressed the theme.", List.of(themes))))
                .cohortCriteria(new CohortCriteria(
                        6,
                        "",
                        List.of(new FeatureRequirement("School-age child", List.of("school-age"))),
                        new EngagementRequirement(
                                "engagement through 2024", YearMonth.of(2024, 1), YearMonth.of(2024, 12), List.of())))
                .agencies(List.of(new AgencyRequirement(module.id(), module.name())))
                .timeline(Timeline.of(
                        Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in March", YearMonth.of(2025, 3))))
                .build();
    }

    /** The ids of the bank questions {@code module}'s tool asks in an audit on these themes, in bank order. */
    static List<String> questionIds(AgencyModule module, String... themes) {
        AgencyRegistry registry =
                AgencyRegistry.builder().withoutDiscovery().register(module).build();
        AuditTool tool = AuditTools.assemble(
                on(module, themes), registry.agency(module.id()).orElseThrow());
        return tool.questions().stream().map(ToolQuestion::id).toList();
    }
}
