package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily08.CASE;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;
import static dev.maca.returns.EvidenceRating.NO;
import static dev.maca.returns.EvidenceRating.NOT_APPLICABLE;
import static dev.maca.returns.EvidenceRating.PARTLY;
import static dev.maca.returns.EvidenceRating.YES;

/**
 * The adult substance misuse and police returns for Family 8, in the auditors' own words; the family is described in
 * {@link ReturnsFamily08}.
 */
final class ReturnsFamily08TreatmentPolice {
    private ReturnsFamily08TreatmentPolice() {}

    static void write(ReturnAccounts a) {
        substanceMisuse(a);
        police(a);
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
