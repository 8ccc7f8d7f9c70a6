package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgeRange;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildAge;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.SelectionMethod;
import dev.maca.cohort.StratumField;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The standard checks of the cohort rules: an age range that holds an age, a selection method whose values fit its
 * kind (a seed only for a random draw, a known stratum field only for stratified selection), and children whose
 * recorded age can be set against the range.
 *
 * <p>Messages name the child by pseudonym and the age band or age in years, never a birth month, and never repeat a
 * text typed into the stratum field.
 */
final class CohortRuleChecks {
    private static final JsonPointer CRITERIA =
            JsonPointer.root().append("scope").append("cohortCriteria");
    private static final String FIELD_FORMS = "\"age-band\" (the youngest child's age band), \"agency:<agency-id>\""
            + " (e.g. \"agency:childrens-services\") or \"feature:<feature-id>\" (e.g. \"feature:domestic-abuse\")";

    private CohortRuleChecks() {}

    static void check(Audit audit, List<Problem> problems) {
        CohortCriteria criteria = audit.scope().cohortCriteria();
        criteria.childAge().ifPresent(range -> checkRange(range, problems));
        criteria.method().ifPresent(method -> checkMethod(audit, method, problems));
        criteria.childAge()
                .filter(AgeRange::isOrdered)
                .ifPresent(range -> checkChildren(audit, criteria, range, problems));
    }

    private static void checkRange(AgeRange range, List<Problem> problems) {
        if (!range.isOrdered()) {
            problems.add(Problem.error(
                    CRITERIA.append("childAge").toString(),
                    "The children's age range runs from " + range.fromYears() + " down to " + range.toYears()
                            + ", so it holds no age and no family can meet it.",
                    "Give the youngest age as \"fromYears\" and the oldest as \"toYears\", e.g. 5 and 11 for"
                            + " \"aged 5 to 11\"."));
        }
    }

    private static void checkMethod(Audit audit, SelectionMethod method, List<Problem> problems) {
        JsonPointer at = CRITERIA.append("method");
        if (method.kind() == SelectionMethod.Kind.IN_LISTED_ORDER
                && method.seed().isPresent()) {
            problems.add(Problem.error(
                    at.append("seed").toString(),
                    "The method takes families in the order listed, so the seed would be ignored and the report"
                            + " could not truthfully name it.",
                    "Set \"kind\" to \"SEEDED_RANDOM\" to draw at random with this seed, or remove \"seed\"."));
        }
        if (method.kind() != SelectionMethod.Kind.STRATIFIED) {
            method.stratifyBy()
                    .ifPresent(field -> problems.add(Problem.error(
                            at.append("stratifyBy").toString(),
                            "The method (" + method.kind() + ") does not stratify, so the stratum field would be"
                                    + " ignored.",
                            "Set \"kind\" to \"STRATIFIED\" to share the cohort among its strata, or remove"
                                    + " \"stratifyBy\".")));
            return;
        }
        String field = method.stratifyBy().orElse("");
        if (field.isBlank()) {
            problems.add(Problem.error(
                    at.append("stratifyBy").toString(),
                    "The stratum field is empty, so the families cannot be put into strata.",
                    "Name the case field to stratify by: " + FIELD_FORMS + "."));
            return;
        }
        Optional<StratumField> parsed = StratumField.parse(field);
        if (parsed.isEmpty()) {
            problems.add(Problem.error(
                    at.append("stratifyBy").toString(),
                    "The stratum field is not one MACA can stratify by.",
                    "Write one of " + FIELD_FORMS + "."));
        } else if (parsed.get() instanceof StratumField.AgencyInvolved agency
                && !audit.scope().agencyIds().contains(agency.agencyId())) {
            problems.add(Problem.warning(
                    at.append("stratifyBy").toString(),
                    "The cohort is stratified by agency '" + agency.agencyId() + "', which is not one of the scope's"
                            + " agencies.",
                    "Use one of " + audit.scope().agencyIds() + ", or check the agency id."));
        }
    }

    private static void checkChildren(Audit audit, CohortCriteria criteria, AgeRange range, List<Problem> problems) {
        YearMonth from = criteria.engagement().from();
        YearMonth end = criteria.engagement().to();
        JsonPointer candidates = JsonPointer.root().append("candidates");
        for (int i = 0; i < audit.candidates().size(); i++) {
            CaseRecord family = audit.candidates().get(i);
            List<ChildAge> ages = ChildAge.of(family, end);
            boolean shownInRange = ages.stream().anyMatch(a -> a.placement(range) == ChildAge.Placement.IN);
            for (int c = 0; c < family.children().size(); c++) {
                ChildRecord child = family.children().get(c);
                JsonPointer at = candidates.append(i).append("children").append(c);
                if (child.born().isEmpty()) {
                    boolean straddles = !range.containsAll(child.ageBand()) && !range.excludesAll(child.ageBand());
                    if (straddles && !shownInRange) {
                        problems.add(Problem.warning(
                                at.append("born").toString(),
                                family.pseudonym() + ": " + child.pseudonym() + "'s age band ("
                                        + child.ageBand().label() + ") is partly outside the cohort's age range ("
                                        + range.label() + "), so the record cannot show the child is in it and the"
                                        + " family is excluded.",
                                "Add \"born\": the child's month and year of birth as YYYY-MM, never the day."));
                    }
                    continue;
                }
                checkBand(family, child, from, end, at, problems);
            }
        }
    }

    /** A birth month whose age fits the band at neither end of the period, or that falls after it, is a slip. */
    private static void checkBand(
            CaseRecord family,
            ChildRecord child,
            YearMonth from,
            YearMonth end,
            JsonPointer at,
            List<Problem> problems) {
        OptionalInt atEnd = child.ageIn(end);
        if (atEnd.isEmpty()) {
            problems.add(Problem.warning(
                    at.append("born").toString(),
                    family.pseudonym() + ": " + child.pseudonym() + " is recorded as born after the engagement period"
                            + " ends.",
                    "Check the birth month; a baby born during the audit is recorded under \"unborn\" with its"
                            + " \"birth\"."));
            return;
        }
        OptionalInt atStart = child.ageIn(from);
        AgeBand band = child.ageBand();
        boolean fitsEnd = fits(band, atEnd.getAsInt());
        boolean fitsStart = atStart.isPresent() && fits(band, atStart.getAsInt());
        if (!fitsEnd && !fitsStart) {
            problems.add(Problem.warning(
                    at.append("ageBand").toString(),
                    family.pseudonym() + ": " + child.pseudonym() + " is " + atEnd.getAsInt() + " at the end of the"
                            + " engagement period by the birth month recorded, outside the age band "
                            + band.label() + ".",
                    "Correct the age band or the birth month so that they agree."));
        }
    }

    private static boolean fits(AgeBand band, int years) {
        return years >= band.minYears() && years <= band.maxYears();
    }
}
