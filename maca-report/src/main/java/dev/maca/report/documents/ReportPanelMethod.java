package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Section;
import dev.maca.returns.AuditReturn;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of the report's method that say how the audit was done beyond the cohort: the records and who audited
 * them, how independent the auditors were, when the panel met and who sat on it (by agency and role, never by name),
 * how it moderated the agencies' grades, and whether families and practitioners were heard.
 */
final class ReportPanelMethod {
    private final Audit audit;
    private final AgencyNames agencies;
    private final CohortReviews reviews;
    private final List<AuditReturn> returns;

    ReportPanelMethod(Audit audit, AgencyNames agencies) {
        this.audit = audit;
        this.agencies = agencies;
        Set<String> cohort = new LinkedHashSet<>();
        audit.cohort().cohort().stream().map(CaseRecord::id).forEach(cohort::add);
        this.reviews = CohortReviews.of(audit);
        this.returns = audit.returns().stream()
                .filter(r -> cohort.contains(r.caseId()))
                .toList();
    }

    void addTo(Section.Builder s) {
        s.subheading("Records and auditors");
        long naming =
                returns.stream().filter(r -> !r.recordsExamined().isBlank()).count();
        long involved = returns.stream()
                .filter(r -> r.independence().map(i -> i.involved()).orElse(false))
                .count();
        long stated = returns.stream().filter(r -> r.independence().isPresent()).count();
        s.paragraph("Each agency's auditor read the agency's own record of the family for the audit period and the"
                + " weeks up to the audit, and completed the agency's audit tool. "
                + naming + " of the " + Figures.count(returns.size(), "return", "returns")
                + " say which records were examined. "
                + (stated == 0
                        ? "The returns do not say whether their auditors had worked with the families."
                        : Figures.capitalised(Figures.count((int) (stated - involved), "auditor", "auditors"))
                                + " had not worked with the family they audited"
                                + (involved == 0
                                        ? "."
                                        : "; " + involved + " had, and another auditor checked "
                                                + (involved == 1 ? "that return" : "those returns") + ".")));
        s.subheading("The multi-agency panel");
        if (reviews.reviews().isEmpty()) {
            s.paragraph("The panel has not yet reviewed the families.");
            return;
        }
        Set<YearMonth> months = new TreeSet<>();
        reviews.reviews().forEach(r -> months.add(r.met()));
        Set<String> from = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        for (PanelReview review : reviews.reviews()) {
            for (PanelAttendee attendee : review.attendees()) {
                attendee.agencyId()
                        .ifPresentOrElse(id -> from.add(agencies.name(id)), () -> roles.add(attendee.role()));
            }
        }
        long moderated = reviews.reviews().stream()
                .flatMap(r -> r.grades().values().stream())
                .filter(g -> g.moderation().isPresent())
                .count();
        long moderatedFamilies = reviews.reviews().stream()
                .filter(r -> r.grades().values().stream()
                        .anyMatch(g -> g.moderation().isPresent()))
                .count();
        List<String> parts = new ArrayList<>();
        from.forEach(parts::add);
        roles.forEach(role -> parts.add("the " + role));
        s.paragraph("The panel reviewed " + Figures.count(reviews.reviews().size(), "family", "families") + " in "
                + Figures.inWords(months.stream().map(Timing::month).toList()) + ". Its members came from "
                + Figures.inWords(parts) + ", each by role. For each family it read every agency's return side by"
                + " side, agreed one grade for each objective on the "
                + audit.scope().gradingScale().name()
                + " with its reasons, and, where the agencies' own grades were two or more apart, recorded the view"
                + " it reached and how"
                + (moderated == 0
                        ? ": no family needed it."
                        : ", for " + Figures.count((int) moderated, "objective", "objectives") + " in "
                                + Figures.count((int) moderatedFamilies, "family", "families") + "."));
        s.subheading("Families and practitioners");
        s.paragraph(Figures.capitalised(Figures.count(reviews.invited(), "family was", "families were"))
                + " invited to contribute and " + reviews.heard() + " took part; practitioners who worked with "
                + Figures.count(reviews.practitionersHeard().size(), "family", "families")
                + " spoke with the audit about what"
                + " helped and what got in the way.");
    }
}
