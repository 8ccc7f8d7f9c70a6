package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The returns of Family 8 in the auditors' own words: every answer, reason and summary that the generated wording
 * would have got wrong for this family.
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
    private static final String CASE = "family-08";

    private ReturnsFamily08() {}

    static void write(ReturnAccounts a) {
        childrensServices(a);
        midwifery(a);
        healthVisiting(a);
        gp(a);
        substanceMisuse(a);
        police(a);
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

    private static void substanceMisuse(ReturnAccounts a) {
        a.amend(CASE, ADULT_SUBSTANCE_MISUSE)
                .answer(
                        "asm-parent-children-questions",
                        NO,
                        "At assessment in February the parent and children questions were answered 'not his children,"
                                + " not applicable'. The record notes that he lives with his girlfriend and her children,"
                                + " without their names or ages, and not that she was pregnant until March.")
                .answer(
                        "asm-expectant-father-shared",
                        NO,
                        "The record notes in March that his partner was due a baby the next month. The service did not ask"
                                + " whether he was the father, and told no one that he was living with a pregnant woman and,"
                                + " from April, a newborn.")
                .answer(
                        "asm-risk-reassessed",
                        NO,
                        "His risk assessment was not reviewed at Baby C's birth or when he relapsed in October; it never"
                                + " mentions a baby.")
                .answer(
                        "asm-safe-storage",
                        NOT_APPLICABLE,
                        "Not applicable: he was treated for his drinking and prescribed no substitution medication."
                                + " Keeping alcohol in a home with a baby and two children was not discussed.")
                .answer(
                        "asm-use-verified",
                        PARTLY,
                        "His account of drinking less over the summer was accepted by telephone. There was no breath"
                                + " testing after March and no one else was asked, and his relapse in October was known only"
                                + " because he said so.")
                .answer(
                        "asm-domestic-abuse-asked",
                        NO,
                        "He was not asked about domestic abuse, as victim or perpetrator; the service did not know of the"
                                + " four police incidents at the home.")
                .answer(
                        "asm-perpetrator-behaviour",
                        NO,
                        "The service did not know of the Clare's Law disclosure about him or of the police call-outs, so"
                                + " his behaviour towards Mother was not part of his treatment plan.")
                .answer(
                        "asm-mental-health-of-parents",
                        NO,
                        "His own mood is recorded at each contact. Mother's depression, in pregnancy and after the birth,"
                                + " is not mentioned; the service did not know of it.")
                .answer(
                        "asm-hidden-harm",
                        NO,
                        "The children are not named in his record, and what they saw and heard when he drank was never"
                                + " discussed with him.")
                .answer(
                        "asm-pre-birth-contribution",
                        NO,
                        "The service did not know of the pre-birth assessment or the child in need plan, and contributed"
                                + " nothing to either.")
                .answer(
                        "asm-safeguarding-referral",
                        NO,
                        "His relapse in October, living with three children, one a baby, was not shared with anyone.")
                .answer(
                        "asm-think-family",
                        "The service treated his drinking as his alone: the children were 'not his', so his treatment never"
                                + " asked what his drinking meant for them.")
                .answer(
                        "asm-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the service did not know there was a plan for the children, and no disagreement"
                                + " is recorded.")
                .answer(
                        "asm-covid-contact-mode",
                        "From March all key work was by telephone; he was not seen in person again before his case closed"
                                + " in December.")
                .answer(
                        "asm-covid-take-home-doses",
                        NOT_APPLICABLE,
                        "Not applicable: he was prescribed no medication with take-home doses.")
                .answer(
                        "asm-learning-from-reviews",
                        NO,
                        "The briefing on the parent and children questions is not reflected: the questions were answered"
                                + " 'not applicable' for a man living with three children.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "His drinking and its ups and downs are recorded in detail, but not what they meant for the"
                                + " children he lived with.")
                .rationale(
                        FATHERS_AND_MALES,
                        "The service worked with him as a man in treatment, not as a man living with three children: it did"
                                + " not ask whether he is Baby C's father, and told no one he lived with a newborn.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The service knew in March that his partner was due a baby, told no one and never reassessed his"
                                + " risk after the birth.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The record holds nothing of Mother's depression; the service did not consider the mental health"
                                + " of the mother of the children he lived with.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The service had no view of the children's plan to disagree with, because it did not know there"
                                + " was one.")
                .rationale(
                        COVID_19_IMPACT,
                        "All key work moved to telephone in March; nobody saw him again, and his relapse in October was"
                                + " handled by telephone without anyone being told.")
                .goodPractice(
                        "The recovery worker kept telephone key work going through the lockdowns, and for a time in"
                                + " the summer he drank less. The record of his drinking is detailed.")
                .development("Ask the parent and children questions about every child the service user lives with, not"
                        + " only his own, and ask whether he is the father of an expected baby. Share a pregnancy, a birth"
                        + " and a relapse with the agencies working with the children, and review the risk assessment each"
                        + " time.")
                .overall("The children were left at risk of harm. The service kept in touch with him through 2020"
                        + " but treated the children as none of its business: the parent and children questions"
                        + " were answered 'not applicable', neither the pregnancy nor his relapse was shared, and"
                        + " his risk assessment never mentions a baby.");
    }

    private static void police(ReturnAccounts a) {
        a.amend(CASE, POLICE)
                .answer(
                        "pol-dash-every-incident",
                        YES,
                        "A DASH was completed at each of the four incidents, with Mother on her own, and each was reviewed"
                                + " by the Safeguarding Hub; all four were graded medium risk.")
                .answer(
                        "pol-dash-pregnancy-acted-on",
                        YES,
                        "The DASH in February recorded the pregnancy at about thirty-two weeks; the ViST named the unborn"
                                + " baby and went to midwifery and Children's Services the next day.")
                .answer(
                        "pol-marac-idva",
                        PARTLY,
                        "None of the four DASH assessments reached 14 ticks. By the third incident the repeat calls met"
                                + " the escalation criterion for MARAC, and no referral was made; Mother was offered an IDVA"
                                + " after the February incident and declined.")
                .answer(
                        "pol-vist-shared",
                        YES,
                        "A ViST was submitted for each child at every incident, for the unborn baby in February and for"
                                + " Baby C after the birth, and shared through the daily CARA alert with Children's Services,"
                                + " health and the school.")
                .answer(
                        "pol-child-spoken-to",
                        YES,
                        "Child A and Child B were seen at each incident they were present for. Child A was spoken to away"
                                + " from the adults twice and said Mother's new partner 'gets loud when he drinks'; Child B"
                                + " did not speak, and the ViSTs describe the child as silent and clinging to Child A.")
                .answer(
                        "pol-perpetrator-focus",
                        PARTLY,
                        "His history was checked at the first incident and led to the Clare's Law disclosure. He was"
                                + " arrested in November and released with no further action when Mother did not support a"
                                + " prosecution; an evidence-led case was not considered.")
                .answer(
                        "pol-clares-law",
                        YES,
                        "A disclosure to Mother about her new partner's history was considered after the first incident"
                                + " and made in February 2020.")
                .answer(
                        "pol-males-checked",
                        PARTLY,
                        "Mother's new partner was checked at the first incident and his history shared with Children's"
                                + " Services in the ViST. Father of Child A and Child B was not checked, and the police record"
                                + " does not identify Baby C's father.")
                .answer(
                        "pol-substance-use-at-incident",
                        YES,
                        "Mother's new partner had been drinking at every incident; each DASH and ViST records it and"
                                + " grades the risk to the children with it.")
                .answer(
                        "pol-maternal-mental-health",
                        PARTLY,
                        "Officers recorded Mother's low mood at two incidents and put it in the ViSTs; what it meant for"
                                + " her care of the children is noted, not analysed.")
                .answer(
                        "pol-strategy-and-planning",
                        NO,
                        "No strategy discussion was held after any of the four incidents, and police were not invited to"
                                + " the child in need reviews; the police part in the plan was the ViSTs.")
                .answer(
                        "pol-domestic-abuse-response",
                        "Officers attended promptly, completed a DASH every time, spoke to the children, and checked and"
                                + " disclosed the partner's history; the repeat incidents were not taken to MARAC.")
                .answer(
                        "pol-professional-differences",
                        NO,
                        "Officers recorded their concern that no strategy discussion followed the ViSTs but did not raise"
                                + " it with Children's Services or under the Professional Differences Policy.")
                .answer(
                        "pol-covid-contact-mode",
                        "Officers attended every incident in person, including in the first lockdown, and saw the children"
                                + " each time.")
                .answer(
                        "pol-covid-lockdown-risk",
                        PARTLY,
                        "The ViSTs from April note that the children were at home during the lockdown; the risk"
                                + " assessments do not consider what being at home all day with Mother's new partner meant"
                                + " for them.")
                .answer(
                        "pol-learning-from-reviews",
                        YES,
                        "The briefing on the voice of the child at domestic abuse incidents shows: the children were"
                                + " spoken to away from the adults and their words recorded. The partner's history was checked"
                                + " and disclosed, as the briefing on the focus on the perpetrator asks.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Officers explored each incident with Mother alone, spoke to the children and checked the"
                                + " partner's history; the pattern of four incidents was shared but not escalated.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The pregnancy was recorded in the February DASH and shared with midwifery and Children's"
                                + " Services, and every ViST after the birth named Baby C. Police were not part of the"
                                + " pre-birth planning.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Mother's new partner was identified, checked and the subject of a Clare's Law disclosure, and his"
                                + " drinking was recorded at every incident; the police record does not identify Baby C's"
                                + " father.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Officers recorded Mother's low mood at the incidents and shared it in the ViSTs.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "Officers recorded their concern that no strategy discussion followed their ViSTs but did not"
                                + " escalate it.")
                .rationale(
                        COVID_19_IMPACT,
                        "Officers attended in person throughout 2020 and saw the children at every incident.")
                .goodPractice("Officers spoke to Child A away from the adults and recorded the child's words, checked"
                        + " Mother's new partner's history and made a Clare's Law disclosure in February, and shared every"
                        + " incident with a ViST for each child, the unborn baby included.")
                .development("When ViSTs about the same household keep arriving and nothing changes, raise it with"
                        + " Children's Services and under the Professional Differences Policy, and refer to MARAC on the"
                        + " escalation criterion.")
                .overall("Officers responded in person, heard the children, checked"
                        + " and disclosed the partner's history and shared every incident. Their concern that none of this"
                        + " led to a strategy discussion was recorded but not escalated, and the repeat incidents were not"
                        + " referred to MARAC.");
    }
}
