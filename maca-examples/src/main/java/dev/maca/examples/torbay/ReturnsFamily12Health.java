package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily12.CASE;
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
 * The health visiting and GP returns for Family 12, in the auditors' own words; the family is described in {@link
 * ReturnsFamily12}.
 */
final class ReturnsFamily12Health {
    private ReturnsFamily12Health() {}

    static void write(ReturnAccounts a) {
        healthVisiting(a);
        gp(a);
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
}
