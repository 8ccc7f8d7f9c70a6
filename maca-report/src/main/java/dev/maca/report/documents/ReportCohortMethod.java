package dev.maca.report.documents;

import dev.maca.cohort.AgeRange;
import dev.maca.cohort.CaseFlag;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.Exclusion;
import dev.maca.cohort.ExclusionReason;
import dev.maca.cohort.SelectionMethod;
import dev.maca.cohort.StratumAllocation;
import dev.maca.cohort.StratumField;
import dev.maca.report.document.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's account of how the cohort was identified and chosen: the criteria (features, engagement, children's
 * ages, exclusion rules), the selection method with its seed or strata, and the exclusions counted by family — a
 * family left out for two reasons is one family excluded, said so.
 */
final class ReportCohortMethod {
    private static final String[] SMALL = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
    };

    private final CohortCriteria criteria;
    private final CohortSelection selection;
    private final AgencyNames agencies;

    ReportCohortMethod(CohortCriteria criteria, CohortSelection selection, AgencyNames agencies) {
        this.criteria = criteria;
        this.selection = selection;
        this.agencies = agencies;
    }

    void addTo(Section.Builder s) {
        s.subheading("Cohort criteria and selection");
        // The scope's own sentences look forward ("to be identified"); the report says what was done.
        if (!criteria.features().isEmpty()) {
            s.paragraph("The cohort was drawn from families in which each of the following was a feature:");
            s.bullets(l -> criteria.features().forEach(f -> l.item(f.label())));
        }
        s.paragraph(eligibility());
        s.paragraph(choice() + " " + exclusionSummary() + " The annex lists every candidate and why it was or was not"
                + " selected.");
        selection.shortfallWarning().ifPresent(s::paragraph);
    }

    /** What else made a family eligible: engagement in the period, a child of the age, and no exclusion rule. */
    private String eligibility() {
        EngagementRequirement engagement = criteria.engagement();
        String period = Figures.period(engagement.from(), engagement.to());
        StringBuilder text = new StringBuilder("Each family had to show " + engagement.description() + " ("
                + (engagement.keyServices().isEmpty() ? "an agency" : "a key service")
                + " involved at some time in the period " + period + ").");
        criteria.childAge().ifPresent(range -> text.append(' ').append(ageRule(range)));
        if (!criteria.exclusionRules().isEmpty()) {
            text.append(" Families were excluded where ")
                    .append(orList(criteria.exclusionRules().stream()
                            .map(ReportCohortMethod::ruleInThePast)
                            .toList()))
                    .append(" when the cohort was chosen.");
        }
        return text.toString();
    }

    private String ageRule(AgeRange range) {
        String month =
                Figures.period(criteria.engagement().to(), criteria.engagement().to());
        return "At least one child had to be " + range.label() + " in " + month + " (the last month of the period),"
                + " counted from the child's month of birth where it was recorded and otherwise from the child's age"
                + " band.";
    }

    private static String ruleInThePast(CaseFlag flag) {
        return switch (flag) {
            case LIVE_CARE_PROCEEDINGS -> "care proceedings were live";
            case CURRENT_PRACTICE_REVIEW -> "a practice review of the family (such as a rapid review or a child"
                    + " safeguarding practice review) was under way";
            case INDEX_FAMILY -> "the family was the index family of the review that led to the audit";
        };
    }

    /** How the cohort was chosen from the eligible families, with its seed or its strata. */
    private String choice() {
        SelectionMethod method = criteria.selectionMethod();
        int candidates = selection.candidateCount();
        int eligible = selection.eligibleCount();
        int chosen = selection.cohort().size();
        String cohort = Figures.count(chosen, "family", "families");
        String from = "from the " + Figures.count(eligible, "eligible family", "eligible families") + " of "
                + Figures.count(candidates, "candidate", "candidates");
        return switch (method.kind()) {
            case IN_LISTED_ORDER -> Figures.count(candidates, "candidate family was", "candidate families were")
                    + " considered in the order the partnership listed them, and the first "
                    + criteria.targetSize() + " that met every criterion were selected: the cohort is " + cohort
                    + ".";
            case SEEDED_RANDOM -> "The cohort of " + cohort + " was chosen at random with seed "
                    + method.seed().orElseThrow() + " " + from + ", by the seeded draw the annex sets out, so that"
                    + " anyone can repeat it.";
            case STRATIFIED -> "The cohort of " + cohort + " was chosen " + from + ", stratified by "
                    + StratumField.parse(method.stratifyBy().orElseThrow())
                            .map(field -> field.describe(agencies::name))
                            .orElse("one stratum")
                    + ", with the places shared in proportion to the eligible families in each stratum (largest"
                    + " remainder): " + strata() + ". Within each stratum the families were "
                    + method.seed()
                            .map(seed -> "chosen at random with seed " + seed + ", by the seeded draw the annex sets"
                                    + " out")
                            .orElse("taken in the order the partnership listed them")
                    + ".";
        };
    }

    private String strata() {
        List<String> parts = new ArrayList<>();
        for (StratumAllocation stratum : selection.strata()) {
            parts.add(stratum.label() + ", " + stratum.allotted() + " of " + stratum.eligible());
        }
        return String.join("; ", parts);
    }

    /**
     * The exclusions counted by family, then by kind of reason: "15 candidate families were excluded, two of them for
     * more than one reason: 11 lacked a required feature, …". The counts by kind may add up to more than the families,
     * and the sentence says why.
     */
    private String exclusionSummary() {
        List<Exclusion> exclusions = selection.exclusions();
        if (exclusions.isEmpty()) {
            return "No candidate was excluded.";
        }
        Map<ExclusionReason.Kind, Integer> byKind = new EnumMap<>(ExclusionReason.Kind.class);
        exclusions.forEach(e -> e.kinds().forEach(kind -> byKind.merge(kind, 1, Integer::sum)));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, count) -> parts.add(count + " " + describe(kind, count == 1 ? "was" : "were")));
        long several = exclusions.stream().filter(e -> e.kinds().size() > 1).count();
        String families =
                Figures.count(exclusions.size(), "candidate family was", "candidate families were") + " excluded";
        String overlap = several == 0
                ? ""
                : several == exclusions.size()
                        ? (exclusions.size() == 1 ? "" : ", each") + " for more than one reason"
                        : ", " + small(several) + " of them for more than one reason";
        if (byKind.size() == 1) {
            return families + ": " + Figures.inWords(parts) + ".";
        }
        return families + overlap + ": " + Figures.inWords(parts) + ".";
    }

    private static String small(long count) {
        return count < SMALL.length ? SMALL[(int) count] : String.valueOf(count);
    }

    /** What the families excluded for a kind of reason had in common, with {@code be} agreeing with their number. */
    private String describe(ExclusionReason.Kind kind, String be) {
        return switch (kind) {
            case MISSING_FEATURE -> "lacked a required feature";
            case NO_ENGAGEMENT -> "had no key service involved in the period";
            case AGE_OUT_OF_RANGE -> "had no child "
                    + criteria.childAge().map(AgeRange::label).orElse("of the age") + " at the end of the period";
            case LIVE_CARE_PROCEEDINGS -> "had live care proceedings";
            case CURRENT_PRACTICE_REVIEW -> "had a practice review under way";
            case INDEX_FAMILY -> be + " the index family of the review";
            case COHORT_FULL -> "met the criteria after the cohort was full";
            case NOT_DRAWN -> "met every criterion but " + be + " not drawn";
            case DUPLICATE_ID -> "repeated a case already listed";
        };
    }

    /** Items joined as alternatives: "a", "a or b", "a, b or c". */
    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
