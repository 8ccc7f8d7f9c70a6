package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily08.CASE;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The health visiting and GP returns for Family 8, in the auditors' own words; the family is described in {@link
 * ReturnsFamily08}.
 */
final class ReturnsFamily08Health {
    private ReturnsFamily08Health() {}

    static void write(ReturnAccounts a) {
        healthVisiting(a);
        gp(a);
    }

    private static void healthVisiting(ReturnAccounts a) {
        a.amend(CASE, HEALTH_VISITING)
                .answer(
                        "hv-antenatal-contact",
                        PARTLY,
                        "The antenatal contact was by telephone in March. It covered Mother's mood and feeding plans, but"
                                + " not who was living in the home or what the police notifications meant for the baby.")
                .answer(
                        "hv-mandated-contacts",
                        PARTLY,
                        "The new birth visit in April was by video, under the service's first-lockdown"
                                + " arrangements; the record holds no risk assessment or manager's agreement for a virtual"
                                + " visit to a baby on a child in need plan with police notifications on file, which the"
                                + " auditor counts as a gap. Baby C was first seen in person at a clinic weight check at"
                                + " eight weeks. Child A's and Child B's school nursing contacts were letters only.")
                .answer(
                        "hv-maternal-mood",
                        YES,
                        "The mood questions were asked at the antenatal contact, the new birth visit, at six weeks and at"
                                + " three to four months, and Mother was encouraged to keep taking her treatment.")
                .answer(
                        "hv-mental-health-and-parenting",
                        PARTLY,
                        "The health visitor spoke to the GP about Mother's treatment, but the record describes her mood"
                                + " rather than how it affected her care of three children.")
                .answer(
                        "hv-police-notifications",
                        PARTLY,
                        "The four police notifications are on the record. The first was followed by a call to Mother; the"
                                + " others were filed, and none led anyone to ask who was living in the home.")
                .answer(
                        "hv-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "Routine enquiry was made at the antenatal contact and not repeated: every later contact was"
                                + " virtual, and the health visitor could not be sure Mother was alone.")
                .answer(
                        "hv-substance-use-in-home",
                        NO,
                        "The record asks about Mother's alcohol use only. Her new partner's drinking, which the police"
                                + " notifications describe, was not asked about, and safe storage of alcohol was not"
                                + " discussed.")
                .answer(
                        "hv-father-seen-and-included",
                        NO,
                        "No man is named in the health visiting record: Baby C's father is not identified, and Mother's"
                                + " new partner was never seen or asked about.")
                .answer(
                        "hv-household-members",
                        NO,
                        "The household list still shows Mother and three children; Mother's new partner, who lived there"
                                + " through 2020, is not on it.")
                .answer(
                        "hv-older-sibling-lived-experience",
                        NO,
                        "Child A's and Child B's records hold only the school's note of Child A's falling attendance,"
                                + " filed without action, and the routine school-entry letter for Child B.")
                .answer(
                        "hv-pre-birth-planning",
                        PARTLY,
                        "The health visitor sent a report to the pre-birth assessment and knew there was a birth plan, but"
                                + " was not at the planning meeting and the record does not hold the plan's contingencies.")
                .answer(
                        "hv-adversities-response",
                        "Mother's mood was well supported, but the police notifications and the partner's drinking were"
                                + " not explored, and the record does not show who lived in the home.")
                .answer(
                        "hv-professional-differences",
                        NO,
                        "The health visitor recorded unease in the summer that the plan did not address the police"
                                + " incidents, but did not raise it with the social worker, in safeguarding supervision or"
                                + " under the Professional Differences Policy.")
                .answer(
                        "hv-covid-contact-mode",
                        "From March the mandated contacts were by telephone or video, the new birth visit"
                                + " included, with no recorded decision that virtual contact was safe for this family. Baby"
                                + " C was first seen in person at a clinic weight check at eight weeks and at home in the"
                                + " summer.")
                .answer(
                        "hv-covid-impact",
                        "Virtual contact in the spring meant Baby C was first seen in person at eight weeks, and every"
                                + " contact was with Mother alone. Nobody in the service saw who else lived in the home, and"
                                + " the auditor considers that the man the police notifications describe stayed invisible to"
                                + " health visiting as a result.")
                .answer(
                        "hv-learning-from-reviews",
                        NO,
                        "The briefing on invisible fathers is not reflected: no man is named in the record, and the police"
                                + " notifications did not prompt the question of who lived in the home.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Mother's mood was followed closely, but the police notifications were filed without asking who"
                                + " was in the home, and Child A's falling attendance was not followed up.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The antenatal contact was made and the health visitor contributed to the pre-birth assessment,"
                                + " but the household the plan described was never checked, so the health visitor's part did"
                                + " not reach the man Baby C would live with.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The mood questions were asked at every mandated contact and Mother was supported to keep taking"
                                + " her treatment; the effect on her care of the children was not analysed.")
                .rationale(
                        FATHERS_AND_MALES,
                        "No man appears in the health visiting record: Mother's new partner was not identified, seen or"
                                + " asked about, and Baby C's father is not named.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The health visitor's unease about the plan was recorded but not raised with anyone.")
                .rationale(
                        COVID_19_IMPACT,
                        "Contacts were virtual through the spring, the new birth visit included, without a"
                                + " recorded risk assessment, and Baby C was first seen in person at eight weeks; what not"
                                + " seeing the home meant was not considered.")
                .goodPractice(
                        "The health visitor asked about Mother's mood at every mandated contact and helped her keep"
                                + " taking her treatment through the first lockdown.")
                .development("Keep the household list up to date, and ask who lives in the home after every police"
                        + " notification. Follow up a school's concern about an older child, and take unease about a plan"
                        + " to safeguarding supervision and, if it remains, the Professional Differences Policy.")
                .overall("Mother's mood was well supported, but the health visiting record does not show that a"
                        + " man lived in the home: four police notifications did not lead anyone to ask, the new"
                        + " birth visit was by video with no recorded decision, Baby C was first seen in person at"
                        + " eight weeks, and the unease the health visitor recorded went no further.");
    }

    private static void gp(ReturnAccounts a) {
        a.amend(CASE, PRIMARY_CARE_GP)
                .answer(
                        "gp-safeguarding-codes-family",
                        PARTLY,
                        "Safeguarding codes are on Mother's and the children's records. Mother's new partner is"
                                + " registered with another practice, which was not told that he lives with children, and"
                                + " Baby C's father is not identified.")
                .answer(
                        "gp-child-cause-for-concern-coding",
                        YES,
                        "The child in need code is on Child A's and Child B's records, and on Baby C's from registration.")
                .answer(
                        "gp-family-records-linked",
                        PARTLY,
                        "Mother's and the children's records are linked. The man living with them is not registered here,"
                                + " so nothing of his drinking could be seen alongside the children's records.")
                .answer(
                        "gp-depression-in-pregnancy",
                        YES,
                        "Mother's depression was reviewed in pregnancy and at her postnatal check, and her treatment was"
                                + " continued with the pregnancy in mind.")
                .answer(
                        "gp-perinatal-mental-health",
                        PARTLY,
                        "The GP's letters hold the perinatal team's advice to continue Mother's treatment; the"
                                + " practice did not consider how her depression affected her care of the children.")
                .answer(
                        "gp-marac-correspondence",
                        NOT_APPLICABLE,
                        "Not applicable: the case was not referred to MARAC in the period.")
                .answer(
                        "gp-child-protection-conference",
                        NOT_APPLICABLE,
                        "Not applicable: the children were on child in need plans and there was no child protection"
                                + " conference. The practice sent reports to the child in need reviews until March and was"
                                + " not asked after that.")
                .answer(
                        "gp-father-consultations",
                        NOT_APPLICABLE,
                        "Not applicable: Mother's new partner is registered with another practice and Baby C's father is"
                                + " not identified, so no man in the household consulted this practice.")
                .answer(
                        "gp-substitution-prescribing",
                        NOT_APPLICABLE,
                        "Not applicable: the practice prescribed no opioid substitution or other dependence-forming"
                                + " medication to anyone in the household.")
                .answer(
                        "gp-domestic-abuse-enquiry",
                        PARTLY,
                        "The GP asked Mother about home at her review in pregnancy, by telephone; the record does not say"
                                + " she was alone, and the police notifications from January did not prompt the question"
                                + " again.")
                .answer(
                        "gp-pre-birth-information",
                        YES,
                        "The practice sent Mother's history and the children's records to the pre-birth assessment when"
                                + " asked, in the autumn of 2019. It held nothing on Mother's new partner.")
                .answer(
                        "gp-family-risk-response",
                        "The practice treated Mother's depression well, but could not see the risk from the man in the"
                                + " home and did not ask who he was.")
                .answer(
                        "gp-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the practice's part in the plan ended in March, and its record holds no"
                                + " disagreement with a decision about the children.")
                .answer(
                        "gp-covid-contact-mode",
                        "From March consultations were by telephone, except Baby C's six to eight week check in June,"
                                + " which was face to face.")
                .answer(
                        "gp-covid-missed-appointments",
                        NOT_APPLICABLE,
                        "Not applicable: no appointment for the children, and not Mother's postnatal check, was missed in"
                                + " 2020.")
                .answer(
                        "gp-learning-from-reviews",
                        PARTLY,
                        "Coding Mother and all three children follows the partnership's briefing. Its point about knowing"
                                + " the men in the household is not reflected: the practice did not ask who was living with"
                                + " the children.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Mother's new partner is registered with another practice, so his record could not be coded or"
                                + " linked here; but the practice did not ask Mother who lived at home, and Baby C's father is"
                                + " not identified.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Mother's depression was treated well, but the police notifications did not lead the practice to"
                                + " ask about home.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The practice shared Mother's history for the pre-birth assessment and coded Baby C at"
                                + " registration.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's depression was reviewed in pregnancy and at the postnatal check, and she was discussed"
                                + " with the perinatal team.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The practice had no view of the plan after March, when its reports stopped being asked for, and"
                                + " did not ask why.")
                .rationale(
                        COVID_19_IMPACT,
                        "Consultations moved to telephone. Baby C's check was face to face, but the GP did not ask who was"
                                + " at home.")
                .goodPractice(
                        "The GP reviewed Mother's depression in pregnancy and after the birth, and coded all three"
                                + " children's records so that any clinician could see the child in need plan.")
                .development(
                        "Ask who lives with the children when a police notification or a new baby arrives, and tell"
                                + " the practice of a partner registered elsewhere that he lives with children. Ask to stay part of"
                                + " the child in need reviews when reports stop being requested.")
                .overall("Mother's depression was well cared for and the children's records are coded, but the"
                        + " practice never knew that a man who drank lived with the children, and its part in the"
                        + " plan stopped in March without anyone asking why.");
    }
}
