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

/**
 * The returns of Family 12 in the auditors' own words: every answer, reason and summary that the generated wording
 * would have got wrong for this family. Children's Services and midwifery are here, health visiting and the GP in
 * {@link ReturnsFamily12Health}, and the adult services and police in {@link ReturnsFamily12AdultServicesPolice}.
 *
 * <p>The family: Child A, a toddler, and Baby B, born at term in January 2021; Mother, who has depression and drinks;
 * and Father, who drinks heavily and was in alcohol treatment from August 2020 until his case was closed in March 2021.
 * Police attended two incidents, in July and November 2020; the second was graded high risk and went to MARAC. Child A
 * was on a child in need plan from July 2020, no pre-birth assessment was made, and the Children's Services auditor
 * raised an immediate concern on completing the return ({@link TorbayConcerns}). A GP telephone consultation in
 * September 2020, between the call-outs, for a burn to Child A's hand came to light only in the section 47 enquiries;
 * Maternal grandmother, who stayed the night of the November call-out, is in the safety plan from 9 April 2021; and
 * police, the substance misuse service and adult mental health are involved again from April 2021.
 */
final class ReturnsFamily12 {
    static final String CASE = "family-12";

    private ReturnsFamily12() {}

    static void write(ReturnAccounts a) {
        childrensServices(a);
        midwifery(a);
        ReturnsFamily12Health.write(a);
        ReturnsFamily12AdultServicesPolice.write(a);
    }

    private static void childrensServices(ReturnAccounts a) {
        a.amend(CASE, CHILDRENS_SERVICES)
                .answer(
                        "cs-pre-birth-referral-timely",
                        NO,
                        "Mother's pregnancy was known from the first visit in July, and the MARAC in November named"
                                + " the unborn baby, but no pre-birth assessment was started; Baby B was born in January 2021"
                                + " without one.")
                .answer(
                        "cs-sibling-assessment-considers-unborn",
                        NO,
                        "Child A's assessment in July notes the pregnancy and says nothing more about the unborn"
                                + " baby, and the plan was not reviewed as the birth approached.")
                .answer(
                        "cs-birth-plan-contingency",
                        NO,
                        "No birth plan was agreed with midwifery, and the record holds no arrangements for Baby B's"
                                + " discharge home.")
                .answer(
                        "cs-both-parents-assessed",
                        NO,
                        "The assessment was written from Mother's account. Father was not seen on his own, his"
                                + " drinking and his treatment were not explored with him, and his part in both police"
                                + " incidents was not discussed.")
                .answer(
                        "cs-males-in-household-checked",
                        PARTLY,
                        "Father is the only man in the household. Police information about him came with the ViSTs,"
                                + " but the social worker did not ask his treatment service or the GP what they knew.")
                .answer(
                        "cs-cumulative-risk",
                        "Two police incidents, both parents' heavy drinking, Mother's depression and a pregnancy"
                                + " were each recorded and never analysed together, and the record gives no reason for"
                                + " keeping the case at child in need.")
                .answer(
                        "cs-accounts-tested",
                        NO,
                        "The parents' account on video calls that things were better after each incident was"
                                + " accepted; the police account of the November incident was not put to them.")
                .answer(
                        "cs-domestic-abuse-perpetrator-focus",
                        NO,
                        "Child A is not described as a victim of either incident, and the plan says nothing about"
                                + " the parents' arguments or Father's behaviour when drinking.")
                .answer(
                        "cs-maternal-mental-health-parenting",
                        NO,
                        "Mother's depression appears only in the adult mental health referral letter; it was not"
                                + " discussed with her or her care coordinator, and the record does not consider what it"
                                + " meant for her care of a toddler and a baby.")
                .answer(
                        "cs-professional-differences",
                        NO,
                        "The police officer's concern that no strategy discussion followed the high-graded ViST,"
                                + " and the health visitor's unease about the plan, do not appear in the social care record"
                                + " as challenges, and no one raised them with the team manager.")
                .answer(
                        "cs-management-oversight",
                        NO,
                        "Supervision in November noted the high-graded ViST and recorded 'continue child in need"
                                + " plan', with no reason and no timescale; there is no management decision on the pregnancy"
                                + " or on Baby B's birth.")
                .answer(
                        "cs-agencies-in-planning",
                        NO,
                        "Neither adult service was invited to the child in need reviews, and neither told the"
                                + " social worker it had closed the parent's case.")
                .answer(
                        "cs-covid-visit-mode",
                        "Child A was seen at home once, in July when the case opened. The five visits between"
                                + " September and December were by video; the record says 'due to Covid' and holds no risk"
                                + " assessment or manager's agreement, although there was no lockdown in September and"
                                + " October and the household was not isolating.")
                .answer(
                        "cs-covid-impact",
                        "Visits moved to video in September without a recorded reason and stayed there through"
                                + " the second lockdown and, after Baby B's birth in January 2021, the third. On video"
                                + " Child A was described as 'fine' each time; the auditor considers that a toddler seen on"
                                + " a screen could not show what the police found in November, and counts the move to video"
                                + " as a practice gap rather than an effect of the restrictions.")
                .answer(
                        "cs-learning-from-reviews",
                        NO,
                        "The partnership's briefing on pre-birth assessment where an older child is on a plan is"
                                + " not reflected: the pregnancy was known and no pre-birth assessment was made.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "No pre-birth assessment was started although the pregnancy was known from July and the"
                                + " MARAC named the unborn baby; Baby B was born with no plan and added to Child A's plan"
                                + " afterwards.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Two police incidents, both parents' drinking and Mother's depression were recorded and"
                                + " never put together, and the police account of November was not discussed with the parents"
                                + " or in supervision.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father was not seen on his own or assessed, although he drank heavily and was at the"
                                + " centre of both police incidents.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's depression was known from correspondence only, and what it meant for her care of"
                                + " the children was never considered.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "Concerns held by the police and the health visitor never reached the social worker as"
                                + " challenges, and the plan stayed as it was.")
                .rationale(
                        COVID_19_IMPACT,
                        "After one visit in person in July, Child A was seen only on video in 2020, from"
                                + " September with no recorded reason, and what not seeing the home meant was never"
                                + " weighed.")
                .goodPractice("Little good practice was found. The social worker kept in touch with the family through"
                        + " the autumn, although only by video, and recorded each contact.")
                .development("Start a pre-birth assessment when a child on a plan has a sibling on the way, and review"
                        + " the plan when the risk rises. See the children in person when the police report concern,"
                        + " discuss each ViST with the parents and in supervision, and invite the parents' own"
                        + " services to the reviews.")
                .overall("The children were left at risk of harm. The plan stayed at child in need, with no"
                        + " recorded reason, through a high-graded ViST and a MARAC that named the unborn baby;"
                        + " supervision signed it off unchanged; and nobody assessed the home Baby B was born into."
                        + " The auditor raised an immediate concern on completing this return.");
    }

    private static void midwifery(ReturnAccounts a) {
        a.amend(CASE, MIDWIFERY)
                .answer(
                        "mw-booking-gestation",
                        NO,
                        "Mother booked at sixteen weeks, in August; the reason for the late booking was not asked"
                                + " about or recorded.")
                .answer(
                        "mw-routine-enquiry-domestic-abuse",
                        NO,
                        "Routine enquiry is not recorded at booking or later, although the social worker told the"
                                + " midwife at booking of the police call-out in July.")
                .answer(
                        "mw-dash-marac-idva",
                        NO,
                        "Mother made no disclosure to the midwife, but abuse was known: the social worker told"
                                + " the midwife at booking of the July call-out, and the MARAC notice from November is"
                                + " filed in the maternity record. No DASH was offered, a referral on professional"
                                + " judgement in the pregnancy was not considered, and the notice was filed without anyone"
                                + " contacting Mother or the social worker.")
                .answer(
                        "mw-whooley-at-booking",
                        PARTLY,
                        "The Whooley questions were asked at booking and Mother answered yes to both; she was"
                                + " advised to see her GP, and no fuller assessment followed.")
                .answer(
                        "mw-emotional-wellbeing-every-contact",
                        PARTLY,
                        "Mother's mood is recorded as 'low' at some antenatal contacts, with no further question,"
                                + " and it was not asked about at the postnatal visits.")
                .answer(
                        "mw-perinatal-mental-health-referral",
                        NO,
                        "Mother was not referred to the perinatal team, although her depression was known at"
                                + " booking and adult mental health assessed her in August.")
                .answer(
                        "mw-substance-use-enquiry",
                        PARTLY,
                        "Mother's drinking was recorded at booking as occasional and Father's was not asked about."
                                + " At the day-three visit both parents smelled of alcohol; this was passed to the health"
                                + " visitor, not the social worker, and no referral to the specialist midwife was made.")
                .answer(
                        "mw-father-identity-and-history",
                        PARTLY,
                        "Father is named as the baby's father; his history, his drinking and his part in the police"
                                + " incidents are not recorded.")
                .answer(
                        "mw-partner-at-appointments",
                        NO,
                        "Father came to the twenty-week scan. The record does not say how he was with Mother or"
                                + " whether she could speak freely, and she was not seen alone afterwards.")
                .answer(
                        "mw-pre-birth-referral",
                        NO,
                        "The midwife knew a social worker was involved with Child A and took it that the pregnancy"
                                + " was covered; no referral for a pre-birth assessment was made.")
                .answer(
                        "mw-safeguarding-birth-plan",
                        NO,
                        "No safeguarding birth plan was written, although a social worker was involved with the"
                                + " family.")
                .answer(
                        "mw-antenatal-safeguarding-quality",
                        "Midwifery care kept the pregnancy healthy, but the late booking, Mother's low mood and the"
                                + " family's involvement with Children's Services led to no referral and no birth plan.")
                .answer(
                        "mw-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the midwife took it that the social worker's involvement covered the"
                                + " pregnancy and had no view of the plan to disagree with; the maternity record holds no"
                                + " challenge either way.")
                .answer(
                        "mw-covid-contact-mode",
                        "The booking and the scans were in person and most other antenatal contacts by telephone."
                                + " Baby B was born in January 2021, in the third national lockdown, with Father allowed on"
                                + " the labour ward for the birth only; the postnatal visits to day ten were in person.")
                .answer(
                        "mw-covid-partner-restrictions",
                        NO,
                        "While the rules kept Father out of most appointments, nothing was asked about him by"
                                + " telephone.")
                .answer(
                        "mw-learning-from-reviews",
                        NO,
                        "The briefing on unborn babies where an older sibling is on a plan is not reflected: there"
                                + " was no referral and no birth plan.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The late booking, Mother's low mood and the alcohol at the postnatal visit were each noted"
                                + " and not explored or drawn together.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "No pre-birth referral or safeguarding birth plan was made although a social worker was"
                                + " involved with Child A.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's positive Whooley answers led only to advice to see her GP; she was not referred"
                                + " to the perinatal team.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father is named, but his drinking, his history and his part in the police incidents are"
                                + " not recorded.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The midwife raised no concern about the plan for Child A and did not ask whether it"
                                + " covered the pregnancy.")
                .rationale(
                        COVID_19_IMPACT,
                        "Most antenatal contacts were by telephone, and Father was not asked about while the rules"
                                + " kept him out.")
                .goodPractice("The midwife recorded that both parents smelled of alcohol at the day-three visit and"
                        + " told the health visitor the same day, and Mother attended every scan and antenatal"
                        + " check.")
                .development("Ask why a woman books late, and refer for a pre-birth assessment, with a safeguarding"
                        + " birth plan, when a social worker is involved with an older child. Follow positive Whooley"
                        + " answers with a referral, ask about both parents' drinking, and share what a postnatal"
                        + " visit finds with the social worker as well as the health visitor.")
                .overall("Midwifery's care was sound clinically and weak on safeguarding: the late booking,"
                        + " Mother's low mood and the alcohol at the postnatal visit were each noted and never"
                        + " drawn together, and no referral or birth plan was made although a social worker was"
                        + " involved.");
    }
}
