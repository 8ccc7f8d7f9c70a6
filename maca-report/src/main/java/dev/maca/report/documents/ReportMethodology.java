package dev.maca.report.documents;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.Exclusion;
import dev.maca.cohort.ExclusionReason;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
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
        return Section.of("Methodology", s -> {
            s.subheading("Cohort criteria and selection");
            if (!criteria.introduction().isBlank()) {
                s.paragraph(criteria.introduction());
            }
            s.bullets(l -> criteria.features().forEach(f -> l.item(f.label())));
            int candidates = selection.cohort().size() + selection.exclusions().size();
            s.paragraph(Figures.count(candidates, "candidate case was", "candidate cases were")
                    + " considered in the order the partnership listed them, and the first "
                    + criteria.targetSize() + " that met every criterion were selected: the cohort is "
                    + Figures.count(selection.cohort().size(), "case", "cases") + ". "
                    + exclusionSummary()
                    + " Appendix C lists every candidate and why it was or was not selected.");
            selection.shortfallWarning().ifPresent(s::paragraph);
            s.subheading("Agencies");
            if (!scope.agenciesIntroduction().isBlank()) {
                s.paragraph(scope.agenciesIntroduction());
            }
            s.bullets(l -> scope.agencies().forEach(a -> l.item(agencies.name(a.id()))));
            s.paragraph("Each agency audited its own record of every cohort case it was involved in, with an audit"
                    + " tool of questions drawn from its practice standards (Appendix A), from a single-agency"
                    + " perspective with inter-agency working taken into consideration. A multi-agency panel then"
                    + " discussed the cases and agreed the findings.");
            s.subheading("Grading");
            s.paragraph("Practice was judged on the " + scale.name() + ": "
                    + Figures.inWords(scale.grades().stream().map(Grade::label).toList())
                    + ". " + scale.label(scale.expectedStandard()) + " or better meets the expected standard; a case"
                    + " with any judgement below it is a case of concern. Appendix B defines each grade.");
            s.subheading("Timeline");
            s.table(t -> {
                t.caption("The audit's timeline")
                        .header("Milestone", "Month", "Status")
                        .widths(4, 1.4f, 1.2f);
                for (Milestone milestone : scope.timeline().milestones()) {
                    t.row(
                            milestone.description(),
                            Timing.month(milestone.month()),
                            milestone.completedOn().map(d -> "Completed").orElse("Planned"));
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

    private String exclusionSummary() {
        List<Exclusion> exclusions = selection.exclusions();
        if (exclusions.isEmpty()) {
            return "No candidate was excluded.";
        }
        Map<ExclusionReason.Kind, Integer> byKind = new EnumMap<>(ExclusionReason.Kind.class);
        for (Exclusion exclusion : exclusions) {
            exclusion.reasons().stream()
                    .map(ExclusionReason::kind)
                    .distinct()
                    .forEach(kind -> byKind.merge(kind, 1, Integer::sum));
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, count) -> parts.add(count + " " + describe(kind)));
        return Figures.count(exclusions.size(), "candidate was", "candidates were") + " excluded ("
                + Figures.inWords(parts) + ").";
    }

    private static String describe(ExclusionReason.Kind kind) {
        return switch (kind) {
            case MISSING_FEATURE -> "lacked a required feature";
            case NO_ENGAGEMENT -> "had no key service involved in the period";
            case COHORT_FULL -> "met the criteria after the cohort was full";
            case DUPLICATE_ID -> "repeated a case already listed";
        };
    }

    Section cohortProfile() {
        List<CaseRecord> cohort = selection.cohort();
        int size = cohort.size();
        return Section.of("Cohort profile", s -> {
            s.paragraph("The " + Figures.count(size, "case", "cases") + " of the cohort had these features (a case"
                    + " may have several).");
            s.table(t -> {
                t.caption("Case features of the cohort")
                        .header("Feature", "Cases", "Share")
                        .widths(4, 1, 1);
                for (String feature : features(cohort)) {
                    long count = cohort.stream()
                            .filter(c -> c.features().contains(feature))
                            .count();
                    t.row(label(feature), String.valueOf(count), percent((int) count, size));
                }
            });
            // The make-up rows are fixed, so a row no case has would print "0 (0%)": it is left out of the table and
            // named in a sentence instead, so the reader knows it was looked for.
            Map<String, Predicate<CaseRecord>> makeUp = new LinkedHashMap<>();
            makeUp.put(
                    "An unborn baby during the audit period", c -> !c.unborn().isEmpty());
            // A baby is counted once born: under one at any time from the start of the period to the audit itself.
            EngagementRequirement period = scope.cohortCriteria().engagement();
            YearMonth audited = scope.timeline()
                    .first(MilestoneKind.AUDIT)
                    .map(Milestone::month)
                    .filter(month -> month.isAfter(period.to()))
                    .orElse(period.to());
            makeUp.put(
                    "A baby under 1 (born by the time of the audit)",
                    c -> c.hasBabyUnderOneDuring(period.from(), audited));
            makeUp.put(
                    "A birth father or other male in the household recorded",
                    c -> c.adults().stream().map(AdultRecord::role).anyMatch(r -> r.isMale()));
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
                    t.caption("Family make-up of the cohort")
                            .header("Family make-up", "Cases", "Share")
                            .widths(4, 1, 1);
                    present.forEach((label, count) -> t.row(label, String.valueOf(count), percent(count, size)));
                });
            }
            if (!absent.isEmpty()) {
                s.paragraph("No case in the cohort had " + orList(absent) + ".");
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
