package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.PracticeProfile.GOOD;
import static dev.maca.examples.torbay.PracticeProfile.INADEQUATE;
import static dev.maca.examples.torbay.PracticeProfile.OUTSTANDING;
import static dev.maca.examples.torbay.PracticeProfile.REQUIRES_IMPROVEMENT;
import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.returns.ContactMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practice profile of each of the fifteen cohort cases: what the synthetic returns say happened, written so the
 * audit has strong and weak practice, cases of concern, missing and incomplete returns, and agencies whose judgements
 * of the same case lie two grades apart.
 *
 * <p>Built in on purpose:
 *
 * <ul>
 *   <li>missing returns: Adult Mental Health for Family 5, Early Years for Family 14, Primary Care for Family 19;
 *   <li>an incomplete return: Adult Substance Misuse for Family 11;
 *   <li>two grades apart: Family 6 (Midwifery Outstanding, Children's Services Requires improvement, overall), Family 9
 *       (Police Outstanding, Children's Services Requires improvement, on birth fathers and males) and Family 12
 *       (Police Good, Children's Services Inadequate, overall), and Family 8 (Police Good against four agencies'
 *       Inadequate, on birth fathers and males; each agency grading its own part, so no two rows alike);
 *   <li>cases of concern: Families 3, 8, 12 and 17;
 *   <li>objectives an agency judges not applicable: in Family 5 no professional disagreement arose, and the police's
 *       one contact was before the first lockdown.
 * </ul>
 *
 * <p>The panel's moderation of each divergence is in {@link TorbayPanel}.
 */
final class TorbayPractice {
    private TorbayPractice() {}

    /** The profiles by case id. */
    static Map<String, PracticeProfile> profiles() {
        return List.of(
                        PracticeProfile.of("family-01", GOOD)
                                .contact(MIDWIFERY, ContactMode.FACE_TO_FACE)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .override(PRIMARY_CARE_GP, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .contact(HEALTH_VISITING, ContactMode.MIXED),
                        PracticeProfile.of("family-02", GOOD)
                                .agency(ADULT_SUBSTANCE_MISUSE, REQUIRES_IMPROVEMENT)
                                .shift(FATHERS_AND_MALES, 1)
                                .escalatedBy(HEALTH_VISITING)
                                .substanceMisuseServiceUser("Father of Baby C")
                                .keyMale("Father of Baby C"),
                        PracticeProfile.of("family-03", REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, COVID_19_IMPACT, INADEQUATE)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .override(HEALTH_VISITING, COVID_19_IMPACT, INADEQUATE)
                                .override(ADULT_MENTAL_HEALTH, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .agency(ADULT_MENTAL_HEALTH, GOOD)
                                .shift(UNBORN_SAFETY_PLANNING, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .notEscalated(HEALTH_VISITING, ADULT_MENTAL_HEALTH)
                                .contact(CHILDRENS_SERVICES, ContactMode.MIXED),
                        PracticeProfile.of("family-05", GOOD)
                                .agency(CHILDRENS_SERVICES, REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, UNBORN_SAFETY_PLANNING, GOOD)
                                .contact(CHILDRENS_SERVICES, ContactMode.MIXED)
                                .contact(MIDWIFERY, ContactMode.MIXED)
                                .override(MIDWIFERY, PROFESSIONAL_CURIOSITY, REQUIRES_IMPROVEMENT)
                                .override(MIDWIFERY, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .override(HEALTH_VISITING, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .override(PRIMARY_CARE_GP, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .contact(POLICE, ContactMode.NONE)
                                .shift(FATHERS_AND_MALES, 1)
                                .notApplicable(
                                        PROFESSIONAL_DIFFERENCES,
                                        CHILDRENS_SERVICES,
                                        MIDWIFERY,
                                        HEALTH_VISITING,
                                        PRIMARY_CARE_GP,
                                        POLICE)
                                .notApplicable(COVID_19_IMPACT, POLICE)
                                .missing(ADULT_MENTAL_HEALTH),
                        PracticeProfile.of("family-06", GOOD)
                                .contact(MIDWIFERY, ContactMode.FACE_TO_FACE)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .agency(CHILDRENS_SERVICES, REQUIRES_IMPROVEMENT)
                                .escalatedBy(MIDWIFERY),
                        PracticeProfile.of("family-08", REQUIRES_IMPROVEMENT)
                                .agency(POLICE, GOOD)
                                .agency(ADULT_SUBSTANCE_MISUSE, INADEQUATE)
                                .shift(FATHERS_AND_MALES, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .shift(UNBORN_SAFETY_PLANNING, -1)
                                .override(POLICE, FATHERS_AND_MALES, GOOD)
                                .override(POLICE, UNBORN_SAFETY_PLANNING, GOOD)
                                .override(POLICE, MATERNAL_MENTAL_HEALTH, GOOD)
                                .override(ADULT_SUBSTANCE_MISUSE, PROFESSIONAL_CURIOSITY, REQUIRES_IMPROVEMENT)
                                .override(ADULT_SUBSTANCE_MISUSE, UNBORN_SAFETY_PLANNING, INADEQUATE)
                                .override(ADULT_SUBSTANCE_MISUSE, MATERNAL_MENTAL_HEALTH, REQUIRES_IMPROVEMENT)
                                .override(ADULT_SUBSTANCE_MISUSE, PROFESSIONAL_DIFFERENCES, REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, UNBORN_SAFETY_PLANNING, REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, MATERNAL_MENTAL_HEALTH, REQUIRES_IMPROVEMENT)
                                .override(CHILDRENS_SERVICES, COVID_19_IMPACT, GOOD)
                                .override(HEALTH_VISITING, UNBORN_SAFETY_PLANNING, REQUIRES_IMPROVEMENT)
                                .override(PRIMARY_CARE_GP, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .notEscalated(POLICE, HEALTH_VISITING)
                                .substanceMisuseServiceUser("Mother's new partner")
                                .keyMale("Mother's new partner")
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .contact(ADULT_SUBSTANCE_MISUSE, ContactMode.VIRTUAL),
                        PracticeProfile.of("family-09", GOOD)
                                .contact(ADULT_MENTAL_HEALTH, ContactMode.MIXED)
                                .override(POLICE, FATHERS_AND_MALES, OUTSTANDING)
                                .override(CHILDRENS_SERVICES, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .override(HEALTH_VISITING, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT),
                        PracticeProfile.of("family-11", GOOD)
                                .contact(MIDWIFERY, ContactMode.MIXED)
                                .override(MIDWIFERY, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .override(HEALTH_VISITING, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .agency(EARLY_YEARS, OUTSTANDING)
                                .incomplete(ADULT_SUBSTANCE_MISUSE)
                                .keyMale("Family friend staying in the home"),
                        PracticeProfile.of("family-12", REQUIRES_IMPROVEMENT)
                                .agency(POLICE, GOOD)
                                .agency(CHILDRENS_SERVICES, INADEQUATE)
                                .notEscalated(POLICE, HEALTH_VISITING)
                                .contact(CHILDRENS_SERVICES, ContactMode.MIXED)
                                .contact(ADULT_MENTAL_HEALTH, ContactMode.VIRTUAL),
                        PracticeProfile.of("family-14", GOOD)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .missing(EARLY_YEARS)
                                .contact(HEALTH_VISITING, ContactMode.MIXED),
                        PracticeProfile.of("family-16", GOOD)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .override(HEALTH_VISITING, COVID_19_IMPACT, REQUIRES_IMPROVEMENT)
                                .agency(ADULT_MENTAL_HEALTH, OUTSTANDING)
                                .escalatedBy(EARLY_YEARS)
                                .substanceMisuseServiceUser("Mother"),
                        PracticeProfile.of("family-17", REQUIRES_IMPROVEMENT)
                                .shift(UNBORN_SAFETY_PLANNING, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .override(ADULT_SUBSTANCE_MISUSE, MATERNAL_MENTAL_HEALTH, REQUIRES_IMPROVEMENT)
                                .notEscalated(MIDWIFERY, HEALTH_VISITING)
                                .keyMale("Father's brother")
                                .contact(MIDWIFERY, ContactMode.MIXED)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .contact(ADULT_SUBSTANCE_MISUSE, ContactMode.VIRTUAL),
                        PracticeProfile.of("family-19", GOOD)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .agency(ADULT_MENTAL_HEALTH, REQUIRES_IMPROVEMENT)
                                .shift(FATHERS_AND_MALES, 1)
                                .missing(PRIMARY_CARE_GP)
                                .keyMale("Mother's partner"),
                        PracticeProfile.of("family-22", GOOD)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .agency(HEALTH_VISITING, OUTSTANDING)
                                .contact(HEALTH_VISITING, ContactMode.FACE_TO_FACE),
                        PracticeProfile.of("family-23", GOOD)
                                .contact(PRIMARY_CARE_GP, ContactMode.MIXED)
                                .shift(COVID_19_IMPACT, 1)
                                .escalatedBy(POLICE)
                                .contact(MIDWIFERY, ContactMode.MIXED)
                                .contact(CHILDRENS_SERVICES, ContactMode.MIXED)
                                .agency(ADULT_MENTAL_HEALTH, GOOD))
                .stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.caseId, Function.identity()));
    }
}
