package dev.maca.report.documents;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The report's account of how the audit was done (cohort, agencies, grading, timeline) and whom it looked at. */
final class ReportMethodology {
    private final AnalysedAudit analysed;
    private final AuditScope scope;
    private final CohortSelection selection;
    private final AgencyNames agencies;

    ReportMethodology(AnalysedAudit analysed, CohortSelection selection, AgencyNames agencies) {
        this.analysed = analysed;
        this.scope = analysed.guarded().audit().scope();
        this.selection = selection;
        this.agencies = agencies;
    }

    Section section() {
        CohortCriteria criteria = scope.cohortCriteria();
        GradingScale scale = scope.gradingScale();
        return Section.of("Method", s -> {
            new ReportCohortMethod(criteria, selection, agencies).addTo(s);
            s.subheading("Agencies");
            s.paragraph("These agencies took part:");
            s.bullets(l -> scope.agencies().forEach(a -> l.item(agencies.name(a.id()))));
            s.paragraph("Each agency audited its own record of every cohort family it was involved with, using an"
                    + " audit tool of questions drawn from its practice standards (the annex lists them), from a"
                    + " single-agency perspective with inter-agency working taken into consideration.");
            new ReportPanelMethod(analysed.guarded().audit(), agencies).addTo(s);
            s.subheading("Grading");
            s.paragraph("Practice was judged on the " + scale.name() + ": "
                    + Figures.inWords(scale.grades().stream().map(Grade::label).toList())
                    + ". " + Figures.capitalised(ScaleWords.atOrAbove(scale))
                    + " meets the expected standard. The annex"
                    + " defines each grade.");
            s.subheading("Timeline");
            s.table(t -> {
                t.caption("The audit's timeline")
                        .header("Milestone", "Month", "Status")
                        .widths(4, 1.4f, 1.2f);
                for (Milestone milestone : scope.timeline().milestones()) {
                    t.row(milestone.description(), Timing.month(milestone.month()), status(milestone));
                }
            });
            if (analysed.guarded().isRedacted()) {
                int count = analysed.guarded().redactionCount();
                s.paragraph("Personal data: the privacy guard replaced "
                        + Figures.count(count, "value", "values")
                        + " in the auditors' free text with a marker before this report was produced.");
            }
        });
    }

    /** Complete when recorded so, or when the audit holds its work (returns, panel reviews); otherwise planned. */
    private String status(Milestone milestone) {
        var audit = analysed.guarded().audit();
        boolean done = milestone.completedOn().isPresent()
                || (milestone.kind() == MilestoneKind.AUDIT && !audit.returns().isEmpty())
                || (milestone.kind() == MilestoneKind.PANEL
                        && !audit.panelReviews().isEmpty());
        if (done) {
            return "Complete";
        }
        return milestone.kind() == MilestoneKind.REPORT ? "This report" : "Planned";
    }

    Section cohortProfile() {
        List<CaseRecord> cohort = selection.cohort();
        int size = cohort.size();
        return Section.of("Cohort profile", s -> {
            boolean shares = size >= dev.maca.analysis.FamilyCount.MIN_FOR_PERCENT;
            s.paragraph("The " + Figures.count(size, "family", "families") + " of the cohort had these features (a"
                    + " family may have several).");
            s.table(t -> {
                t.caption("Features of the cohort's families");
                if (shares) {
                    t.header("Feature", "Families", "Share").widths(4, 1, 1);
                } else {
                    t.header("Feature", "Families").widths(4, 1);
                }
                for (String feature : features(cohort)) {
                    int count = (int) cohort.stream()
                            .filter(c -> c.features().contains(feature))
                            .count();
                    t.row(row(label(feature), count, size, shares));
                }
            });
            // The make-up rows are fixed, so a row no case has would print "0 (0%)": it is left out of the table and
            // named in a sentence instead, so the reader knows it was looked for.
            Map<String, Predicate<CaseRecord>> makeUp = new LinkedHashMap<>();
            makeUp.put(
                    "An unborn baby during the audit period", c -> !c.unborn().isEmpty());
            makeUp.put("A baby born by the time of the audit", c -> c.unborn().stream()
                    .anyMatch(u -> u.birth().isPresent()));
            makeUp.put(
                    "Two or more adult men in or around the household",
                    c -> c.adults().stream()
                                    .map(AdultRecord::role)
                                    .filter(r -> r.isMale())
                                    .count()
                            >= 2);
            Map<String, Integer> present = new LinkedHashMap<>();
            List<String> absent = new ArrayList<>();
            makeUp.forEach((label, test) -> {
                int count = (int) cohort.stream().filter(test).count();
                if (count == 0) {
                    absent.add(Figures.lowerFirst(label));
                } else {
                    present.put(label, count);
                }
            });
            if (!present.isEmpty()) {
                s.table(t -> {
                    t.caption("Family make-up of the cohort");
                    if (shares) {
                        t.header("Family make-up", "Families", "Share").widths(4, 1, 1);
                    } else {
                        t.header("Family make-up", "Families").widths(4, 1);
                    }
                    present.forEach((label, count) -> t.row(row(label, count, size, shares)));
                });
            }
            if (!absent.isEmpty()) {
                s.paragraph("No family in the cohort had " + orList(absent) + ".");
            }
        });
    }

    /** Items joined as alternatives: "a", "a or b", "a, b or c". */
    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static List<String> row(String label, int count, int size, boolean shares) {
        return shares
                ? List.of(label, String.valueOf(count), percent(count, size))
                : List.of(label, String.valueOf(count));
    }

    private static String percent(int count, int size) {
        return size == 0
                ? "–"
                : new dev.maca.analysis.Proportion(count, size).percent().getAsInt() + "%";
    }

    private static Set<String> features(List<CaseRecord> cohort) {
        Set<String> features = new LinkedHashSet<>();
        cohort.forEach(c -> features.addAll(c.features()));
        return features;
    }

    private String label(String feature) {
        for (FeatureRequirement requirement : scope.cohortCriteria().features()) {
            if (requirement.anyOf().equals(List.of(feature))) {
                return requirement.label();
            }
        }
        String words = feature.replace('-', ' ');
        return Figures.capitalised(words);
    }
}
