package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily05.CASE;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The health visiting return for Family 5 (health visitor and school nurse), in the auditor's own words; the
 * family's timeline is in {@link ReturnsFamily05}.
 */
final class ReturnsFamily05HealthVisiting {
    private ReturnsFamily05HealthVisiting() {}

    static void write(ReturnAccounts a) {
        healthVisiting(a);
    }

    private static void healthVisiting(ReturnAccounts a) {
        a.amend(CASE, HEALTH_VISITING)
                .answer(
                        "hv-antenatal-contact",
                        PARTLY,
                        "The antenatal contact was by video in August, at about thirty weeks. It covered Mother's mood, her"
                                + " treatment and the birth plan, but not who was living in the home, although the health"
                                + " visitor had seen a man noted as 'uncle' in the garden in June.")
                .answer(
                        "hv-mandated-contacts",
                        YES,
                        "Child B's development review, with the ASQ-3, was in the garden in June, the new birth visit at"
                                + " home at twelve days, the six to eight week review by telephone in December and the three to"
                                + " four month contact by telephone in February 2021; none was missed.")
                .answer(
                        "hv-maternal-mood",
                        YES,
                        "The mood questions were asked at the antenatal contact, the new birth visit, six weeks and three to"
                                + " four months. At six weeks Mother's answers showed her low again, and the health visitor told"
                                + " the GP and the perinatal team that week.")
                .answer(
                        "hv-mental-health-and-parenting",
                        PARTLY,
                        "After the six-week contact the health visitor spoke to the perinatal team and recorded how Mother"
                                + " was managing Baby C's feeds and nights. The record does not consider Child A's part in the"
                                + " care, which the school nurse in the same service knew of.")
                .answer(
                        "hv-police-notifications",
                        PARTLY,
                        "The March notification was received. The health visitor rang Mother the next week but could not"
                                + " tell whether she was alone, and planned to speak to her in private at the June review,"
                                + " where another adult was in the garden, so it was not raised.")
                .answer(
                        "hv-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "Routine enquiry was made at the new birth visit, when Father of Child B and Baby C had taken Child"
                                + " B out and Mother was on her own. It could not be made at the June review, with another adult"
                                + " there, and nothing else was tried before the birth.")
                .answer(
                        "hv-substance-use-in-home",
                        YES,
                        "Both parents' alcohol use and smoking were asked about at the new birth visit: little alcohol, and"
                                + " smoking outside only. Mother's antidepressant was talked about and is kept in a high"
                                + " cupboard.")
                .answer(
                        "hv-father-seen-and-included",
                        YES,
                        "Father of Child B and Baby C was seen at the new birth visit and included in the safer sleep and"
                                + " coping-with-crying advice; his working hours and his part in the night feeds are"
                                + " recorded.")
                .answer(
                        "hv-household-members",
                        NO,
                        "The household list shows Mother, Father of Child B and Baby C and the children. The man noted as"
                                + " 'uncle' in June was never named or added, and the list was not checked with the social"
                                + " worker.")
                .answer(
                        "hv-older-sibling-lived-experience",
                        PARTLY,
                        "Child B's review in June records a talkative child meeting every milestone. Child A's school"
                                + " nurse record holds the October review at school, where Child A talked about the caring; the"
                                + " health visiting record for Child B and Baby C does not mention it.")
                .answer(
                        "hv-pre-birth-planning",
                        YES,
                        "The health visitor's written reports went to the May and August child in need reviews;"
                                + " she knew the birth plan's out-of-hours alert and had the new birth visit agreed as the"
                                + " first check after discharge.")
                .answer(
                        "hv-adversities-response",
                        "The school nurse heard Child A and referred, and the health visitor followed Mother's mood closely"
                                + " and acted on it. The March notification led to one telephone call, and the man in the"
                                + " garden was not followed up.")
                .answer(
                        "hv-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the health visitor did not disagree with the plan, and the record shows nothing"
                                + " that should have been challenged.")
                .answer(
                        "hv-covid-contact-mode",
                        "From March, Child B was seen in person once before the birth, at the June review in the garden;"
                                + " the antenatal contact was by video, the new birth visit at home, and the later reviews by"
                                + " telephone. The home was seen once, at the new birth visit, after the man had left.")
                .answer(
                        "hv-covid-impact",
                        "With clinics closed and contact only in the garden or on a screen through the spring and summer,"
                                + " the health visitor saw Child B once and never saw inside the home while the man the"
                                + " children called 'uncle' was staying. The school nurse could see Child A only once schools"
                                + " reopened in September.")
                .answer(
                        "hv-learning-from-reviews",
                        PARTLY,
                        "The mood questions at six weeks, and the call to the perinatal team, follow the briefing on"
                                + " maternal mental health. The briefing on invisible fathers and other men does not show: an"
                                + " adult seen in the garden was noted as 'uncle' and not asked about.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The school nurse saw Child A at school and acted on what Child A said, and the health visitor"
                                + " acted on Mother's mood; the March notification led to a single telephone call.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father of Child B and Baby C was seen and included at the new birth visit; the adult noted as"
                                + " 'uncle' in June was never named, and the household list never changed.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The health visitor's reports reached the reviews before the birth, and the new birth visit was the"
                                + " agreed first check after discharge.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "No disagreement with another agency arose, and the record shows none that should have.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The mood questions were asked at every mandated contact, and the low mood found at six weeks"
                                + " reached the GP and the perinatal team within the week.")
                .rationale(
                        COVID_19_IMPACT,
                        "Child B was seen in person once between March and the birth, in the garden, and the inside of the"
                                + " home not at all until the new birth visit.")
                .goodPractice("The school nurse saw Child A at school, away from home, heard that Child A 'can't do"
                        + " homework' because of the caring, and made the young carers' referral. The six-week mood"
                        + " questions found Mother low again, and the GP and the perinatal team knew that week.")
                .development("When an adult is in the home at a visit, ask who he is, put him on the household list and"
                        + " tell the social worker. Chase a young carers' referral that has not started, and join up what"
                        + " the school nurse and the health visitor each know of the same family.")
                .overall("Health visiting met the expected standard: every mandated contact was made, Mother's mood was"
                        + " followed and acted on, and the school nurse heard Child A. The service did not ask who the man"
                        + " in the garden was, and its two parts did not share what each knew of the children.");
    }
}
