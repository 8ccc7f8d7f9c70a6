package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The returns of Family 8 in the auditors' own words: every answer, reason and summary that the generated wording
 * would have got wrong for this family. Children's Services and midwifery are here, health visiting and the GP in
 * {@link ReturnsFamily08Health}, and the substance misuse service and police in {@link ReturnsFamily08TreatmentPolice}.
 *
 * <p>The family: Child A and Child B, of primary school age, and Baby C, born at term in April 2020 on a child in need
 * plan; Mother, who has depression; Father of Child A and Child B, who does not live with them; Baby C's father, whom
 * no record identifies (whether he is Mother's new partner is not established); and Mother's new partner, who was living
 * in the home by January 2020, when police first found him there, was treated for his drinking from February to
 * December 2020, relapsed in October and was at the centre of four police incidents at the home. Police
 * checked his history and made a Clare's Law disclosure to Mother in February 2020; no other agency saw or assessed
 * him.
 */
final class ReturnsFamily08 {
    static final String CASE = "family-08";

    private ReturnsFamily08() {}

    static void write(ReturnAccounts a) {
        childrensServices(a);
        midwifery(a);
        ReturnsFamily08Health.write(a);
        ReturnsFamily08TreatmentPolice.write(a);
    }

    private static void childrensServices(ReturnAccounts a) {
        a.amend(CASE, CHILDRENS_SERVICES)
                .answer(
                        "cs-pre-birth-referral-timely",
                        YES,
                        "The midwife referred at booking, at about ten weeks, and the pre-birth assessment began in"
                                + " September 2019, seven months before the birth.")
                .answer(
                        "cs-sibling-assessment-considers-unborn",
                        PARTLY,
                        "The pre-birth assessment considered the unborn baby separately from Child A and Child B. It"
                                + " treated Mother's new partner as a visitor and did not ask who the baby's father is, so"
                                + " the risk it analysed was not the risk the baby would live with.")
                .answer(
                        "cs-birth-plan-contingency",
                        YES,
                        "A birth plan was agreed with the midwife in February, with a contingency for an early or"
                                + " out-of-hours birth and a visit within two days of discharge; the labour ward had it when"
                                + " Baby C was born.")
                .answer(
                        "cs-both-parents-assessed",
                        NO,
                        "Father of Child A and Child B is named, with his contact arrangements, but was not part of the"
                                + " assessment. Nobody asked who Baby C's father is, and no record names him.")
                .answer(
                        "cs-males-in-household-checked",
                        NO,
                        "Mother's new partner is recorded as a visitor, though police found him at the home at every"
                                + " incident. No agency checks were asked for; the history police held, which had led to a"
                                + " Clare's Law disclosure to Mother in February, reached the file only as ViSTs.")
                .answer(
                        "cs-cumulative-risk",
                        "The four police incidents, the partner's drinking and Mother's depression were recorded at the"
                                + " reviews one at a time; no review asked what they meant together for three children.")
                .answer(
                        "cs-accounts-tested",
                        NO,
                        "Mother's account that her new partner did not live with the family was accepted. The ViSTs,"
                                + " which found him at the home each time police were called, were not set against it.")
                .answer(
                        "cs-domestic-abuse-perpetrator-focus",
                        NO,
                        "The incidents were recorded as 'known to police'. The plan asked Mother to keep the children"
                                + " safe and said nothing about her new partner's behaviour or what the children saw.")
                .answer(
                        "cs-maternal-mental-health-parenting",
                        PARTLY,
                        "Mother's depression and her GP's treatment are recorded at each review, and the GP's report"
                                + " informed the first one. The assessment does not say what her low mood, with a partner who"
                                + " drank at home, meant for her care of three children.")
                .answer(
                        "cs-professional-differences",
                        NO,
                        "The police had recorded that their ViSTs led to no strategy discussion, and the health"
                                + " visitor had recorded unease about the plan. Neither reached the social worker or the"
                                + " team manager as a challenge, and the social care record does not mention them.")
                .answer(
                        "cs-management-oversight",
                        NO,
                        "Supervision notes describe the case as 'stable' at each session from April. None asks what the"
                                + " police incidents or the partner living in the home meant, and the plan's actions were"
                                + " rolled forward unchanged.")
                .answer(
                        "cs-agencies-in-planning",
                        PARTLY,
                        "Midwifery, health visiting, the GP and the school were invited to the reviews. The substance"
                                + " misuse service was not, because the social worker did not know Mother's new partner was"
                                + " in treatment, and police were sent the minutes but not invited.")
                .answer(
                        "cs-covid-visit-mode",
                        "Child in need visits stayed face to face through 2020, at the door or in the garden during the"
                                + " first lockdown, and the children were seen at every visit. Mother's new partner was"
                                + " never there when the social worker called.")
                .answer(
                        "cs-covid-impact",
                        "The restrictions changed little in the social worker's own visits. They changed the work around"
                                + " them: reviews were held by telephone, health visiting worked by video, and the school saw"
                                + " less of Child A in the autumn, so fewer people saw the children than the plan assumed.")
                .answer(
                        "cs-learning-from-reviews",
                        NO,
                        "The partnership's briefing on assessing the men in a household is not reflected: Mother's new"
                                + " partner was treated as a visitor and nobody asked who Baby C's father is, the gaps the"
                                + " briefing describes.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The pre-birth assessment began at the midwife's referral and Baby C was born on a child in need"
                                + " plan, with a birth plan the labour ward held; but the assessment left out Mother's new"
                                + " partner and did not ask who the baby's father is, so it did not cover the man the baby"
                                + " would live with.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The police incidents, the partner's drinking and Mother's depression were each recorded and never"
                                + " analysed together, and Child A's drawing and falling attendance were not asked about.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Mother's new partner was recorded as a visitor though he lived in the home: he was not seen, no"
                                + " checks were asked for, and nobody asked who Baby C's father is.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's depression and its treatment were known and recorded at each review, with the GP's"
                                + " view; what it meant for her parenting was not analysed.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "Police and the health visitor had concerns about the plan that never reached the social worker,"
                                + " and the social worker did not ask them for their view.")
                .rationale(
                        COVID_19_IMPACT,
                        "Visits stayed face to face through both lockdowns, at the door or in the garden in the"
                                + " first, and the children were seen at each one; only the child in need reviews moved to"
                                + " telephone.")
                .goodPractice("The social worker kept every child in need visit face to face through the lockdowns and"
                        + " saw the children at each visit (Baby C from April), and the pre-birth assessment meant"
                        + " a birth plan was on the labour ward when Baby C was born.")
                .development(
                        "Treat a new partner living in the home as part of the assessment: see him, ask for police and"
                                + " health checks, and ask who the baby's father is. Read each ViST as information about the"
                                + " children's safety, test Mother's account against it, and ask the children about what their"
                                + " drawings and school attendance show.")
                .overall("The pre-birth assessment and the face-to-face visits were good, and Baby C's physical"
                        + " care has been good. But the plan was made for a household without Mother's new partner"
                        + " in it: he was not seen or checked, four police incidents did not change the plan, and"
                        + " nobody asked who Baby C's father is.");
    }

    private static void midwifery(ReturnAccounts a) {
        a.amend(CASE, MIDWIFERY)
                .answer("mw-booking-gestation", YES, "Mother booked at about ten weeks, in September 2019.")
                .answer(
                        "mw-routine-enquiry-domestic-abuse",
                        PARTLY,
                        "Routine enquiry was made at booking with Mother on her own, and she said there was no abuse. It"
                                + " was not repeated after the January and February incidents, which the midwife knew of"
                                + " from the police notifications; from March most contacts were by telephone.")
                .answer(
                        "mw-dash-marac-idva",
                        NO,
                        "Mother made no disclosure to the midwife, but abuse was known from the police"
                                + " notifications, and the February DASH is filed in the maternity record. The midwife did"
                                + " not discuss it with her, did not consider a MARAC referral on professional judgement in"
                                + " the pregnancy, and did not follow up the IDVA offer police had made.")
                .answer(
                        "mw-whooley-at-booking",
                        YES,
                        "The Whooley questions were asked at booking; Mother's answers and her history of depression led"
                                + " to a review with her GP, who continued her treatment.")
                .answer(
                        "mw-emotional-wellbeing-every-contact",
                        YES,
                        "Mother's mood was asked about at every antenatal and postnatal contact, in person and by"
                                + " telephone, and recorded each time.")
                .answer(
                        "mw-perinatal-mental-health-referral",
                        PARTLY,
                        "Mother was discussed with the perinatal team, who advised that her GP continue her treatment; she"
                                + " was not referred, and the care plan did not change.")
                .answer(
                        "mw-substance-use-enquiry",
                        PARTLY,
                        "Mother was asked about her own alcohol and drug use at booking and said she had none. Her new"
                                + " partner's drinking was not asked about, although the police notifications describe him"
                                + " as drunk at the incidents.")
                .answer(
                        "mw-father-identity-and-history",
                        NO,
                        "The baby's father is not named in the maternity record, and nobody asked who he is.")
                .answer(
                        "mw-partner-at-appointments",
                        NO,
                        "The record does not say whether anyone came with Mother to appointments before the restrictions"
                                + " began in March. The person who collected Mother and Baby C from the ward is recorded only"
                                + " as 'partner', with no name and no note of how he was with her.")
                .answer(
                        "mw-pre-birth-referral",
                        YES,
                        "The midwife referred at booking, with Mother's agreement, and contributed to the pre-birth"
                                + " assessment that began the same month.")
                .answer(
                        "mw-safeguarding-birth-plan",
                        YES,
                        "A safeguarding birth plan, with discharge arrangements and a contingency for an early or"
                                + " out-of-hours birth, was on the maternity record and the labour ward from February.")
                .answer(
                        "mw-antenatal-safeguarding-quality",
                        "The early referral and the birth plan were in place, but the midwife did not ask who the"
                                + " baby's father is or about the man living in the home, so the plan did not cover him.")
                .answer(
                        "mw-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the maternity record shows no disagreement with the plan for the baby;"
                                + " the midwife did not notice that it left out the man living in the home.")
                .answer(
                        "mw-covid-contact-mode",
                        "Antenatal contacts were face to face until March and then mostly by telephone, with scans in"
                                + " person; postnatal visits were in person to day five and then by telephone, with one"
                                + " weight check in person.")
                .answer(
                        "mw-covid-partner-restrictions",
                        NO,
                        "With partners kept out of appointments and off the ward, the midwife did not ask Mother, by"
                                + " telephone or in person, who the baby's father is or who was living at home.")
                .answer(
                        "mw-learning-from-reviews",
                        PARTLY,
                        "The early referral follows the partnership's briefing on pre-birth referral. The briefing on the"
                                + " men in a baby's life is not reflected: neither Baby C's father nor Mother's new partner is"
                                + " named or assessed.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The midwife recorded Mother's depression and the police notifications but did not ask Mother"
                                + " about the incidents or her partner's drinking.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The midwife referred early and the safeguarding birth plan was on the labour ward; the plan did"
                                + " not cover the man living in the home.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's mood was asked about at every contact and she was discussed with the perinatal team; the"
                                + " record does not consider what her depression meant for her care of the children.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Baby C's father is not identified in the maternity record and Mother's new partner appears only"
                                + " as 'partner'; neither was asked about.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The midwife did not question a plan that left out the man in the home, because the gap was not"
                                + " noticed.")
                .rationale(
                        COVID_19_IMPACT,
                        "From March contacts moved to telephone, and with partners kept off the ward the midwife lost"
                                + " sight of the household at the birth.")
                .goodPractice(
                        "The midwife referred at booking and made sure the safeguarding birth plan was on the labour"
                                + " ward, so a birth in the first lockdown had been planned for. Mother's mood was asked about at"
                                + " every contact.")
                .development("Record the baby's father and every adult living in the home, and ask again when someone"
                        + " moves in. Repeat routine enquiry about domestic abuse after a police notification, finding a"
                        + " safe time to speak to the woman alone even when contact is by telephone.")
                .overall("The referral, the birth plan and the attention to Mother's mood met the standard"
                        + " expected. The maternity record does not identify Baby C's father or say who Mother's"
                        + " new partner is, and routine enquiry was not repeated after the police incidents, so the"
                        + " midwifery part of the plan did not reach the man in the home.");
    }
}
