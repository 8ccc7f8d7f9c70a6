package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily05.CASE;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The GP's and the police's returns for Family 5, in the auditors' own words; the family's timeline is in {@link
 * ReturnsFamily05}.
 */
final class ReturnsFamily05GpPolice {
    private ReturnsFamily05GpPolice() {}

    static void write(ReturnAccounts a) {
        gp(a);
        police(a);
    }

    private static void gp(ReturnAccounts a) {
        a.amend(CASE, PRIMARY_CARE_GP)
                .answer(
                        "gp-safeguarding-codes-family",
                        PARTLY,
                        "The children's records carry the child in need code from May 2020, and Mother's the domestic"
                                + " abuse code from the March notification. Father of Child B and Baby C's record carries"
                                + " neither, although he was the other party at the March incident.")
                .answer(
                        "gp-child-cause-for-concern-coding",
                        YES,
                        "Child A's and Child B's records were coded as children in need in May 2020, and Baby C's at"
                                + " registration in October.")
                .answer(
                        "gp-family-records-linked",
                        PARTLY,
                        "The family's records are linked as a household. The notes of Mother's reviews in pregnancy mention"
                                + " Child B and the pregnancy but not Child A, and nobody asked who else was staying.")
                .answer(
                        "gp-depression-in-pregnancy",
                        YES,
                        "In February 2020, when Mother came in low and newly pregnant, the GP restarted her antidepressant"
                                + " after checking it for pregnancy. It was reviewed by telephone in May and August, and at her"
                                + " postnatal check in December, told by the health visitor that her mood had dropped, the GP"
                                + " increased the dose.")
                .answer(
                        "gp-perinatal-mental-health",
                        YES,
                        "The GP referred Mother to the perinatal team at the February consultation and had the team's"
                                + " letters from April; the referral asked the team to consider her care of two children and a"
                                + " baby on the way.")
                .answer(
                        "gp-marac-correspondence",
                        NOT_APPLICABLE,
                        "Not applicable: the March incident was graded standard risk and did not go to MARAC, and the"
                                + " practice received no MARAC correspondence for the family.")
                .answer(
                        "gp-child-protection-conference",
                        NOT_APPLICABLE,
                        "Not applicable: the children were on a child in need plan and there was no child protection"
                                + " conference. The practice sent a written report to each child in need review, in May, August"
                                + " and November.")
                .answer(
                        "gp-father-consultations",
                        NOT_APPLICABLE,
                        "Not applicable: Father of Child B and Baby C did not consult the practice about his mental health,"
                                + " substance use or an injury in the period, and Father of Child A is not registered with"
                                + " it.")
                .answer(
                        "gp-substitution-prescribing",
                        NOT_APPLICABLE,
                        "Not applicable: neither parent was prescribed opioid substitution or other dependence-forming"
                                + " medication.")
                .answer(
                        "gp-domestic-abuse-enquiry",
                        PARTLY,
                        "The practice held the March notification. Mother was asked about it at her May review, by"
                                + " telephone, and said there had been no more arguments; the notes do not say whether she could"
                                + " speak freely, and it was not asked again in person.")
                .answer(
                        "gp-pre-birth-information",
                        YES,
                        "The social worker asked for information in April, and the practice replied within the week with"
                                + " Mother's mental health history and treatment and what it held on Father of Child B and Baby"
                                + " C, which was nothing of concern.")
                .answer(
                        "gp-family-risk-response",
                        "The practice saw what Mother's depression meant in a pregnancy and acted at the first consultation,"
                                + " coded the children and reported to every review. It knew the household only as the"
                                + " parents and the children.")
                .answer(
                        "gp-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: the practice had no disagreement with any decision about the children.")
                .answer(
                        "gp-covid-contact-mode",
                        "Mother's first consultation, in February, was in person. From March her reviews were by telephone,"
                                + " as was the consultation about Child B's croup; Baby C's six to eight week check and"
                                + " Mother's postnatal check in December were face to face.")
                .answer(
                        "gp-covid-missed-appointments",
                        NOT_APPLICABLE,
                        "Not applicable: no appointment for the children, and not Mother's postnatal check, was missed in"
                                + " 2020.")
                .answer(
                        "gp-learning-from-reviews",
                        PARTLY,
                        "The briefing on coding all family members shows on Mother's and the children's records but not on"
                                + " Father of Child B and Baby C's; nothing shows that anyone asked about other adults in the"
                                + " home.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "The GP recognised what Mother's depression meant for the pregnancy and acted on it at once, and the"
                                + " practice reported to every review; it knew nothing of the household beyond the parents.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Father of Child B and Baby C is registered and what the practice held was shared, but his record"
                                + " was not coded; Father of Child A and the man the children called 'uncle' are not"
                                + " registered, and nobody asked about either.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The practice answered the request for the pre-birth assessment within the week and coded Baby C"
                                + " at registration.")
                .rationale(PROFESSIONAL_DIFFERENCES, "There was no disagreement for the practice to raise.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Treatment was restarted and the perinatal referral made in February, reviewed through the"
                                + " pregnancy, and increased at the postnatal check in the week the health visitor reported"
                                + " Mother's low mood.")
                .rationale(
                        COVID_19_IMPACT,
                        "From March Mother's reviews were by telephone, so the GP did not see her again until the postnatal"
                                + " check in December, and the children were seen only for Baby C's check.")
                .goodPractice(
                        "At Mother's first consultation in February the GP restarted her antidepressant, checked it"
                                + " was safe in pregnancy and referred her to the perinatal team, so she had specialist care from"
                                + " April. The practice wrote a report for each child in need review.")
                .development("Code the father's record as well as the mother's and the children's, and when a child is"
                        + " on a plan, ask who else lives in the home. After a police notification, ask about domestic"
                        + " abuse in person, with the patient alone.")
                .overall("The practice met the expected standard: Mother's depression was recognised and treated early"
                        + " in the pregnancy and again after the birth, in step with the perinatal team, and the children"
                        + " were coded and reported on. It knew only the parents, and left Father of Child B and Baby C's"
                        + " record uncoded.");
    }

    private static void police(ReturnAccounts a) {
        a.amend(CASE, POLICE)
                .answer(
                        "pol-dash-every-incident",
                        YES,
                        "There was one domestic abuse incident, in March 2020. A DASH was completed with Mother on her own,"
                                + " scored four ticks and graded standard, and the Safeguarding Hub reviewed it the next"
                                + " day.")
                .answer(
                        "pol-dash-pregnancy-acted-on",
                        YES,
                        "Mother told officers she was about eight weeks pregnant. The DASH records it, the ViSTs carry it on"
                                + " her record, and the CARA took it to Children's Services and the maternity safeguarding team"
                                + " the next day.")
                .answer(
                        "pol-marac-idva",
                        NOT_APPLICABLE,
                        "Not applicable: the DASH was graded standard with four ticks, there was no repeat incident, and"
                                + " nothing called for a referral on professional judgement. Mother was given the local"
                                + " domestic abuse service's details.")
                .answer(
                        "pol-vist-shared",
                        YES,
                        "A ViST was submitted for Child A and for Child B, with the pregnancy on Mother's record; both were"
                                + " graded amber and went through the CARA the next day to Children's Services, health"
                                + " visiting and Child A's school.")
                .answer(
                        "pol-child-spoken-to",
                        YES,
                        "Child A was spoken to alone in the kitchen and said they had taken Child B upstairs 'like always';"
                                + " officers looked in on Child B, asleep, before they left. Both children's presentation is"
                                + " recorded in the ViSTs.")
                .answer(
                        "pol-perpetrator-focus",
                        PARTLY,
                        "Father of Child B and Baby C was spoken to on his own and his history checked, which held nothing"
                                + " of note. No offence was disclosed, so there was no arrest; Child A's 'like always', which"
                                + " suggests earlier arguments, was not put to either parent.")
                .answer(
                        "pol-clares-law",
                        NOT_APPLICABLE,
                        "Not applicable: Mother has been with Father of Child B and Baby C for several years, and there was"
                                + " no new partner.")
                .answer(
                        "pol-males-checked",
                        PARTLY,
                        "Father of Child B and Baby C was checked. The incident log lists the occupants as the parents, the"
                                + " children 'and uncle, staying', with no name; he was not identified or checked.")
                .answer(
                        "pol-substance-use-at-incident",
                        NOT_APPLICABLE,
                        "Not applicable: officers recorded that neither adult had been drinking or using drugs.")
                .answer(
                        "pol-maternal-mental-health",
                        YES,
                        "Officers recorded that Mother was tearful and said she had been 'in bed for weeks'; the ViSTs say"
                                + " so, and Children's Services and health visiting had it the next day.")
                .answer(
                        "pol-strategy-and-planning",
                        NOT_APPLICABLE,
                        "Not applicable: no strategy discussion or conference was held for the family in 2020, and the"
                                + " child in need plan asked nothing of police; the incident and the pregnancy reached"
                                + " Children's Services in the ViSTs the next day.")
                .answer(
                        "pol-domestic-abuse-response",
                        "Officers saw both children, spoke to Child A alone, completed the DASH with Mother on her own and"
                                + " shared it all the next day; they did not identify the third adult at the address.")
                .answer(
                        "pol-professional-differences",
                        NOT_APPLICABLE,
                        "Not applicable: police had no disagreement with the decision to assess the family, which followed"
                                + " their referral.")
                .answer(
                        "pol-covid-contact-mode",
                        "The only contact was the incident in March, before the first lockdown; police had no contact with"
                                + " the family after it.")
                .answer(
                        "pol-covid-lockdown-risk",
                        NOT_APPLICABLE,
                        "Not applicable: the incident was before the first lockdown, and there were no further calls to the"
                                + " address.")
                .answer(
                        "pol-learning-from-reviews",
                        PARTLY,
                        "The briefing on the voice of the child at domestic abuse incidents shows: Child A was spoken to"
                                + " alone and the words recorded. The briefing on identifying every man at the address does"
                                + " not: the 'uncle, staying' was not named or checked.")
                .rationale(
                        PROFESSIONAL_CURIOSITY,
                        "Officers went beyond the argument they were called to: Child A was spoken to alone and Mother's low"
                                + " mood recorded, and both went to partners with the ViSTs the next day.")
                .rationale(
                        FATHERS_AND_MALES,
                        "Officers spoke to Father of Child B and Baby C on his own and ran his checks; the third"
                                + " adult, logged as 'uncle, staying', was not identified.")
                .rationale(
                        UNBORN_SAFETY_PLANNING,
                        "The pregnancy, at about eight weeks, was recorded in the DASH, carried on the ViSTs and"
                                + " named in the referral, which brought the unborn baby into the assessment as soon as it"
                                + " began.")
                .rationale(
                        PROFESSIONAL_DIFFERENCES,
                        "Police's part ended with a referral that was acted on; there was nothing to challenge.")
                .rationale(
                        MATERNAL_MENTAL_HEALTH,
                        "Mother's low mood, and her saying she had been in bed for weeks, were recorded and shared the next"
                                + " day.")
                .rationale(
                        COVID_19_IMPACT,
                        "The only incident was before the first lockdown; Covid-19 did not touch police work with the"
                                + " family.")
                .goodPractice(
                        "Officers spoke to Child A alone and wrote down what Child A said, recorded the pregnancy and"
                                + " Mother's low mood, and had it all with Children's Services, health visiting and the school the"
                                + " next day, which started the assessment.")
                .development("Name and check every adult at an address, including one described as family or as"
                        + " staying, and put a child's 'like always' to the parents.")
                .overall("Police met the expected standard at the one incident: the children were seen, Child A was"
                        + " heard, the pregnancy and Mother's low mood were recorded and everything was shared the next"
                        + " day. The gap was the adult logged as 'uncle, staying', who was never identified.");
    }
}
