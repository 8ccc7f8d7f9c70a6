package dev.maca.report.documents;

import dev.maca.analysis.ConcernSummary;
import dev.maca.analysis.ObjectivePanelGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.ReportContent;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The front of the report: its document control (version, date, status, author by role, distribution, handling and
 * the approval route from the scope's governance), the executive summary that answers the commissioning question in
 * the panel's words before the headline family-level figures, and the background and purpose as the scope states them.
 */
final class ReportSummary {
    private final Audit audit;
    private final AuditScope scope;
    private final PanelAnalysis panel;

    ReportSummary(Audit audit, PanelAnalysis panel) {
        this.audit = audit;
        this.scope = audit.scope();
        this.panel = panel;
    }

    Section documentControl(ReportStatus status, LocalDate day) {
        ReportContent content = audit.report().orElseThrow();
        DocumentControl control = content.control();
        return Section.of(
                "Document control",
                s -> s.table(t -> {
                    t.caption("Version, status, author, distribution and approval route")
                            .header("Item", "Detail")
                            .widths(1.4f, 4)
                            .rowHeaders();
                    t.row("Title", BusinessGroupReport.TITLE);
                    t.row("Audit reference", scope.reference());
                    t.row("Version", control.version());
                    t.row("Date", Timing.day(day));
                    t.row("Status", status.label());
                    t.row("Author", control.authorRole());
                    if (!control.distribution().isEmpty()) {
                        t.row("Distribution", String.join("; ", control.distribution()));
                    }
                    if (!control.handling().isBlank()) {
                        t.row("Handling", control.handling());
                    }
                    t.row(
                            "Commissioned by",
                            Figures.capitalised(scope.governance().commissionedBy()));
                    t.row(
                            "Approval route",
                            Figures.capitalised(
                                    String.join(", then ", scope.governance().approvalRoute())));
                }));
    }

    Section executiveSummary() {
        GradingScale scale = scope.gradingScale();
        int families = audit.cohort().cohort().size();
        return Section.of("Executive summary", s -> {
            s.paragraph(scope.partnership() + " audited how "
                    + Figures.count(scope.agencies().size(), "agency", "agencies")
                    + " worked with " + Figures.count(families, "family", "families") + ". Each agency graded its own"
                    + " record; the multi-agency panel then reviewed every family together, agreed one grade for each"
                    + " objective and wrote down why.");
            scope.commissioningQuestion().ifPresent(q -> {
                s.subheading("The question asked");
                s.paragraph(Figures.capitalised(scope.governance().commissionedBy()) + " asked: " + q);
            });
            s.subheading("Conclusion");
            audit.report().ifPresent(r -> r.conclusion().forEach(s::paragraph));
            s.subheading("The panel's grades");
            s.table(t -> {
                t.caption("The families the panel graded " + ScaleWords.atOrAbove(scale) + " and "
                                + ScaleWords.below(scale) + ", by objective")
                        .header(
                                "Objective",
                                Figures.capitalised(ScaleWords.atOrAbove(scale)),
                                Figures.capitalised(ScaleWords.below(scale)),
                                "Not applicable or not graded")
                        .widths(3.4f, 1.3f, 1.3f, 1.3f)
                        .rowHeaders();
                for (Objective objective : scope.objectives()) {
                    ObjectivePanelGrades grades =
                            panel.objective(objective.id()).orElseThrow();
                    t.row(
                            objective.title(),
                            String.valueOf(grades.atOrAboveExpected().count()),
                            String.valueOf(grades.belowExpected().count()),
                            String.valueOf(grades.notApplicable().count()
                                    + grades.notGraded().count()));
                }
            });
            ConcernSummary concerns = panel.concerns();
            if (concerns.total() > 0) {
                s.paragraph("Auditors and the panel found "
                        + Figures.count(concerns.total(), "concern", "concerns") + ", in "
                        + Figures.count(concerns.families().count(), "family", "families")
                        + ", about a child at risk now. Each was acted on when it was found; "
                        + (concerns.open() == 0
                                ? "all are now closed."
                                : concerns.closed() + " " + (concerns.closed() == 1 ? "is" : "are") + " closed and "
                                        + concerns.open() + " still open.")
                        + " The section on immediate concerns says more.");
            }
            s.callout("Decisions asked of " + scope.governance().reportTo(), c -> {
                List<String> asks = new ArrayList<>();
                if (!audit.recommendations().isEmpty()) {
                    asks.add("Agree the "
                            + Figures.count(audit.recommendations().size(), "recommendation", "recommendations")
                            + " and the action plan, and the owners named in them.");
                }
                scope.timeline()
                        .first(MilestoneKind.REAUDIT)
                        .ifPresent(m -> asks.add("Agree the re-audit in " + Timing.month(m.month())
                                + ", against the baselines in this report."));
                if (panel.concerns().open() > 0) {
                    asks.add("Note the "
                            + Figures.count(panel.concerns().open(), "immediate concern", "immediate concerns")
                            + " still open, and ask to be told when "
                            + (panel.concerns().open() == 1 ? "it closes." : "they close."));
                }
                List<String> route = scope.governance().approvalRoute();
                if (route.size() > 1) {
                    asks.add("Send the report on to " + Figures.inWords(route.subList(1, route.size()))
                            + " for approval.");
                }
                c.bullets(l -> asks.forEach(l::item));
            });
            s.subheading("Key messages");
            s.bullets(l -> {
                for (Objective objective : scope.objectives()) {
                    audit.findingsFor(objective.id())
                            .map(ObjectiveFindings::keyMessage)
                            .filter(m -> !m.isBlank())
                            .ifPresent(m -> l.item(Paragraph.builder()
                                    .bold(objective.title() + ". ")
                                    .text(m)
                                    .build()));
                }
            });
        });
    }

    Section background() {
        return Section.of("Background and purpose", s -> {
            scope.background().forEach(s::paragraph);
            if (!scope.purposeIntroduction().isBlank()) {
                s.paragraph(scope.purposeIntroduction());
            }
            s.bullets(l -> scope.purposes().forEach(l::item));
            if (!scope.objectivesIntroduction().isBlank()) {
                s.paragraph(scope.objectivesIntroduction());
            }
            s.numbered(l -> scope.objectives().forEach(o -> l.item(o.statement())));
        });
    }
}
