package dev.maca.examples.torbay;

import static dev.maca.cohort.FirstYearEvent.Kind.HOSPITAL_ADMISSION;
import static dev.maca.cohort.FirstYearEvent.Kind.HOSPITAL_ATTENDANCE;
import static dev.maca.cohort.FirstYearEvent.Kind.INJURY;
import static dev.maca.cohort.Gestation.MODERATE_TO_LATE_PRETERM;
import static dev.maca.cohort.Gestation.TERM;
import static dev.maca.cohort.HomeAfterBirth.WITH_BOTH_PARENTS;
import static dev.maca.cohort.HomeAfterBirth.WITH_MOTHER;
import static dev.maca.cohort.HomeAfterBirth.WITH_MOTHER_AND_PARTNER;
import static dev.maca.cohort.PlanAtBirth.CHILD_IN_NEED;
import static dev.maca.cohort.PlanAtBirth.CHILD_PROTECTION;
import static dev.maca.cohort.PlanAtBirth.FAMILY_HELP;
import static dev.maca.cohort.PlanAtBirth.NONE;

import dev.maca.cohort.Birth;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The births of the candidates' unborn babies, as the records showed them at the audit in April 2021: every baby
 * expected before then was born, and is known from the birth by its letter ("Unborn B" becomes "Baby B").
 *
 * <p>Written to agree with each cohort family's practice ({@link TorbayPractice}): a plan at birth only where Children's
 * Services was involved (Family 17, where no agency referred, has none); child protection plans where a pre-birth
 * conference was held (Families 2, 6 and 16); two babies born early (Family 3, without a birth plan, and Family 6, whose
 * plan's contingency for an early birth was used). The first-year events are the ones an audit of baby injuries must
 * see: a bronchiolitis attendance, a jaundice readmission, a bruise on a non-mobile baby handled under the bruising
 * protocol, and an emergency attendance of a non-mobile baby that was not followed up. Months only, never a date.
 */
final class TorbayBirths {
    private static final Map<String, Birth> BIRTHS = Map.ofEntries(
            // --- the cohort ----------------------------------------------------------------------------------------
            birth("family-01", "Baby B", "2020-08", TERM, WITH_BOTH_PARENTS, CHILD_IN_NEED),
            birth("family-02", "Baby C", "2020-11", TERM, WITH_MOTHER, CHILD_PROTECTION),
            birth(
                    "family-03",
                    "Baby B",
                    "2020-05",
                    MODERATE_TO_LATE_PRETERM,
                    WITH_BOTH_PARENTS,
                    CHILD_IN_NEED,
                    event(
                            "2020-12",
                            HOSPITAL_ATTENDANCE,
                            "At seven months Baby B was taken by Mother to the emergency department with bronchiolitis,"
                                    + " treated and discharged home the same day. The paediatric liaison nurse passed the"
                                    + " attendance to the health visitor and the GP, and the health visitor saw Baby B at"
                                    + " home two days later; Baby B's first immunisations were still outstanding.")),
            birth("family-05", "Baby C", "2020-10", TERM, WITH_BOTH_PARENTS, CHILD_IN_NEED),
            birth("family-06", "Baby B", "2020-11", MODERATE_TO_LATE_PRETERM, WITH_MOTHER, CHILD_PROTECTION),
            birth("family-08", "Baby C", "2020-04", TERM, WITH_MOTHER_AND_PARTNER, CHILD_IN_NEED),
            birth(
                    "family-09",
                    "Baby B",
                    "2020-07",
                    TERM,
                    WITH_MOTHER,
                    CHILD_IN_NEED,
                    event(
                            "2020-11",
                            INJURY,
                            "At four months, not yet rolling, Baby B had a small bruise on the upper arm, seen by the"
                                    + " health visitor at a home visit; Mother said Child A had grabbed the baby. The"
                                    + " health visitor followed the bruising protocol for babies who are not yet mobile:"
                                    + " a referral to Children's Services the same day, a strategy discussion and a child"
                                    + " protection medical, which found the bruise consistent with the account and no"
                                    + " other injury. The strategy discussion established that Father had been staying in"
                                    + " the home that weekend, and the safety plan for his visits was rewritten.")),
            birth("family-11", "Baby C", "2020-09", TERM, WITH_BOTH_PARENTS, FAMILY_HELP),
            birth("family-12", "Baby B", "2021-01", TERM, WITH_BOTH_PARENTS, NONE),
            birth("family-14", "Baby B", "2020-05", TERM, WITH_BOTH_PARENTS, FAMILY_HELP),
            birth("family-16", "Baby D", "2020-10", TERM, WITH_MOTHER, CHILD_PROTECTION),
            birth("family-17", "Baby B", "2020-09", TERM, WITH_BOTH_PARENTS, NONE),
            birth("family-19", "Baby B", "2020-11", TERM, WITH_BOTH_PARENTS, CHILD_IN_NEED),
            birth(
                    "family-22",
                    "Baby B",
                    "2020-03",
                    TERM,
                    WITH_BOTH_PARENTS,
                    CHILD_IN_NEED,
                    event(
                            "2020-03",
                            HOSPITAL_ADMISSION,
                            "Readmitted to the children's ward at five days old with jaundice and treated with"
                                    + " phototherapy for two days; the community midwife visited on the day of discharge"
                                    + " and told the health visitor of the admission.")),
            birth(
                    "family-23",
                    "Baby C",
                    "2020-12",
                    TERM,
                    WITH_BOTH_PARENTS,
                    CHILD_IN_NEED,
                    event(
                            "2021-03",
                            HOSPITAL_ATTENDANCE,
                            "At three months, not yet rolling, Baby C was taken to the emergency department after what"
                                    + " Father described as a roll off the sofa, with a small bruise on the forehead."
                                    + " Baby C was sent home without a referral to Children's Services, contrary to the"
                                    + " bruising protocol, and the notification to health visiting had not been followed"
                                    + " up when the audit found it.")),
            // --- candidates outside the cohort, born before the audit ----------------------------------------------
            birth("family-07", "Baby B", "2020-06", TERM, WITH_BOTH_PARENTS, NONE),
            birth("family-10", "Baby B", "2020-09", TERM, WITH_MOTHER, CHILD_IN_NEED),
            birth("family-13", "Baby B", "2019-09", TERM, WITH_BOTH_PARENTS, CHILD_IN_NEED),
            birth("family-18", "Baby A", "2020-08", TERM, WITH_MOTHER, FAMILY_HELP),
            birth("family-20", "Baby B", "2020-10", TERM, WITH_BOTH_PARENTS, NONE),
            birth("family-24", "Baby B", "2020-08", TERM, WITH_BOTH_PARENTS, CHILD_IN_NEED),
            birth("family-26", "Baby B", "2020-10", TERM, WITH_MOTHER, CHILD_IN_NEED),
            birth("family-29", "Baby C", "2020-07", TERM, WITH_MOTHER, NONE));

    private TorbayBirths() {}

    /** The birth of the case's unborn baby, if the baby was born before the audit; a case has at most one. */
    static Optional<Birth> of(String caseId) {
        return Optional.ofNullable(BIRTHS.get(caseId));
    }

    private static Map.Entry<String, Birth> birth(
            String caseId,
            String knownAs,
            String month,
            Gestation gestation,
            HomeAfterBirth home,
            PlanAtBirth plan,
            FirstYearEvent... firstYear) {
        return Map.entry(caseId, new Birth(knownAs, YearMonth.parse(month), gestation, home, plan, List.of(firstYear)));
    }

    private static FirstYearEvent event(String month, FirstYearEvent.Kind kind, String description) {
        return new FirstYearEvent(YearMonth.parse(month), kind, description);
    }
}
