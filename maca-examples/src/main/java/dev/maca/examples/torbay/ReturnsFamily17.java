package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The returns of Family 17 in the auditors' own words: every answer, reason and summary that the generated wording
 * would have got wrong for this family.
 *
 * <p>The family: Child A, a toddler, and Baby B, born at term in September 2020, who went home with both parents and no
 * plan; Mother, who has depression; Father, and Father's brother, who lives in the home, both in treatment for opiate use
 * from March 2020 until both were discharged in December after missed appointments. The family was not known to
 * Children's Services in 2020: no agency referred. The substance misuse service works with the men only, and its auditor
 * raised an immediate concern on reading their records ({@link TorbayConcerns}).
 */
final class ReturnsFamily17 {
    private static final String CASE = "family-17";

    private ReturnsFamily17() {}

    static void write(ReturnAccounts a) {
        midwifery(a);
        healthVisiting(a);
        gp(a);
        substanceMisuse(a);
    }

    private static void midwifery(ReturnAccounts a) {
        a.amend(CASE, MIDWIFERY)
                .answer("mw-booking-gestation", YES, "Mother booked in February, at about nine weeks.")
                .answer(
                        "mw-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "Routine enquiry was made at booking with Mother on her own, and she said there was no"
                                + " abuse; it was not asked again once contacts moved to telephone.")
                .answer(
                        "mw-whooley-at-booking",
                        YES,
                        "The Whooley questions were asked at booking, and Mother's positive answers led to a"
                                + " referral to the perinatal team.")
                .answer(
                        "mw-emotional-wellbeing-every-contact",
                        YES,
                        "Mother's mood was asked about at every antenatal and postnatal contact, by telephone after"
                                + " March, and recorded each time.")
                .answer(
                        "mw-perinatal-mental-health-referral",
                        YES,
                        "Mother was referred to the perinatal team in March and seen by them in pregnancy; their"
                                + " advice is in her care plan.")
                .answer(
                        "mw-substance-use-enquiry",
                        PARTLY,
                        "Mother was asked about her own use and had none. Both men's opiate use was recorded at"
                                + " booking and Father was given advice on safe storage, but Mother was not referred to the"
                                + " specialist midwife and the treatment service was not contacted.")
                .answer(
                        "mw-father-identity-and-history",
                        PARTLY,
                        "Father is named, with his treatment for opiate use. His history, any previous children and"
                                + " whether he had been known to Children's Services were not asked about.")
                .answer(
                        "mw-partner-at-appointments",
                        PARTLY,
                        "Father came to the booking appointment; the record notes that he was there but not how he"
                                + " was with Mother. After March the rules kept him out.")
                .answer(
                        "mw-pre-birth-referral",
                        NO,
                        "No referral was made, although the midwife knew at booking that both men in the home were"
                                + " in treatment for opiate use.")
                .answer(
                        "mw-safeguarding-birth-plan",
                        NO,
                        "No safeguarding birth plan was written; Baby B went home with both parents on day three"
                                + " with the routine discharge arrangements.")
                .answer(
                        "mw-antenatal-safeguarding-quality",
                        "Mother's health was well cared for, but the midwife knew of opiate use by both men in the"
                                + " home and neither referred nor wrote a safeguarding birth plan.")
                .answer(
                        "mw-professional-differences",
                        NO,
                        "The midwife recorded unease in July that no one had referred the family, but did not"
                                + " refer, raise it with the safeguarding midwife or use the Professional Differences Policy.")
                .answer(
                        "mw-covid-contact-mode",
                        "The booking in February was face to face. From March antenatal contacts were by telephone,"
                                + " with scans in person, and the postnatal visits to day five were in person.")
                .answer(
                        "mw-covid-partner-restrictions",
                        NO,
                        "While the rules kept Father out of appointments, nothing more was asked about him or his"
                                + " brother, and their treatment was not checked with the service.")
                .answer(
                        "mw-learning-from-reviews",
                        NO,
                        "The briefing on unborn babies and parental substance use is not reflected: opiate use by"
                                + " both men in the home was recorded and not referred.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The midwife found and recorded both men's opiate use, but did not ask what it meant for"
                                + " the children or check it with the treatment service.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "No referral and no safeguarding birth plan, although the midwife knew of opiate use by"
                                + " both men in the home.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's mood was asked about at every contact and she was referred to the perinatal team;"
                                + " what her low mood meant for her care of the children, with opiates in the home, was not"
                                + " considered.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father's treatment was recorded and safe storage advised at booking, but neither man's"
                                + " history was asked about or checked.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The midwife's unease that no one had referred was recorded and not acted on.")
                .rationale(
                        COVID_19_IMPACT,
                        "From March contacts were by telephone, and the men in the home were not asked about again.")
                .goodPractice("Mother's depression was well supported: the Whooley questions at every contact and an"
                        + " early referral to the perinatal team.")
                .development("Refer for a pre-birth assessment when a parent or another adult in the home is in"
                        + " treatment for opiate use, write a safeguarding birth plan, and check that a referral has"
                        + " been made rather than assume it. Record the history of every man in the household.")
                .overall("Practice was not yet good. Mother's mental health was well supported, but the midwife knew"
                        + " from booking that both men in the home were in treatment for opiate use and neither"
                        + " referred nor wrote a safeguarding birth plan, so Baby B went home with no plan.");
    }

    private static void healthVisiting(ReturnAccounts a) {
        a.amend(CASE, HEALTH_VISITING)
                .answer(
                        "hv-antenatal-contact",
                        NO,
                        "The mandated antenatal contact was not made, and the gap was not followed up.")
                .answer(
                        "hv-mandated-contacts",
                        PARTLY,
                        "Child A's development review in the summer and the new birth visit were face to face, and"
                                + " the six to eight week review was by telephone; the missed antenatal contact was not"
                                + " followed up.")
                .answer(
                        "hv-maternal-mood",
                        YES,
                        "The mood questions were asked at the new birth visit, at six weeks and at three to four"
                                + " months, and the health visitor knew the perinatal team was involved.")
                .answer(
                        "hv-mental-health-and-parenting",
                        PARTLY,
                        "The health visitor recorded Mother's mood and her perinatal care, but not how her low mood"
                                + " affected her care of a toddler who was not speaking and a newborn.")
                .answer(
                        "hv-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "Routine enquiry was made at the new birth visit with Mother on her own, and not repeated"
                                + " at the telephone contacts.")
                .answer(
                        "hv-substance-use-in-home",
                        NO,
                        "The record does not mention opiate use in the home or the safe storage of medication,"
                                + " although Father's treatment was on his GP record and in the midwife's notes.")
                .answer(
                        "hv-father-seen-and-included",
                        PARTLY,
                        "Father was seen at the new birth visit; his treatment and his part in the children's care"
                                + " were not asked about.")
                .answer(
                        "hv-household-members",
                        NO,
                        "The household list shows Mother, Father and the children; Father's brother, who lived in"
                                + " the home through 2020, is not on it.")
                .answer(
                        "hv-older-sibling-lived-experience",
                        PARTLY,
                        "Child A's development review records a flat, watchful child who did not speak or point,"
                                + " and a referral for hearing and speech; what Child A's days at home were like was not"
                                + " asked.")
                .answer(
                        "hv-pre-birth-planning",
                        NO,
                        "No pre-birth assessment was made, and the health visitor did not ask whether the family"
                                + " had been referred.")
                .answer(
                        "hv-adversities-response",
                        "The health visitor acted on Child A's development, but did not ask about opiate use in the"
                                + " home or who lived there.")
                .answer(
                        "hv-professional-differences",
                        NO,
                        "The health visitor recorded unease that the GP had not shared the men's treatment, but did"
                                + " not raise it with the practice, in safeguarding supervision or under the Professional"
                                + " Differences Policy.")
                .answer(
                        "hv-covid-contact-mode",
                        "Child A's development review and the new birth visit were face to face; the later contacts"
                                + " were by telephone.")
                .answer(
                        "hv-covid-impact",
                        "Telephone contact after the new birth visit meant the health visitor did not see the home"
                                + " again in 2020 and never met Father's brother; the picture of home life came from Mother.")
                .answer(
                        "hv-learning-from-reviews",
                        NO,
                        "The briefing on invisible fathers is not reflected: Father's brother is not on the"
                                + " household list, and Father's treatment was not asked about.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Child A's presentation was noticed and referred for hearing and speech, but not asked"
                                + " about as a sign of life at home, and the opiate use in the home was not explored.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The antenatal contact was not made, and the health visitor did not ask whether the"
                                + " pregnancy had been referred.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The mood questions were asked at every contact; what Mother's low mood meant for her care"
                                + " of the children was not considered.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father was seen once and his treatment was not asked about; Father's brother is not on the"
                                + " household list.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The health visitor's unease that the GP had not shared the men's treatment was recorded"
                                + " and not raised.")
                .rationale(
                        COVID_19_IMPACT,
                        "After the new birth visit contacts were by telephone, and the home and Father's brother"
                                + " were not seen.")
                .goodPractice(
                        "The health visitor saw at the development review that Child A was not speaking or pointing"
                                + " and referred for a hearing test and a speech assessment, and kept asking Mother about her"
                                + " mood.")
                .development("Keep the household list up to date and ask who else lives in the home. Ask about drug use"
                        + " and safe storage where a parent is in treatment, make the antenatal contact, and refer"
                        + " when the household's risks have not been assessed.")
                .overall("Practice was not yet good. Child A's development was noticed and referred and Mother's"
                        + " mood was asked about, but the antenatal contact was missed, the men's opiate use and"
                        + " Father's brother are not on the health visiting record, and no one referred.");
    }

    private static void gp(ReturnAccounts a) {
        a.amend(CASE, PRIMARY_CARE_GP)
                .answer(
                        "gp-safeguarding-codes-family",
                        NO,
                        "No safeguarding code is on any family member's record, although both men's treatment"
                                + " records and the children's records are at the same practice.")
                .answer(
                        "gp-child-cause-for-concern-coding",
                        NO,
                        "Neither child's record carries a code for the household's circumstances.")
                .answer(
                        "gp-family-records-linked",
                        NO,
                        "The men's records are not linked to the children's or to Mother's, so their treatment"
                                + " could not be seen alongside the children's records.")
                .answer(
                        "gp-depression-in-pregnancy",
                        YES,
                        "Mother's depression was reviewed in pregnancy and at the six to eight week check, and her"
                                + " treatment was adjusted with the pregnancy in mind.")
                .answer(
                        "gp-perinatal-mental-health",
                        PARTLY,
                        "The perinatal team's letters are on Mother's record; neither they nor the GP's notes"
                                + " consider her care of the children.")
                .answer(
                        "gp-child-protection-conference",
                        NOT_APPLICABLE,
                        "Not applicable: the family was not known to Children's Services in the period, and no"
                                + " conference was held.")
                .answer(
                        "gp-father-consultations",
                        NO,
                        "Father and his brother each consulted by telephone about their treatment; neither"
                                + " consultation mentions the expected baby or Child A.")
                .answer(
                        "gp-substitution-prescribing",
                        NO,
                        "The practice knew both men were prescribed substitution medication and did not consider"
                                + " the children's safety or safe storage. The service's letters in December saying both men"
                                + " had been discharged after missed appointments were filed without action.")
                .answer(
                        "gp-domestic-abuse-enquiry",
                        PARTLY,
                        "Mother was asked about home at her review in pregnancy, by telephone; the record does not"
                                + " say she was alone.")
                .answer(
                        "gp-pre-birth-information",
                        NOT_APPLICABLE,
                        "Not applicable: no pre-birth assessment was made, so no information was asked for.")
                .answer(
                        "gp-family-risk-response",
                        "The practice held records of two men in opiate treatment living with a toddler and a"
                                + " newborn, and neither linked them to the children's records nor told anyone.")
                .answer(
                        "gp-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the practice did not disagree with any decision about the children, and"
                                + " the record shows no challenge given or received.")
                .answer(
                        "gp-covid-contact-mode",
                        "Child A's two consultations in 2020 were by telephone; Baby B's six to eight week check"
                                + " was face to face.")
                .answer(
                        "gp-covid-missed-appointments",
                        NOT_APPLICABLE,
                        "Not applicable: no appointment for the children, and not Mother's postnatal check, was"
                                + " missed in 2020.")
                .answer(
                        "gp-learning-from-reviews",
                        NO,
                        "The briefing on coding all family members is not reflected: the men's treatment was not"
                                + " linked to the children's records.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Both men's treatment was on their records at the practice, and neither was considered as a"
                                + " carer of the children.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The practice knew of the opiate use in the home and did not ask what it meant for the"
                                + " children.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The practice knew of the pregnancy and the men's treatment, and neither referred nor coded"
                                + " the baby's record.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's depression was reviewed in pregnancy and after the birth, with the perinatal"
                                + " team's advice.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The practice raised nothing and did not question the absence of a plan.")
                .rationale(
                        COVID_19_IMPACT,
                        "Most consultations were by telephone; Baby B's check was face to face, but the GP did not"
                                + " ask about the men's opiate use.")
                .goodPractice("The GP reviewed Mother's depression in pregnancy and after the birth with the perinatal"
                        + " team's advice, and Baby B's six to eight week check was face to face.")
                .development("Link the records of adults in treatment to the children they live with, code the"
                        + " children's records, and refer when no agency has. Read a treatment service's discharge"
                        + " letter for a parent of young children as a safeguarding matter.")
                .overall("Practice was not yet good. Mother's depression was treated well, but the practice held the"
                        + " records of two men in opiate treatment living with a toddler and a newborn, linked"
                        + " neither to the children, filed both men's discharge letters and told no one.");
    }

    private static void substanceMisuse(ReturnAccounts a) {
        a.amend(CASE, ADULT_SUBSTANCE_MISUSE)
                .answer(
                        "asm-parent-children-questions",
                        PARTLY,
                        "Father's assessment records that he 'lives with partner and child'; his brother's records"
                                + " no children. Child A's age, who cares for Child A and the pregnancy were not recorded at"
                                + " assessment.")
                .answer(
                        "asm-expectant-father-shared",
                        NO,
                        "Father's record notes in May that his partner was pregnant; the service told no one.")
                .answer(
                        "asm-risk-reassessed",
                        NO,
                        "Neither man's risk to the children was reassessed at the pregnancy, the birth, the move to"
                                + " take-home doses or the missed appointments before discharge.")
                .answer(
                        "asm-safe-storage",
                        NO,
                        "Neither key worker asked where the men's medication was kept, and no lockable box was"
                                + " provided or checked, although a toddler lived in the home and a baby was due.")
                .answer(
                        "asm-use-verified",
                        PARTLY,
                        "Both men's use was tested at supervised consumption until March; after that it was taken"
                                + " from their accounts by telephone.")
                .answer(
                        "asm-domestic-abuse-asked",
                        PARTLY,
                        "Father was asked about domestic abuse at assessment and said there was none; his brother"
                                + " was not asked.")
                .answer(
                        "asm-mental-health-of-parents",
                        NO,
                        "Each man's own mood is recorded. Mother's depression, in pregnancy and after the birth, is"
                                + " not mentioned; the service did not know of it.")
                .answer(
                        "asm-hidden-harm",
                        NO,
                        "Neither key worker asked who looked after Child A when the men used, or what Child A saw.")
                .answer(
                        "asm-pre-birth-contribution",
                        NO,
                        "There was no pre-birth assessment, because no one referred, and the service did not ask"
                                + " whether one was under way.")
                .answer(
                        "asm-safeguarding-referral",
                        NO,
                        "The service made no referral, and discharged both men in December without telling the"
                                + " health visitor or Children's Services; the discharge letters went only to the GP.")
                .answer(
                        "asm-think-family",
                        "The service did not see the children as part of either man's life, and treated each man's"
                                + " use as his own.")
                .answer(
                        "asm-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the service took no part in any plan for the children, and no disagreement"
                                + " is recorded.")
                .answer(
                        "asm-covid-contact-mode",
                        "From March key work with both men was by telephone and supervised consumption ended;"
                                + " neither man was seen in person by a key worker again in 2020.")
                .answer(
                        "asm-covid-take-home-doses",
                        NO,
                        "Both men moved to take-home doses in March; the risk to a toddler in the home was not"
                                + " reassessed and safe storage was not checked, then or when the baby was due.")
                .answer(
                        "asm-learning-from-reviews",
                        NO,
                        "The briefings on safe storage and on expectant fathers in treatment are not reflected:"
                                + " neither was acted on.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Both men's treatment was well recorded, but not what it meant for the children they lived"
                                + " with.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father was known to be an expectant father, and neither man was considered as a carer of a"
                                + " toddler and a baby.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The pregnancy was recorded in May and shared with no one, and safe storage was not checked"
                                + " before the birth.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The service did not know of Mother's depression and did not consider the mental health of"
                                + " the mother of the children in the home.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The service took no part in any plan for the children and raised nothing.")
                .rationale(
                        COVID_19_IMPACT,
                        "Take-home doses replaced supervised consumption and key work moved to telephone without"
                                + " the risk to the children being reassessed, and both men were discharged after missed"
                                + " calls.")
                .goodPractice("Both men were offered treatment promptly, and their use was tested at supervised"
                        + " consumption until March.")
                .development("Ask the parent and children questions of every service user, record an expectant father"
                        + " and share it, and check safe storage at home when take-home doses start or a baby is due."
                        + " Tell the health visitor and Children's Services before discharging a parent of young"
                        + " children.")
                .overall("Practice was not yet good. Treatment gave both men a prescription and, for a time,"
                        + " stability, but the service did not see the children as part of either man's life: the"
                        + " pregnancy was not shared, safe storage was never checked, and both men were discharged in"
                        + " December without telling anyone but the GP. The auditor raised an immediate concern while"
                        + " completing this return.");
    }
}
