package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.UnbornRecord;
import dev.maca.returns.AuditorIndependence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When each auditor completed the return, what they read, and whether they were independent of the case: what every
 * return says about the audit itself.
 *
 * <p>The records are those each agency holds, named as its auditor would name them (never a system's product name),
 * for the family members the agency knew, over the months of its involvement from January 2020 (from the start of the
 * pregnancy for midwifery and Children's Services) to the audit in April 2021. Only records that exist are named:
 * conference minutes where there was a conference, MARAC notices where the family went to MARAC, the safeguarding
 * midwife's file where the midwife referred, and no record of an adult the agency never identified. Every auditor was independent of the case except the health visiting auditor of Family 22, who had
 * supervised the health visitor and says who checked the return.
 */
final class ReturnRecords {
    private static final YearMonth FROM = TorbayScope.ENGAGEMENT_FROM;
    private static final YearMonth AUDIT = TorbayScope.AUDIT_YEAR.atMonth(4);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Whose treatment record the substance misuse auditor read, where it is not the profile's service user alone. */
    private static final Map<String, String> TREATMENT_RECORDS = Map.of(
            "family-03", "Mother's and Father's treatment records",
            "family-17", "Father's and Father's brother's treatment records");

    /** Adults of the household whose records the practice does not hold, by case, and why. */
    private static final Map<String, String> NOT_AT_THE_PRACTICE = Map.of(
            "family-08",
            "Mother's new partner is registered with another practice, whose record was not examined.",
            "family-05",
            "Father of Child A is not registered with the practice, and it held nothing on the man the"
                    + " children called 'uncle'.");

    /** The adults of the household not registered with the practice, by case. */
    private static final Map<String, List<String>> NOT_REGISTERED = Map.of(
            "family-08", List.of("Mother's new partner"),
            "family-05", List.of("Father of Child A", "Mother's brother, called 'uncle' by the children"));

    /**
     * The adults an agency held a record of, by "case/agency", where that is not every identified adult of the case: an
     * adult the agency never identified has no record in it to read.
     */
    private static final Map<String, List<String>> KNOWN_TO = Map.of(
            "family-05/" + CHILDRENS_SERVICES, List.of("Mother", "Father of Child B and Baby C"),
            "family-05/" + POLICE, List.of("Mother", "Father of Child B and Baby C"),
            "family-08/" + CHILDRENS_SERVICES, List.of("Mother", "Father of Child A and Child B"),
            "family-08/" + POLICE, List.of("Mother", "Mother's new partner"));

    /** What the auditor adds about records that do not exist, by "case/agency". */
    private static final Map<String, String> NO_RECORD = Map.of(
            "family-08/" + CHILDRENS_SERVICES,
            " Mother's new partner appears in the record only as a visitor, with no linked record of his own.",
            "family-05/" + CHILDRENS_SERVICES,
            " There is no linked record of Father of Child A, and the man recorded as 'uncle' was never identified.",
            "family-05/" + POLICE,
            " The adult logged as 'uncle, staying' was never named, so police hold no record of him to read.");

    /** The months read where they are not the agency's involvement: police search the whole audit period. */
    private static final Map<String, String> PERIOD = Map.of("family-05/" + POLICE, "January to December 2020");

    /** The families whose social care record holds strategy discussion minutes by the time of the audit. */
    private static final Set<String> STRATEGY_DISCUSSION =
            Set.of("family-02", "family-06", "family-09", "family-16", "family-23");

    /** The families with a child protection conference in the period, whose minutes the agencies hold. */
    private static final Set<String> CONFERENCE = Set.of("family-02", "family-06", "family-16");

    /** The families heard at MARAC in the period. */
    private static final Set<String> MARAC = Set.of("family-12");

    /** The families where police considered or made a Clare's Law disclosure. */
    private static final Set<String> CLARES_LAW = Set.of("family-08", "family-19");

    /** The families the midwife referred to Children's Services, so that the safeguarding midwife holds a file. */
    private static final Set<String> SAFEGUARDING_MIDWIFE = Set.of(
            "family-01",
            "family-02",
            "family-05",
            "family-06",
            "family-08",
            "family-09",
            "family-14",
            "family-16",
            "family-19",
            "family-22",
            "family-23");

    /** The children the Early Years setting looks after, where not every child aged one to four attends. */
    private static final Map<String, String> AT_THE_SETTING = Map.of("family-23", "Child A");

    private ReturnRecords() {}

    /**
     * Returns completed on a day of their own rather than the spread one: before the panel day rather than on it (Family
     * 5's police and Family 12's substance misuse returns), or after another return's immediate concern had reached the
     * practice (Family 17's GP return).
     */
    private static final Map<String, LocalDate> COMPLETED_ON = Map.of(
            "family-05/" + POLICE, TorbayScope.AUDIT_YEAR.atMonth(4).atDay(22),
            "family-12/" + ADULT_SUBSTANCE_MISUSE,
                    TorbayScope.AUDIT_YEAR.atMonth(4).atDay(23),
            "family-17/" + PRIMARY_CARE_GP, TorbayScope.AUDIT_YEAR.atMonth(4).atDay(20));

    /** The day the auditor of {@code agencyId} completed the return for {@code caseId}, the {@code index}th case. */
    static LocalDate completedOn(String caseId, int index, String agencyId) {
        LocalDate fixed = COMPLETED_ON.get(caseId + "/" + agencyId);
        return fixed != null ? fixed : completedOn(index, agencyId);
    }

    /** A working day in April of the audit year, spread across the month by case and agency. */
    static LocalDate completedOn(int index, String agencyId) {
        int day = 6 + Math.floorMod(index * 3 + TorbayScope.AGENCY_IDS.indexOf(agencyId) * 5, 23);
        LocalDate date = TorbayScope.AUDIT_YEAR.atMonth(4).atDay(day);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** How independent the auditor was of the case. */
    static AuditorIndependence independence(String caseId, String agencyId) {
        if (caseId.equals("family-22") && agencyId.equals(HEALTH_VISITING)) {
            return new AuditorIndependence(
                    true,
                    "I was the safeguarding supervisor of the health visitor who worked with this family and held two"
                            + " supervision sessions about them in 2020. So that the return is independent, the Named"
                            + " Nurse for another locality, who had no part in the case, read the record and checked every"
                            + " answer and grade; where we differed, the checking nurse's view is the one recorded.");
        }
        return AuditorIndependence.independent();
    }

    /** The records the auditor of {@code agencyId} examined for the case, and the months they cover. */
    static String examined(CaseRecord family, PracticeProfile profile, String agencyId) {
        String id = family.id();
        String key = id + "/" + agencyId;
        String period = PERIOD.getOrDefault(key, period(family, agencyId));
        String children = possessive(family.childrenAskedAbout());
        List<String> adults = KNOWN_TO.getOrDefault(key, adults(family));
        String examined =
                switch (agencyId) {
                    case CHILDRENS_SERVICES -> children + " social care records and the linked records of "
                            + and(adults) + ": case notes, referrals, assessments, "
                            + (CONFERENCE.contains(id)
                                    ? "strategy discussion and conference minutes, "
                                    : STRATEGY_DISCUSSION.contains(id) ? "strategy discussion minutes, " : "")
                            + "plans and reviews, and supervision notes, " + period + ".";
                    case MIDWIFERY -> "Mother's maternity record (booking, antenatal and postnatal notes, "
                            + (SAFEGUARDING_MIDWIFE.contains(id) ? "the safeguarding midwife's file and " : "and ")
                            + "the birth plan) and " + baby(family) + " newborn record, " + period + ".";
                    case HEALTH_VISITING -> children + " 0-19 Public Health Nursing records (health visiting"
                            + (hasSchoolAgeChild(family) ? " and school nursing" : "") + "): contact records, the"
                            + " family health needs assessment, "
                            + (family.features().contains(TorbayScope.DOMESTIC_ABUSE)
                                    ? "police domestic abuse notifications and "
                                    : "")
                            + "safeguarding supervision notes, " + period + ".";
                    case PRIMARY_CARE_GP -> "The GP records of " + and(family.childrenAskedAbout()) + " and of "
                            + and(registered(family))
                            + ": consultations, coded entries, letters and reports (including "
                            + and(correspondence(id)) + ") and prescribing, " + period + "."
                            + Optional.ofNullable(NOT_AT_THE_PRACTICE.get(id))
                                    .map(why -> " " + why)
                                    .orElse("");
                    case ADULT_SUBSTANCE_MISUSE -> TREATMENT_RECORDS.getOrDefault(
                                    id, profile.substanceMisuseServiceUser() + "'s treatment record")
                            + ": assessment, key worker notes, risk assessments, prescribing and testing records and"
                            + " correspondence, " + period
                            + ". The service holds no record of its own on the children.";
                    case ADULT_MENTAL_HEALTH -> "Mother's adult mental health record: referral, assessments, the care"
                            + " plan (CPA) and its reviews, risk assessments, clinical notes and letters, " + period
                            + ".";
                    case EARLY_YEARS -> "The setting's records for " + atTheSetting(family) + ": the safeguarding file"
                            + " and the DSL's chronology, the learning journal, attendance registers, Operation"
                            + " Encompass notifications and notes of plan meetings, " + period + ".";
                    case POLICE -> "Police records for the household: incident logs and DASH forms, ViST referrals, "
                            + and(policeRecords(id, adults)) + ", " + period + ".";
                    default -> "The agency's records for the family, " + period + ".";
                };
        return examined + NO_RECORD.getOrDefault(key, "");
    }

    /** The correspondence a practice could hold for the family: conference minutes and MARAC notices only where held. */
    private static List<String> correspondence(String caseId) {
        List<String> held = new ArrayList<>();
        if (CONFERENCE.contains(caseId)) {
            held.add("conference minutes");
        }
        if (MARAC.contains(caseId)) {
            held.add("MARAC notices");
        }
        held.add("hospital letters");
        return held;
    }

    /** The police records beyond the incidents: intelligence on the adults, and Clare's Law and MARAC where held. */
    private static List<String> policeRecords(String caseId, List<String> adults) {
        List<String> held = new ArrayList<>();
        held.add("crime and intelligence records for " + and(adults));
        if (CLARES_LAW.contains(caseId)) {
            held.add("the Clare's Law application and disclosure");
        }
        if (MARAC.contains(caseId)) {
            held.add("MARAC records");
        }
        return held;
    }

    /** The months read: from the involvement's start (not before January 2020) to its end, or to the audit. */
    private static String period(CaseRecord family, String agencyId) {
        List<AgencyInvolvement> involvements = family.involvements().stream()
                .filter(i -> i.agencyId().equals(agencyId))
                .toList();
        YearMonth earliest = earliest(family, agencyId);
        YearMonth from = involvements.stream()
                .map(AgencyInvolvement::from)
                .min(YearMonth::compareTo)
                .filter(start -> start.isAfter(earliest))
                .orElse(earliest);
        YearMonth to = involvements.stream().anyMatch(i -> i.to().isEmpty())
                ? AUDIT
                : involvements.stream()
                        .map(i -> i.to().orElseThrow())
                        .max(YearMonth::compareTo)
                        .filter(end -> end.isBefore(AUDIT))
                        .orElse(AUDIT);
        if (from.getYear() == to.getYear()) {
            return from.format(MONTH) + " to " + to.format(MONTH_YEAR);
        }
        return from.format(MONTH_YEAR) + " to " + to.format(MONTH_YEAR);
    }

    /**
     * The earliest month read: January 2020, or for midwifery and Children's Services the start of a pregnancy that began
     * before it, since their returns answer for the whole pregnancy (a booking or a pre-birth assessment in 2019).
     */
    private static YearMonth earliest(CaseRecord family, String agencyId) {
        if (!agencyId.equals(MIDWIFERY) && !agencyId.equals(CHILDRENS_SERVICES)) {
            return FROM;
        }
        return family.unborn().stream()
                .map(baby -> baby.expected().minusMonths(9))
                .filter(start -> start.isBefore(FROM))
                .min(YearMonth::compareTo)
                .orElse(FROM);
    }

    /**
     * The adults of the case whose records an agency could hold: everyone identified in the household (not a relative
     * who came into the case only as part of a safety plan).
     */
    private static List<String> adults(CaseRecord family) {
        return family.adults().stream()
                .filter(ReturnRecords::isIdentified)
                .filter(adult -> adult.role() != AdultRole.OTHER_ADULT)
                .map(AdultRecord::pseudonym)
                .toList();
    }

    /** The identified adults registered with the family's GP practice. */
    private static List<String> registered(CaseRecord family) {
        List<String> elsewhere = NOT_REGISTERED.getOrDefault(family.id(), List.of());
        return adults(family).stream().filter(name -> !elsewhere.contains(name)).toList();
    }

    /** Whether anyone knows who the adult is: a father no record names has no record to read. */
    static boolean isIdentified(AdultRecord adult) {
        return !adult.pseudonym().endsWith("(not identified)");
    }

    private static String baby(CaseRecord family) {
        return family.unborn().stream()
                .map(UnbornRecord::currentPseudonym)
                .findFirst()
                .map(name -> name + "'s")
                .orElse("the baby's");
    }

    private static boolean hasSchoolAgeChild(CaseRecord family) {
        return family.children().stream()
                .anyMatch(c -> c.ageBand() != AgeBand.UNDER_1 && c.ageBand() != AgeBand.AGE_1_TO_4);
    }

    private static String atTheSetting(CaseRecord family) {
        return AT_THE_SETTING.getOrDefault(
                family.id(),
                and(family.children().stream()
                        .filter(c -> c.ageBand() == AgeBand.AGE_1_TO_4)
                        .map(ChildRecord::pseudonym)
                        .toList()));
    }

    private static String possessive(List<String> names) {
        return and(names.stream().map(name -> name + "'s").toList());
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        boolean compound = items.stream().anyMatch(item -> item.contains(" and "));
        return String.join(", ", items.subList(0, items.size() - 1))
                + (compound ? ", and " : " and ")
                + items.get(items.size() - 1);
    }
}
