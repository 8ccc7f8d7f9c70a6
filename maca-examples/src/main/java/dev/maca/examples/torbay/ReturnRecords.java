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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When each auditor completed the return, what they read, and whether they were independent of the case: what every
 * return says about the audit itself.
 *
 * <p>The records are those each agency holds, named as its auditor would name them (never a system's product name),
 * for the family members the agency works with, over the months of its involvement from January 2020 to the audit in
 * April 2021. Every auditor was independent of the case except the health visiting auditor of Family 22, who had
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
            "family-08", "Mother's new partner is registered with another practice, whose record was not examined.",
            "family-05", "Maternal uncle is not registered with the practice.");

    /** The adults of the household not registered with the practice, by case. */
    private static final Map<String, String> NOT_REGISTERED =
            Map.of("family-08", "Mother's new partner", "family-05", "Maternal uncle");

    /** The children the Early Years setting looks after, where not every child aged one to four attends. */
    private static final Map<String, String> AT_THE_SETTING = Map.of("family-23", "Child A");

    private ReturnRecords() {}

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
        String period = period(family, agencyId);
        String children = possessive(family.childrenAskedAbout());
        String examined =
                switch (agencyId) {
                    case CHILDRENS_SERVICES -> children + " social care records and the linked records of "
                            + and(adults(family)) + ": case notes, referrals, assessments, strategy discussion and"
                            + " conference minutes, plans and reviews, and supervision notes, " + period + ".";
                    case MIDWIFERY -> "Mother's maternity record (booking, antenatal and postnatal notes, the"
                            + " safeguarding midwife's file and the birth plan) and " + baby(family)
                            + " newborn record, "
                            + period + ".";
                    case HEALTH_VISITING -> children + " 0-19 Public Health Nursing records (health visiting"
                            + (hasSchoolAgeChild(family) ? " and school nursing" : "") + "): contact records, the"
                            + " family health needs assessment, police domestic abuse notifications and safeguarding"
                            + " supervision notes, " + period + ".";
                    case PRIMARY_CARE_GP -> "The GP records of " + and(family.childrenAskedAbout()) + " and of "
                            + and(registered(family)) + ": consultations, coded entries, letters and reports (including"
                            + " conference minutes, MARAC notices and hospital letters) and prescribing, " + period
                            + "."
                            + Optional.ofNullable(NOT_AT_THE_PRACTICE.get(family.id()))
                                    .map(why -> " " + why)
                                    .orElse("");
                    case ADULT_SUBSTANCE_MISUSE -> TREATMENT_RECORDS.getOrDefault(
                                    family.id(), profile.substanceMisuseServiceUser() + "'s treatment record")
                            + ": assessment, key worker notes, risk assessments, prescribing and testing records and"
                            + " correspondence, " + period
                            + ". The service holds no record of its own on the children.";
                    case ADULT_MENTAL_HEALTH -> "Mother's adult mental health record: referral, assessments, the care"
                            + " plan (CPA) and its reviews, risk assessments, clinical notes and letters, " + period
                            + ".";
                    case EARLY_YEARS -> "The setting's records for " + atTheSetting(family) + ": the safeguarding file"
                            + " and the DSL's chronology, the learning journal, attendance registers, Operation"
                            + " Encompass notifications and notes of plan meetings, " + period + ".";
                    case POLICE -> "Police records for the household: incident logs and DASH forms, ViST referrals,"
                            + " crime and intelligence records for " + and(adults(family)) + ", Clare's Law"
                            + " applications and MARAC records, " + period + ".";
                    default -> "The agency's records for the family, " + period + ".";
                };
        return examined;
    }

    /** The months read: from the involvement's start (not before January 2020) to its end, or to the audit. */
    private static String period(CaseRecord family, String agencyId) {
        List<AgencyInvolvement> involvements = family.involvements().stream()
                .filter(i -> i.agencyId().equals(agencyId))
                .toList();
        YearMonth from = involvements.stream()
                .map(AgencyInvolvement::from)
                .min(YearMonth::compareTo)
                .filter(start -> start.isAfter(FROM))
                .orElse(FROM);
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

    /** The adults of the case whose records an agency could hold: everyone identified. */
    private static List<String> adults(CaseRecord family) {
        return family.adults().stream()
                .filter(ReturnRecords::isIdentified)
                .map(AdultRecord::pseudonym)
                .toList();
    }

    /** The identified adults registered with the family's GP practice. */
    private static List<String> registered(CaseRecord family) {
        String elsewhere = NOT_REGISTERED.getOrDefault(family.id(), "");
        return adults(family).stream().filter(name -> !name.equals(elsewhere)).toList();
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
