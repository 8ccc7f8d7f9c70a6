package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.ReturnsFamily12.CASE;
import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
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
 * The adult substance misuse, adult mental health and police returns for Family 12, in the auditors' own words; the
 * family is described in {@link ReturnsFamily12}.
 */
final class ReturnsFamily12AdultServicesPolice {
    private ReturnsFamily12AdultServicesPolice() {}

    static void write(ReturnAccounts a) {
        substanceMisuse(a);
        mentalHealth(a);
        police(a);
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
