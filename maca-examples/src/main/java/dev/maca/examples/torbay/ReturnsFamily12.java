package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
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
 * The returns of Family 12 in the auditors' own words: every answer, reason and summary that the generated wording
 * would have got wrong for this family.
 *
 * <p>The family: Child A, a toddler, and Baby B, born at term in January 2021; Mother, who has depression and drinks;
 * and Father, who drinks heavily and was in alcohol treatment from August 2020 until his case was closed in March 2021.
 * Police attended two incidents, in July and November 2020; the second was graded high risk and went to MARAC. Child A
 * was on a child in need plan from July 2020, no pre-birth assessment was made, and the Children's Services auditor
 * raised an immediate concern on completing the return ({@link TorbayConcerns}).
 */
final class ReturnsFamily12 {
    private static final String CASE = "family-12";

    private ReturnsFamily12() {}

    static void write(ReturnAccounts a) {
        childrensServices(a);
        midwifery(a);
        healthVisiting(a);
        gp(a);
        substanceMisuse(a);
        mentalHealth(a);
        police(a);
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

    private static void healthVisiting(ReturnAccounts a) {
        a.amend(CASE, HEALTH_VISITING)
                .answer(
                        "hv-antenatal-contact",
                        PARTLY,
                        "The antenatal contact was by telephone in November. It covered Mother's mood and feeding"
                                + " plans, not the police incident that month or the drinking.")
                .answer(
                        "hv-mandated-contacts",
                        PARTLY,
                        "Child A's mandated development review, with the ASQ-3, was in the garden in August; the"
                                + " communication score was below the cut-off, and the health visitor booked a targeted"
                                + " follow-up of Child A's speech for December, which was done by telephone. Baby B's new"
                                + " birth visit was face to face at eleven days and the six to eight week review by"
                                + " telephone. In the audit period Baby B was last seen in person at the eight-week clinic"
                                + " weight check in March 2021; since 8 April the health visitor has seen both children at"
                                + " home every week.")
                .answer(
                        "hv-maternal-mood",
                        PARTLY,
                        "The mood questions were asked at the new birth visit and by telephone at six weeks; Mother"
                                + " said she was managing, and her depression was not discussed with her care coordinator.")
                .answer(
                        "hv-mental-health-and-parenting",
                        NO,
                        "The health visitor knew of Mother's depression but did not ask adult mental health about"
                                + " it or think through how it affected her care of both children; the service did not know"
                                + " she had been discharged in February.")
                .answer(
                        "hv-police-notifications",
                        PARTLY,
                        "Both police notifications were received. The July notification was raised with Mother at"
                                + " Child A's review in the garden in August; the record does not say she was alone, and"
                                + " Father was at home that day, so it was not a safe conversation. The November"
                                + " notification was filed and passed to the child in need review without any contact with"
                                + " Mother.")
                .answer(
                        "hv-routine-enquiry-domestic-abuse",
                        NO,
                        "Routine enquiry is not recorded at any contact, although both police notifications were on"
                                + " the record; Mother was never seen alone.")
                .answer(
                        "hv-substance-use-in-home",
                        YES,
                        "At the new birth visit the health visitor saw empty cans in the kitchen and talked with"
                                + " both parents about their drinking and about safer sleep for a baby who sometimes sleeps"
                                + " in their bed.")
                .answer(
                        "hv-father-seen-and-included",
                        PARTLY,
                        "Father was seen at the new birth visit and included in the safer sleep conversation; his"
                                + " drinking, his treatment and his part in the police incidents were not asked about.")
                .answer(
                        "hv-household-members",
                        YES,
                        "The household list shows Mother, Father, Child A and, from January, Baby B, which matches"
                                + " what every agency records.")
                .answer(
                        "hv-older-sibling-lived-experience",
                        PARTLY,
                        "Child A's development review records a child with few words who watched the adults"
                                + " closely, with a communication score below the ASQ-3 cut-off. The speech follow-up in"
                                + " December was by telephone, and what Child A's day was like is not recorded.")
                .answer(
                        "hv-pre-birth-planning",
                        NO,
                        "There was no pre-birth assessment or plan to contribute to, and the health visitor did not"
                                + " ask why.")
                .answer(
                        "hv-adversities-response",
                        "The safer sleep advice was specific to the parents' drinking, but what the health visitor"
                                + " saw was reported to the child in need review and not pressed, and Mother's depression was"
                                + " not followed up.")
                .answer(
                        "hv-professional-differences",
                        NO,
                        "The health visitor recorded unease in December that the plan did not match the police"
                                + " incidents and the drinking, but did not raise it with the social worker, in safeguarding"
                                + " supervision or under the Professional Differences Policy.")
                .answer(
                        "hv-covid-contact-mode",
                        "Child A's review was in the garden in August and the new birth visit at home; the speech"
                                + " follow-up, and the contacts after the birth in the third lockdown, were by telephone.")
                .answer(
                        "hv-covid-impact",
                        "Baby B was born in the third national lockdown, and under the service's lockdown"
                                + " arrangements the contacts after the new birth visit were by telephone, so Child A's"
                                + " speech and Baby B's care at home were not seen. Father was seen once, at the new birth"
                                + " visit, and after that the picture of home life rested on what Mother said.")
                .answer(
                        "hv-learning-from-reviews",
                        PARTLY,
                        "The safer sleep conversation about drinking with both parents follows the partnership's"
                                + " briefing. The briefing on responding to police notifications is not reflected: the"
                                + " November notification was filed.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The health visitor saw the drinking and gave specific advice, but the police notifications"
                                + " and Mother's depression were not explored, and what was seen was not pressed.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "There was no pre-birth plan and the health visitor did not ask why; the new birth visit"
                                + " was thorough.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mood questions were asked, but Mother's depression was not discussed with her care"
                                + " coordinator or considered for her care of the children.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father was seen once and included in the safer sleep advice; his drinking and his part in"
                                + " the incidents were not explored.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The health visitor's unease about the plan was recorded but not raised.")
                .rationale(
                        COVID_19_IMPACT,
                        "After the new birth visit, contacts through the third lockdown were by telephone, and"
                                + " Child A's speech follow-up was done without seeing Child A.")
                .goodPractice("At the new birth visit the health visitor saw the empty cans, talked with both parents"
                        + " about their drinking and about safer sleep for a baby who sometimes sleeps in their bed,"
                        + " and recorded it.")
                .development("Act on every police notification with a contact, and ask about domestic abuse when Mother"
                        + " can be seen alone. See a child whose speech is a concern in person, and take unease about"
                        + " a plan to safeguarding supervision and, if it remains, the Professional Differences"
                        + " Policy.")
                .overall("The new birth visit was thorough and its advice specific to the risk, but the November"
                        + " police notification was filed, the July one was raised where Mother could not speak"
                        + " freely, Child A's speech follow-up was by telephone, and the health visitor's unease"
                        + " about the plan went no further than the record.");
    }

    private static void gp(ReturnAccounts a) {
        a.amend(CASE, PRIMARY_CARE_GP)
                .answer(
                        "gp-safeguarding-codes-family",
                        NO,
                        "No family member's record carried a safeguarding code in 2020; the child in need code was"
                                + " added to the children's records in March 2021.")
                .answer(
                        "gp-child-cause-for-concern-coding",
                        PARTLY,
                        "The child in need code was added to both children's records in March 2021, eight months"
                                + " after the plan began.")
                .answer(
                        "gp-family-records-linked",
                        PARTLY,
                        "The parents' and children's records are linked, but the burn to Child A's hand in"
                                + " September was not read alongside both parents' heavy drinking or the July call-out.")
                .answer(
                        "gp-depression-in-pregnancy",
                        PARTLY,
                        "Mother's low mood was treated by telephone in pregnancy; her treatment was reviewed once,"
                                + " and she was not asked about it at her postnatal check.")
                .answer(
                        "gp-perinatal-mental-health",
                        NO,
                        "The practice neither referred Mother to the perinatal team nor discussed her with it,"
                                + " and her notes nowhere consider her care of the children.")
                .answer(
                        "gp-marac-correspondence",
                        PARTLY,
                        "The MARAC notice from November was received and coded on Mother's record; it was not coded"
                                + " on the children's or Father's records, and nothing was done with it.")
                .answer(
                        "gp-child-protection-conference",
                        NOT_APPLICABLE,
                        "Not applicable: the children were on a child in need plan and there was no child"
                                + " protection conference in the period.")
                .answer(
                        "gp-father-consultations",
                        NO,
                        "Father consulted twice by telephone about his drinking; neither consultation mentions"
                                + " Child A or the pregnancy.")
                .answer(
                        "gp-substitution-prescribing",
                        NOT_APPLICABLE,
                        "Not applicable: neither parent was prescribed opioid substitution or other"
                                + " dependence-forming medication.")
                .answer(
                        "gp-domestic-abuse-enquiry",
                        NO,
                        "Mother was not asked about domestic abuse, although the practice held both police"
                                + " notifications and the MARAC notice.")
                .answer(
                        "gp-pre-birth-information",
                        NOT_APPLICABLE,
                        "Not applicable: no pre-birth assessment was made, so the practice was not asked for"
                                + " information.")
                .answer(
                        "gp-family-risk-response",
                        "The practice knew of both parents' drinking, Mother's depression and, from November, the"
                                + " MARAC, and in September, between the two call-outs, it advised on a burn to a toddler's"
                                + " hand by telephone without seeing it or telling anyone.")
                .answer(
                        "gp-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the practice was not part of the plan and did not ask to be, and its"
                                + " notes disagree with no decision about the children.")
                .answer(
                        "gp-covid-contact-mode",
                        "Every consultation for the family in 2020 was by telephone, the burn to Child A's hand"
                                + " in September included; no photograph was asked for.")
                .answer(
                        "gp-covid-missed-appointments",
                        NOT_APPLICABLE,
                        "Not applicable: no appointment for the children was missed in 2020.")
                .answer(
                        "gp-learning-from-reviews",
                        NO,
                        "The briefing on coding all family members is not reflected: no family member's record"
                                + " carried a safeguarding code in 2020.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father's drinking was on his record, but his consultations did not consider the children"
                                + " or the pregnancy.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "A burn to a toddler's hand in September, in a household known for heavy drinking and"
                                + " already visited by police in July, was treated by telephone without being seen or asked"
                                + " about further.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The practice was not asked for information about the pregnancy and did not offer it; Baby"
                                + " B was coded only in March 2021.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's low mood was treated by telephone; she was not referred to the perinatal team and"
                                + " her parenting was not considered.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES, "The practice raised nothing about the plan and was not part of it.")
                .rationale(
                        COVID_19_IMPACT,
                        "Every consultation in 2020 was by telephone, including for a child's burn that needed to"
                                + " be seen, and the practice did not consider what not seeing the family meant.")
                .goodPractice(
                        "Mother's low mood was treated through the pregnancy, and Baby B's six to eight week check"
                                + " was face to face.")
                .development(
                        "See a young child with a burn, ask how it happened with the household's risks in mind, and"
                                + " share it. Code every family member when a child is on a plan, act on MARAC notices, and"
                                + " consider the children when a parent consults about drinking.")
                .overall("The practice's care of each adult was reasonable, but it did not act on what it held"
                        + " about the children: a burn to a toddler's hand, in a household with two call-outs and a"
                        + " MARAC, was advised on by telephone and never shared, the MARAC notice was filed, and no"
                        + " family member's record was coded until March 2021.");
    }

    private static void substanceMisuse(ReturnAccounts a) {
        a.amend(CASE, ADULT_SUBSTANCE_MISUSE)
                .answer(
                        "asm-parent-children-questions",
                        PARTLY,
                        "At assessment in August the record notes 'one child, with partner' and the pregnancy;"
                                + " Child A is not named, and the questions about who cares for the child were not completed.")
                .answer(
                        "asm-expectant-father-shared",
                        NO,
                        "The service knew at assessment that he was an expectant father and told no one.")
                .answer(
                        "asm-risk-reassessed",
                        NO,
                        "His risk was not reassessed after Baby B's birth, or when he stopped answering calls in"
                                + " December.")
                .answer(
                        "asm-safe-storage",
                        NOT_APPLICABLE,
                        "Not applicable: he was treated for his drinking and prescribed no substitution medication.")
                .answer(
                        "asm-use-verified",
                        NO,
                        "His account of his drinking was taken by telephone at each contact and never tested.")
                .answer(
                        "asm-domestic-abuse-asked",
                        NO,
                        "He was not asked about domestic abuse; the service did not know of the police incidents or"
                                + " the MARAC.")
                .answer(
                        "asm-perpetrator-behaviour",
                        NO,
                        "The service did not know of the two police incidents, and his behaviour when drinking was"
                                + " not part of his treatment plan.")
                .answer(
                        "asm-mental-health-of-parents",
                        NO,
                        "His own mood is recorded; Mother's depression, known to her GP and adult mental health, is"
                                + " not mentioned.")
                .answer(
                        "asm-hidden-harm",
                        NO,
                        "The key worker never asked where Child A was when he drank, or what Child A saw and heard.")
                .answer(
                        "asm-pre-birth-contribution",
                        NO,
                        "There was no pre-birth assessment to contribute to, and nobody at the service knew the"
                                + " family had a social worker.")
                .answer(
                        "asm-safeguarding-referral",
                        NO,
                        "His case was closed in March 2021 after three missed calls, and nobody outside the"
                                + " service was told.")
                .answer(
                        "asm-think-family",
                        "The service saw him as a man with a drinking problem, not as the father of a toddler with"
                                + " a baby on the way.")
                .answer(
                        "asm-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the service did not know there was a plan for the children, and no"
                                + " disagreement is recorded.")
                .answer(
                        "asm-covid-contact-mode",
                        "Every contact after the assessment in August was by telephone; he kept the calls until"
                                + " December and then stopped.")
                .answer(
                        "asm-covid-take-home-doses",
                        NOT_APPLICABLE,
                        "Not applicable: he was prescribed no medication with take-home doses.")
                .answer(
                        "asm-learning-from-reviews",
                        NO,
                        "The briefing on expectant fathers in treatment is not reflected: the pregnancy was"
                                + " recorded and not shared.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "His drinking was recorded as he reported it and never tested, and nobody asked where the"
                                + " children were when he drank.")
                .rationale(
                        FATHERS_AND_MALES,
                        "He was known to be an expectant father and not treated as one: his risk to the children"
                                + " was never considered.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The pregnancy was recorded at assessment and not shared, and his risk was not reassessed"
                                + " after the birth.")
                .rationale(MATERNAL_MENTAL_HEALTH, "Mother's depression is not mentioned in his record.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The service had no view of the children's plan, because it did not know of it.")
                .rationale(
                        COVID_19_IMPACT,
                        "After August all contact was by telephone, and when he stopped answering in December his"
                                + " case was closed without anyone being told.")
                .goodPractice("Father was assessed within weeks of his referral, and the pregnancy was recorded at"
                        + " assessment.")
                .development("Share an expectant father's treatment with the midwife and the health visitor, and ask"
                        + " where the children are when he drinks. Before closing the case of a parent who stops"
                        + " attending, tell the agencies working with the children.")
                .overall("The service assessed Father promptly and recorded the pregnancy, but it never asked"
                        + " about the children or shared what it knew, and when he stopped answering it closed his"
                        + " case without telling the social worker or the GP.");
    }

    private static void mentalHealth(ReturnAccounts a) {
        a.amend(CASE, ADULT_MENTAL_HEALTH)
                .answer(
                        "amh-parenthood-recorded",
                        PARTLY,
                        "The referral names Child A and records the pregnancy; who cares for Child A when Mother is"
                                + " unwell is not recorded.")
                .answer(
                        "amh-care-plan-includes-children",
                        NO,
                        "The care plan is about Mother's depression and drinking; it does not mention Child A or"
                                + " the unborn baby.")
                .answer(
                        "amh-beliefs-involving-child",
                        PARTLY,
                        "Suicidal thoughts were asked about at assessment and denied; whether her low mood involved"
                                + " the children was not explored.")
                .answer(
                        "amh-perinatal-team",
                        NO,
                        "Mother was pregnant throughout her care and was not referred to or discussed with the"
                                + " perinatal team.")
                .answer(
                        "amh-parenting-capacity",
                        "The service never formed or shared a view of how Mother's depression and drinking affected"
                                + " her care of Child A and the baby.")
                .answer(
                        "amh-pre-birth-contribution",
                        NO,
                        "No pre-birth assessment was made, and the care coordinator, unaware of the social"
                                + " worker, offered nothing towards one.")
                .answer(
                        "amh-partner-considered",
                        NO,
                        "Father's drinking is mentioned in Mother's account and was not considered as a risk to the"
                                + " children or to her.")
                .answer(
                        "amh-domestic-abuse",
                        NO,
                        "Mother was assessed by telephone with Father at home, and domestic abuse was not asked"
                                + " about.")
                .answer(
                        "amh-dual-diagnosis",
                        PARTLY,
                        "Her drinking was assessed with her depression in August; the service did not work with the"
                                + " substance misuse service or refer her for help with her drinking.")
                .answer(
                        "amh-discharge-considers-children",
                        NO,
                        "She was discharged in February 2021 after two missed video appointments; the children were"
                                + " not considered and the social worker was not told.")
                .answer(
                        "amh-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the care coordinator did not know a child in need plan existed, so there"
                                + " was no decision for the service to challenge.")
                .answer(
                        "amh-covid-contact-mode",
                        "The assessment and every session were by telephone or video; nobody from the service saw"
                                + " Mother at home.")
                .answer(
                        "amh-covid-engagement",
                        NO,
                        "Each missed video appointment was followed by a letter, and the service did not consider"
                                + " whether Mother could speak freely at home with Father there.")
                .answer(
                        "amh-learning-from-reviews",
                        NO,
                        "The briefing on parental mental health and the unborn baby is not reflected: Mother was"
                                + " pregnant throughout and no one referred her to the perinatal team.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Mother's depression and drinking were assessed, but what they meant for the children was"
                                + " not asked.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "She was pregnant throughout her care, and the unborn baby is not in her care plan or risk"
                                + " assessment.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "The service treated Mother's depression for a few weeks by telephone but never formed a"
                                + " view of its effect on her parenting.")
                .rationale(FATHERS_AND_MALES, "Father's drinking was known from Mother and not considered.")
                .rationale(PROFESSIONAL_DIFFERENCES, "The service had no part in the plan and raised nothing about it.")
                .rationale(
                        COVID_19_IMPACT,
                        "All contact was virtual, and Mother was discharged after two missed video appointments"
                                + " without anyone weighing what that meant for the children.")
                .goodPractice("Mother was assessed within weeks of referral, and the assessment identified both her"
                        + " depression and her drinking.")
                .development("Refer a pregnant woman with depression to the perinatal team, and write the children into"
                        + " the care plan. Before discharging a parent who misses appointments, consider the children"
                        + " and tell the agencies working with them.")
                .overall("The assessment found Mother's depression and her drinking, but she was not referred to"
                        + " the perinatal team, her care plan left out the children, and she was discharged after"
                        + " missed video appointments without the social worker being told.");
    }

    private static void police(ReturnAccounts a) {
        a.amend(CASE, POLICE)
                .answer(
                        "pol-dash-every-incident",
                        YES,
                        "A DASH was completed at both incidents, in July and November, each with Mother on her own"
                                + " and each reviewed by the Safeguarding Hub; the November DASH was graded high.")
                .answer(
                        "pol-dash-pregnancy-acted-on",
                        YES,
                        "The November DASH recorded the pregnancy at about thirty weeks, and the ViST, the MARAC"
                                + " referral and the MARAC minutes all named the unborn baby.")
                .answer(
                        "pol-marac-idva",
                        YES,
                        "The November DASH was graded high and the case went to MARAC; Mother was referred to an"
                                + " IDVA and spoke to one twice.")
                .answer(
                        "pol-vist-shared",
                        YES,
                        "A ViST for Child A was submitted at both incidents and one for the unborn baby in"
                                + " November; the November ViST was graded high and shared with Children's Services and"
                                + " health the same night.")
                .answer(
                        "pol-child-spoken-to",
                        YES,
                        "Child A was seen at both incidents. In November officers found Child A awake and"
                                + " distressed, recorded exactly how and where they found the child, and comforted Child A"
                                + " before speaking to the parents.")
                .answer(
                        "pol-perpetrator-focus",
                        PARTLY,
                        "Father's history was checked at both incidents. Both parents had been drinking and each"
                                + " blamed the other; no arrest was made and no protective notice was considered.")
                .answer(
                        "pol-clares-law",
                        NOT_APPLICABLE,
                        "Not applicable: Mother and Father have been together for several years, and there was no"
                                + " new partner.")
                .answer(
                        "pol-males-checked",
                        YES,
                        "Father, the only man in the household, was checked at both incidents and his history"
                                + " shared in the ViSTs.")
                .answer(
                        "pol-substance-use-at-incident",
                        YES,
                        "Both parents had been drinking at both incidents; the DASH and the ViSTs record it, and"
                                + " the November grading reflects it.")
                .answer(
                        "pol-maternal-mental-health",
                        YES,
                        "Officers recorded Mother's low mood at both incidents and included it in the ViSTs and the"
                                + " MARAC referral.")
                .answer(
                        "pol-strategy-and-planning",
                        PARTLY,
                        "Police shared their information at MARAC in November. Officers did not ask Children's"
                                + " Services for a strategy discussion that night or afterwards, none followed the"
                                + " high-graded ViST, and police were not invited to the child in need reviews.")
                .answer(
                        "pol-domestic-abuse-response",
                        "Officers attended promptly and treated Child A as a victim in their own right. In"
                                + " November, with both parents drunk, they called Maternal grandmother, who came within"
                                + " the hour and stayed the night, and the sergeant considered police protection and"
                                + " recorded why it was not needed with a sober adult there. Both DASH assessments were"
                                + " completed and the November one referred to MARAC; nobody asked for a strategy"
                                + " discussion.")
                .answer(
                        "pol-professional-differences",
                        NO,
                        "The officer recorded concern that no strategy discussion followed the high-graded ViST but"
                                + " did not raise it with Children's Services or under the Professional Differences Policy.")
                .answer(
                        "pol-covid-contact-mode",
                        "Officers attended both incidents in person and saw Child A each time.")
                .answer(
                        "pol-covid-lockdown-risk",
                        PARTLY,
                        "The November DASH notes the second lockdown and the family's isolation; the ViST does not"
                                + " say what being at home through it meant for Child A.")
                .answer(
                        "pol-learning-from-reviews",
                        YES,
                        "The briefing on the voice of the child at domestic abuse incidents shows: Child A was"
                                + " treated as a victim in their own right and described exactly as found.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Officers recorded exactly what they found, made sure a sober adult cared for the"
                                + " children that night, and graded and shared the November ViST at once; they did not ask"
                                + " for a strategy discussion.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The November DASH recorded the pregnancy, and the MARAC referral and minutes named the"
                                + " unborn baby.")
                .rationale(FATHERS_AND_MALES, "Father was checked at both incidents and his history shared.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH, "Officers recorded Mother's low mood at both incidents and shared it.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "The officer's concern that no strategy discussion followed was recorded but not escalated.")
                .rationale(COVID_19_IMPACT, "Officers attended in person and saw Child A at both incidents.")
                .goodPractice("At the November incident officers saw Child A as a victim in their own right, recorded"
                        + " exactly what they found, and graded and shared the ViST the same night; the case went to"
                        + " MARAC with the unborn baby named.")
                .development("Where a child is found as Child A was, ask Children's Services for a strategy discussion"
                        + " yourselves, that night or the next morning. When a high-graded ViST is followed by"
                        + " none, ask why and, if the answer does not resolve it, escalate under the Professional"
                        + " Differences Policy.")
                .overall("Officers met the expected standard at the scene: they attended in person, treated Child"
                        + " A as a victim, made sure a sober adult cared for the children that night, referred to"
                        + " MARAC with the unborn baby named and shared everything at once. They did not ask for a"
                        + " strategy discussion themselves, and the officer's concern that none followed was"
                        + " recorded and not escalated.");
    }
}
