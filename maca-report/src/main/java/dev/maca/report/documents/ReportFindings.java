package dev.maca.report.documents;

import dev.maca.analysis.GradeCount;
import dev.maca.analysis.MeasureAnalysis;
import dev.maca.analysis.ModeratedGrade;
import dev.maca.analysis.ModerationComparison;
import dev.maca.analysis.ObjectivePanelGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's findings for one objective, standing on the panel's record with the family as the unit: the panel's
 * grades for the families, what it found in its own words, what the families' records show on the shared measures
 * that serve the objective, how the agencies' own grades compared with the panel's (never agency by agency), good
 * practice, areas for development, and a disguised case illustration the panel agreed may be quoted.
 */
final class ReportFindings {
    /** At most this many shared measures are shown per objective: the report gives a few facts, not a table of all. */
    private static final int MEASURES_PER_OBJECTIVE = 3;

    private final Audit audit;
    private final AuditScope scope;
    private final PanelAnalysis panel;
    private final Map<String, AuditTool> tools;
    private final ReportIllustrations illustrations;

    ReportFindings(Audit audit, PanelAnalysis panel, Map<String, AuditTool> tools) {
        this.audit = audit;
        this.scope = audit.scope();
        this.panel = panel;
        this.tools = tools;
        this.illustrations = new ReportIllustrations(audit, panel);
    }

    Section section(int index, int tableNumber) {
        Objective objective = scope.objectives().get(index);
        ObjectiveFindings findings = audit.findingsFor(objective.id()).orElseThrow();
        ObjectivePanelGrades grades = panel.objective(objective.id()).orElseThrow();
        return Section.of("Findings: " + objective.title(), s -> {
            s.paragraph(p -> p.text("Objective " + (index + 1) + ": ").italic(objective.statement()));
            s.callout("Key message", c -> c.paragraph(findings.keyMessage()));
            s.table(t -> {
                t.caption("Table " + tableNumber + ": the panel's grades for the "
                                + grades.notGraded().families() + " families, " + Figures.lowerFirst(objective.title()))
                        .header("The panel's grade", "Families")
                        .widths(3, 1)
                        .rowHeaders();
                for (GradeCount g : grades.grades()) {
                    t.row(g.grade().label(), String.valueOf(g.count()));
                }
                if (grades.notApplicable().count() > 0) {
                    t.row(
                            "Not applicable",
                            String.valueOf(grades.notApplicable().count()));
                }
                if (grades.notGraded().count() > 0) {
                    t.row(
                            "Not graded by the panel",
                            String.valueOf(grades.notGraded().count()));
                }
            });
            s.subheading("What the panel found");
            findings.narrative().forEach(s::paragraph);
            List<MeasureAnalysis> measures = measuresFor(objective);
            if (!measures.isEmpty()) {
                s.table(t -> {
                    t.caption("What the families' records show for " + Figures.lowerFirst(objective.title()))
                            .header("In the record", "At least one agency", "Partly", "No agency", "Not asked or N/A")
                            .widths(3.2f, 1.2f, 0.9f, 1, 1.2f)
                            .rowHeaders();
                    for (MeasureAnalysis m : measures) {
                        t.row(
                                m.measure().label(),
                                String.valueOf(m.anyAgency().count()),
                                String.valueOf(m.partly().count()),
                                String.valueOf(m.noAgency().count()),
                                String.valueOf(
                                        m.notAsked().count() + m.notApplicable().count()));
                    }
                });
            }
            moderation(objective)
                    .ifPresent(rows -> s.table(t -> {
                        t.caption("The agencies' own grades against the panel's, "
                                        + Figures.lowerFirst(objective.title()))
                                .header("Families where", "Families")
                                .widths(4, 1)
                                .rowHeaders();
                        rows.forEach(t::row);
                    }));
            s.subheading("Good practice");
            s.bullets(l -> findings.goodPractice().forEach(l::item));
            s.subheading("Areas for development");
            s.bullets(l -> findings.areasForDevelopment().forEach(l::item));
            illustrations
                    .forObjective(objective.id())
                    .ifPresent(text -> s.callout("Case illustration", c -> c.paragraph(text)));
        });
    }

    /** The shared measures a question serving this objective carries, in the analysis's order, a few at most. */
    private List<MeasureAnalysis> measuresFor(Objective objective) {
        List<MeasureAnalysis> found = new ArrayList<>();
        for (MeasureAnalysis measure : panel.measures()) {
            if (found.size() < MEASURES_PER_OBJECTIVE
                    && ObjectiveMeasures.serves(measure, objective, tools)
                    && asked(measure)) {
                found.add(measure);
            }
        }
        return found;
    }

    private static boolean asked(MeasureAnalysis measure) {
        return measure.notAsked().count() + measure.notApplicable().count()
                < measure.anyAgency().families();
    }

    /** Rows of families by how the panel's grade stood against the agencies' own, or empty when none compared. */
    private Optional<List<List<String>>> moderation(Objective objective) {
        List<ModerationComparison> comparisons = panel.moderationOf(objective.id());
        Set<String> compared = new LinkedHashSet<>();
        Set<String> lower = new LinkedHashSet<>();
        Set<String> lowerByTwo = new LinkedHashSet<>();
        Set<String> higher = new LinkedHashSet<>();
        for (ModerationComparison comparison : comparisons) {
            for (ModeratedGrade pair : comparison.pairs()) {
                String family = pair.family().id();
                compared.add(family);
                // difference > 0: the agency graded itself that many grades better than the panel did
                if (pair.difference() > 0) {
                    lower.add(family);
                }
                if (pair.difference() >= 2) {
                    lowerByTwo.add(family);
                }
                if (pair.difference() < 0) {
                    higher.add(family);
                }
            }
        }
        if (compared.isEmpty()) {
            return Optional.empty();
        }
        int all = compared.size();
        Set<String> agreedWithAll = new LinkedHashSet<>(compared);
        agreedWithAll.removeAll(lower);
        agreedWithAll.removeAll(higher);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Families with at least one agency's own grade to compare", String.valueOf(all)));
        rows.add(List.of("The panel's grade matched every agency's own", String.valueOf(agreedWithAll.size())));
        rows.add(List.of("The panel graded lower than at least one agency had", String.valueOf(lower.size())));
        rows.add(List.of("... of them, two or more grades lower", String.valueOf(lowerByTwo.size())));
        rows.add(List.of("The panel graded higher than at least one agency had", String.valueOf(higher.size())));
        return Optional.of(rows);
    }
}
