package dev.maca.report.documents;

import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.Recommendation;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report's recommendations and action plan: each recommendation SMART (owner by role, target date, a measure with
 * this audit's family-level baseline and the target at re-audit), and each action with its owner, date, status as at
 * the report and the day it was last updated, with the key to the statuses printed beneath.
 */
final class ReportPlan {
    private final Audit audit;
    private final AuditScope scope;
    private final LocalDate reportDay;
    private final MeasureWords measures;

    ReportPlan(Audit audit, PanelAnalysis panel, LocalDate reportDay) {
        this.audit = audit;
        this.scope = audit.scope();
        this.reportDay = reportDay;
        this.measures = new MeasureWords(scope, panel);
    }

    Section recommendations() {
        return Section.of("Recommendations", s -> {
            s.paragraph(Figures.capitalised(scope.governance().reportTo()) + " is asked to agree these recommendations."
                    + " Each names who owns it, by when, and how its impact will be measured"
                    + reaudit()
                            .map(m -> " at the re-audit in " + Timing.month(m.month()))
                            .orElse(" at re-audit")
                    + ", against what this audit found.");
            for (Recommendation r : audit.recommendations()) {
                s.paragraph(p -> p.bold(r.id() + ". ").text(r.text()));
                s.bullets(l -> {
                    String objectives = Figures.inWords(r.objectiveIds().stream()
                            .map(id -> scope.objective(id)
                                    .map(Objective::title)
                                    .map(Figures::lowerFirst)
                                    .orElse(id))
                            .toList());
                    if (!objectives.isEmpty()) {
                        l.item((r.objectiveIds().size() == 1 ? "Objective: " : "Objectives: ") + objectives + ".");
                    }
                    l.item("Owner: " + (r.ownerRole().isBlank() ? "to be agreed" : r.ownerRole()) + ".");
                    l.item("By: " + r.targetDate().map(Timing::day).orElse("to be agreed") + ".");
                    r.measure()
                            .ifPresent(m -> l.item(Paragraph.builder()
                                    .text("Measure: " + measure(m) + ".")
                                    .build()));
                });
            }
        });
    }

    /** A measure in words: "Father or partner seen and included by at least one agency: 6 of 15 families now; 12 aimed for". */
    String measure(ImpactMeasure measure) {
        return measures.of(measure);
    }

    Section actionPlan() {
        return Section.of("Action plan", s -> {
            s.paragraph(p -> p.text("Each action's status is as at " + Timing.day(reportDay) + ". An action is overdue"
                            + " once its target date has passed and it is not complete.")
                    .keepWithNext());
            s.table(t -> {
                t.caption("Action plan: each action, its owner, target date, status and last update")
                        .header("Ref", "Action", "Owner", "Target date", "Status", "Last update")
                        .widths(0.95f, 3.3f, 1.8f, 1.5f, 1.05f, 1.3f)
                        .rowHeaders();
                audit.recommendations().forEach(r -> r.actions()
                        .forEach(a -> t.row(
                                a.ref(),
                                text(a),
                                a.ownerRole().isBlank() ? "To be agreed" : a.ownerRole(),
                                a.targetDate().map(Timing::day).orElse("To be agreed"),
                                a.statusOn(reportDay).label(),
                                a.lastUpdated().map(Timing::day).orElse("None yet"))));
            });
            s.paragraph(p -> p.text("Key to the statuses:").keepWithNext());
            s.bullets(l -> {
                for (ActionStatus status : ActionStatus.values()) {
                    l.item(Paragraph.builder()
                            .bold(status.label() + ": ")
                            .text(status.meaning())
                            .build());
                }
            });
        });
    }

    private static String text(Action a) {
        return a.evidenceOfImpact().isBlank() ? a.text() : a.text() + " Evidence: " + a.evidenceOfImpact();
    }

    private Optional<Milestone> reaudit() {
        return scope.timeline().milestones().stream()
                .filter(m -> m.kind() == MilestoneKind.REAUDIT)
                .findFirst();
    }
}
