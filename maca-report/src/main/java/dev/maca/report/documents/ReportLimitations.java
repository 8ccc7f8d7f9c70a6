package dev.maca.report.documents;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.CompletenessRate;
import dev.maca.analysis.FamilyCount;
import dev.maca.audit.Audit;
import dev.maca.audit.ReportContent;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.report.document.Section;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's limitations: those the data shows (a records-based audit, self-assessment before moderation, small
 * numbers, practice judged months later, auditors involved in their own cases, returns missing, families the panel did
 * not review) generated only where they apply, then the panel's own.
 */
final class ReportLimitations {
    private final Audit audit;
    private final AuditAnalysis analysis;

    ReportLimitations(Audit audit, AuditAnalysis analysis) {
        this.audit = audit;
        this.analysis = analysis;
    }

    Section section() {
        List<String> limits = new ArrayList<>();
        int families = audit.cohort().cohort().size();
        limits.add("The audit read what agencies recorded. Work that was done but not written down could not be seen,"
                + " and a good record is not proof of good practice.");
        if (!audit.returns().isEmpty()) {
            limits.add("Each agency first graded its own practice. The panel moderated those grades family by family,"
                    + " so the figures in this report are the panel's, but the evidence before it was each agency's own"
                    + " account of its record.");
        }
        if (families < FamilyCount.MIN_FOR_PERCENT) {
            limits.add("With " + Figures.count(families, "family", "families") + ", figures are given as counts, not"
                    + " percentages: a difference of one or two families is not a trend.");
        }
        limits.add("The families were the first " + families + " in the order the partnership listed the candidates"
                + " that met every criterion: not a random or risk-stratified sample, so they show what practice can be"
                + " like, not how often each finding occurs across the partnership.");
        lateness().ifPresent(limits::add);
        long involved = audit.returns().stream()
                .filter(r -> r.independence().map(i -> i.involved()).orElse(false))
                .count();
        if (involved > 0) {
            limits.add(Figures.capitalised(Figures.count((int) involved, "return was", "returns were"))
                    + " completed by an auditor who had been involved in the case; another auditor checked "
                    + (involved == 1 ? "it" : "them") + " before the panel.");
        }
        CompletenessRate overall = analysis.completeness().overall();
        if (!overall.missing().isEmpty()) {
            limits.add(
                    Figures.capitalised(Figures.count(overall.missing().size(), "expected return", "expected returns"))
                            + " did not arrive, so the panel judged those families without that agency's account of its"
                            + " record.");
        }
        FamilyCount reviewed = analysis.panel().reviewed();
        if (reviewed.count() < reviewed.families()) {
            limits.add("The panel reviewed " + reviewed.count() + " of the " + reviewed.families() + " families; the"
                    + " others have no agreed grade.");
        }
        audit.report().map(ReportContent::limitations).orElse(List.of()).stream()
                .filter(l -> !l.isBlank())
                .forEach(limits::add);
        return Section.of("Limitations", s -> s.bullets(l -> limits.forEach(l::item)));
    }

    /** "Practice from January to December 2020 was judged in April 2021, up to 15 months later ...", where it was. */
    private java.util.Optional<String> lateness() {
        EngagementRequirement period = audit.scope().cohortCriteria().engagement();
        return audit.scope()
                .timeline()
                .first(MilestoneKind.AUDIT)
                .map(Milestone::month)
                .filter(month -> month.isAfter(period.to()))
                .map(month -> "Practice from " + span(period.from(), period.to()) + " was judged in "
                        + Timing.month(month) + ", up to "
                        + ChronoUnit.MONTHS.between(period.from(), month) + " months later, with what is known now."
                        + " The panel judged it against the expectations of the time, not of today.");
    }

    private static String span(YearMonth from, YearMonth to) {
        return from.equals(to) ? Timing.month(from) : Timing.month(from) + " to " + Timing.month(to);
    }
}
