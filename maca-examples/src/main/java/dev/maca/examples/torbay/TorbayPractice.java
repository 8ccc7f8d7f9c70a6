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
 *       (Police Good, Children's Services Inadequate, overall);
 *   <li>cases of concern: Families 3, 8, 12 and 17.
 * </ul>
 */
final class TorbayPractice {
    private TorbayPractice() {}

    /** The profiles by case id. */
    static Map<String, PracticeProfile> profiles() {
        return List.of(
                        PracticeProfile.of("family-01", GOOD)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .contact(HEALTH_VISITING, ContactMode.MIXED)
                                .lived("Child A spent much of 2020 at home with Mother, who was low in mood after"
                                        + " the lockdown began. Child A's nursery described a lively child who"
                                        + " became quiet and clingy in the weeks after a police call-out to the"
                                        + " home. After Unborn B was born, Child A was described as proud of the"
                                        + " baby and enjoyed helping at bath time."),
                        PracticeProfile.of("family-02", GOOD)
                                .agency(ADULT_SUBSTANCE_MISUSE, REQUIRES_IMPROVEMENT)
                                .shift(FATHERS_AND_MALES, 1)
                                .escalatedBy(HEALTH_VISITING)
                                .substanceMisuseServiceUser("Father of Unborn C")
                                .keyMale("Father of Unborn C")
                                .lived("Child A told the school that the house was noisy at night and that they"
                                        + " looked after Child B when the adults argued. Child B attended nursery"
                                        + " regularly until March 2020 and returned in September with delayed"
                                        + " speech. Both children were described as close to Mother and wary of"
                                        + " Father of Unborn C."),
                        PracticeProfile.of("family-03", REQUIRES_IMPROVEMENT)
                                .agency(ADULT_MENTAL_HEALTH, GOOD)
                                .shift(UNBORN_SAFETY_PLANNING, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .notEscalated()
                                .contact(CHILDRENS_SERVICES, ContactMode.VIRTUAL)
                                .lived("Child A lived with parents whose drug use and Mother's anxiety left"
                                        + " days without routine. Child A was often in the same clothes at health"
                                        + " contacts and had missed immunisations. Little is recorded of what Child"
                                        + " A said or did; the child's experience has to be inferred from the"
                                        + " adults' accounts."),
                        PracticeProfile.of("family-05", GOOD)
                                .shift(FATHERS_AND_MALES, 1)
                                .missing(ADULT_MENTAL_HEALTH)
                                .keyMale("Maternal uncle")
                                .lived("Child A, a teenager, took on much of the care of Child B while Mother"
                                        + " was unwell, and told a teacher they were tired and worried about"
                                        + " Mother. Child B was settled and meeting milestones. Maternal uncle"
                                        + " stayed in the home for several months; neither child was asked about"
                                        + " him."),
                        PracticeProfile.of("family-06", GOOD)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .agency(CHILDRENS_SERVICES, REQUIRES_IMPROVEMENT)
                                .escalatedBy(MIDWIFERY)
                                .lived("Child A was a toddler living with Mother and Father, with police called to"
                                        + " the home twice in the spring. The health visitor saw a child who was"
                                        + " well cared for physically but startled easily and did not settle when"
                                        + " Father raised his voice. The pre-birth assessment for Unborn B began"
                                        + " late in the pregnancy after the midwife escalated her concern."),
                        PracticeProfile.of("family-08", REQUIRES_IMPROVEMENT)
                                .agency(POLICE, GOOD)
                                .shift(FATHERS_AND_MALES, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .shift(UNBORN_SAFETY_PLANNING, -1)
                                .override(POLICE, FATHERS_AND_MALES, GOOD)
                                .notEscalated()
                                .substanceMisuseServiceUser("Mother's new partner")
                                .keyMale("Mother's new partner")
                                .contact(ADULT_SUBSTANCE_MISUSE, ContactMode.VIRTUAL)
                                .lived("Child A and Child B saw Mother's new partner move into the home early in"
                                        + " the pregnancy. Both children's school attendance fell during the"
                                        + " autumn, and Child A told a teacher that the partner 'shouts when he"
                                        + " has had a drink'. This did not reach the other agencies involved."),
                        PracticeProfile.of("family-09", GOOD)
                                .override(POLICE, FATHERS_AND_MALES, OUTSTANDING)
                                .override(CHILDRENS_SERVICES, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .override(HEALTH_VISITING, FATHERS_AND_MALES, REQUIRES_IMPROVEMENT)
                                .lived("Child A lived with Mother, and Father visited most days although the"
                                        + " parents said they had separated. Child A's key person noted that Child"
                                        + " A talked about 'Daddy's angry face'. Mother engaged well with"
                                        + " perinatal mental health support and Child A's attendance at nursery"
                                        + " was good from September."),
                        PracticeProfile.of("family-11", GOOD)
                                .agency(EARLY_YEARS, OUTSTANDING)
                                .incomplete(ADULT_SUBSTANCE_MISUSE)
                                .keyMale("Family friend staying in the home")
                                .lived("Child B's nursery was a constant in a changeable year: staff saw a"
                                        + " cheerful child who was sometimes hungry on arrival after weekends."
                                        + " Child A was quiet at school and worried about Mother's health. A"
                                        + " family friend stayed in the home for much of the summer; the children"
                                        + " called him their uncle."),
                        PracticeProfile.of("family-12", REQUIRES_IMPROVEMENT)
                                .agency(POLICE, GOOD)
                                .agency(CHILDRENS_SERVICES, INADEQUATE)
                                .notEscalated()
                                .contact(CHILDRENS_SERVICES, ContactMode.VIRTUAL)
                                .contact(ADULT_MENTAL_HEALTH, ContactMode.VIRTUAL)
                                .lived("Child A, a toddler, lived with parents who both used alcohol heavily and"
                                        + " argued often; police attended two of the arguments. Child"
                                        + " A was seen only on video calls for most of the autumn. Officers at the"
                                        + " second incident found Child A awake and distressed in a cold room."),
                        PracticeProfile.of("family-14", GOOD)
                                .missing(EARLY_YEARS)
                                .contact(HEALTH_VISITING, ContactMode.VIRTUAL)
                                .lived("Child A attended nursery and was described as bright and sociable. Unborn"
                                        + " B was born in May 2020, in the first lockdown; Father was not allowed"
                                        + " into the birth or the scans, and Mother told the midwife she felt"
                                        + " isolated. The family's wider support network helped with shopping and"
                                        + " childcare."),
                        PracticeProfile.of("family-16", GOOD)
                                .agency(ADULT_MENTAL_HEALTH, OUTSTANDING)
                                .escalatedBy(EARLY_YEARS)
                                .substanceMisuseServiceUser("Mother")
                                .lived("Three children lived with Mother, whose long-standing mental illness and"
                                        + " alcohol use were well known to services. Child A, the eldest, said at"
                                        + " a review that home was 'better now that the police don't come'."
                                        + " Child C's nursery noticed tiredness and late collections and raised it"
                                        + " promptly."),
                        PracticeProfile.of("family-17", REQUIRES_IMPROVEMENT)
                                .agency(MIDWIFERY, GOOD)
                                .shift(UNBORN_SAFETY_PLANNING, 1)
                                .shift(MATERNAL_MENTAL_HEALTH, -1)
                                .notEscalated()
                                .keyMale("Father's brother")
                                .contact(PRIMARY_CARE_GP, ContactMode.VIRTUAL)
                                .lived("Child A lived with Mother, Father and Father's brother, both men in"
                                        + " treatment for opiate use. The health visitor saw a child with a"
                                        + " flat, watchful presentation who was not yet talking. No agency"
                                        + " referred the family to Children's Services, and the risk to Unborn B"
                                        + " was not assessed."),
                        PracticeProfile.of("family-19", GOOD)
                                .agency(ADULT_MENTAL_HEALTH, REQUIRES_IMPROVEMENT)
                                .shift(FATHERS_AND_MALES, 1)
                                .missing(PRIMARY_CARE_GP)
                                .keyMale("Mother's partner")
                                .lived("Child A lived with Mother and Mother's partner and spent alternate"
                                        + " weekends with Father of Child A. Child A told the social worker that"
                                        + " they liked the weekends best because 'it's calm there'. Mother's"
                                        + " anxiety worsened in the lockdowns and she stopped taking Child A to"
                                        + " school for several weeks."),
                        PracticeProfile.of("family-22", GOOD)
                                .agency(MIDWIFERY, OUTSTANDING)
                                .agency(HEALTH_VISITING, OUTSTANDING)
                                .contact(HEALTH_VISITING, ContactMode.FACE_TO_FACE)
                                .lived("Child A was described by the nursery as a happy child who loved outdoor"
                                        + " play. Unborn B was born in March 2020, days before the first"
                                        + " lockdown. The health visitor kept visiting in person because of the"
                                        + " domestic abuse history, and Child A's words and play are recorded"
                                        + " throughout."),
                        PracticeProfile.of("family-23", GOOD)
                                .shift(COVID_19_IMPACT, 1)
                                .escalatedBy(POLICE)
                                .lived("Two young children lived with parents whose drinking increased during the"
                                        + " second lockdown. Child A's nursery noticed bruising, which was"
                                        + " explained and followed up appropriately. Child B was often unwell"
                                        + " and missed health appointments that were not rebooked.")
                                .contact(MIDWIFERY, ContactMode.VIRTUAL)
                                .contact(CHILDRENS_SERVICES, ContactMode.MIXED)
                                .agency(ADULT_MENTAL_HEALTH, GOOD))
                .stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.caseId, Function.identity()));
    }
}
