package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayPanel.INVITED;
import static dev.maca.examples.torbay.TorbayPanel.good;
import static dev.maca.examples.torbay.TorbayPanel.heard;
import static dev.maca.examples.torbay.TorbayPanel.inadequate;
import static dev.maca.examples.torbay.TorbayPanel.notApplicable;
import static dev.maca.examples.torbay.TorbayPanel.practitioners;
import static dev.maca.examples.torbay.TorbayPanel.requiresImprovement;
import static dev.maca.examples.torbay.TorbayPanel.review;
import static dev.maca.examples.torbay.TorbayPanel.spoke;
import static dev.maca.examples.torbay.TorbayPanel.with;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import java.util.List;
import java.util.Map;

/** The panel's reviews of Families 11, 12 and 14. */
final class PanelReviews3 {
    private PanelReviews3() {}

    static void write(Map<String, PanelReview.Builder> reviews) {
        reviews.put("family-11", family11());
        reviews.put("family-12", family12());
        reviews.put("family-14", family14());
    }

    private static PanelReview.Builder family11() {
        return review("family-11")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("The nursery noticed Child B's hunger after weekends and found out why; Father's drug use"
                                + " was known and his treatment service checked safe storage before Baby C came home. The"
                                + " health visitor did not follow up the gap between Mother's account of Child B's eating"
                                + " and the nursery's."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement("Father's treatment was known and worked with, but the family friend who"
                                + " stayed in the home for much of the summer, whom the children called their uncle, was"
                                + " not identified or checked by any agency beyond the health visitor's question at the"
                                + " new birth visit. The substance misuse return left unanswered its questions on"
                                + " Father's role with the children. The panel graded below every agency's own grade for"
                                + " both reasons."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("The January assessment considered the pregnancy, the early help plan took the baby into"
                                + " account, and the birth plan was on the maternity record."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's health and her worry about going back into hospital were understood by the GP,"
                                + " the midwife and the nursery, and the early help plan was built around what she could"
                                + " manage on a bad day."))
                .grade(
                        COVID_19_IMPACT,
                        good("The nursery kept Child B's place through the lockdown and saw the family every day; the"
                                        + " social worker, the midwife and the health visitor worked mostly by video and"
                                        + " telephone.")
                                .moderated(
                                        "The children were not lost from view, because the plan made the nursery the"
                                                + " place they were seen; the other agencies relied on it for what the"
                                                + " children's days were like.",
                                        "Early Years graded itself Outstanding for keeping its doors open to Child B;"
                                                + " Children's Services, midwifery and health visiting graded Requires"
                                                + " improvement because they rarely saw the children in person. The early"
                                                + " help plan named the nursery as the place the children were seen, and"
                                                + " it was, so the panel agreed Good for the response as a whole."))
                .keyLearning("The setting that sees the child every day can lead the plan.")
                .familyVoice(FamilyVoice.notInvited("Not invited: the family moved to another local authority area in"
                        + " February 2021 and the case was transferred, and the panel agreed not to contact a family no"
                        + " longer receiving local services."))
                .practitionerVoice(
                        practitioners(
                                List.of(
                                        with(EARLY_YEARS, "Designated Safeguarding Lead"),
                                        with(HEALTH_VISITING, "Health visitor")),
                                "The DSL said being lead professional meant the setting could call a meeting when worried, and"
                                        + " that breakfast on Monday mornings was 'the easiest thing we did'.",
                                "The health visitor said virtual contact made it hard to see the house or who was living in it."));
    }

    private static PanelReview.Builder family12() {
        return review("family-12")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        inadequate("Two police call-outs, in July and November, both parents' heavy drinking,"
                                        + " Mother's depression and a burn to Child A's hand, managed by telephone in"
                                        + " September between the two call-outs, were each recorded by a different"
                                        + " agency and never put together, and the social worker saw Child A in person"
                                        + " once in six months. Seeing the records side by side, the panel asked"
                                        + " Children's Services whether the section 47 enquiries that followed the"
                                        + " immediate concern raised on 7 April now hold the burn and the health"
                                        + " visitor's record of Baby B sometimes sleeping in the parents' bed. They do:"
                                        + " the burn reached them in the GP's report of 13 April and the sleeping"
                                        + " arrangements at the strategy discussion on 9 April, and both are in the"
                                        + " report to the initial child protection conference on 29 April, as the"
                                        + " panel asked. The GP practice was not invited to the strategy discussion"
                                        + " on 9 April; the panel agreed that was learning, since the practice held"
                                        + " the burn.")
                                .moderated(
                                        "The officers' record of how they found Child A in November was the clearest"
                                                + " evidence any agency held; no other agency acted on it, and police did"
                                                + " not ask for a strategy discussion themselves.",
                                        "Police graded itself Good for its response at the scene, and the panel asked"
                                                + " what officers did that night. The record shows that, with both parents"
                                                + " drunk, they called Maternal grandmother, who came within the hour and"
                                                + " stayed the night; the sergeant considered police protection and recorded"
                                                + " why it was not needed once a sober adult was there; and the ViST went to"
                                                + " the Emergency Duty Team the same night. The panel accepted that as good"
                                                + " practice at the scene, but not as Good for curiosity: any agency may ask"
                                                + " for a strategy discussion, police did not, and the Detective Inspector"
                                                + " agreed. Children's Services graded itself Inadequate and the health and"
                                                + " adult services Requires improvement. The panel grades the response to"
                                                + " what was known across the agencies, and agreed Inadequate: a ViST"
                                                + " graded high, and a MARAC that named the unborn baby, led to no strategy"
                                                + " discussion and no change to the plan."))
                .grade(
                        FATHERS_AND_MALES,
                        inadequate(
                                        "Father drank heavily, was at the centre of both call-outs and was an expectant father"
                                                + " in alcohol treatment; no agency assessed him, and his treatment service closed"
                                                + " his case without telling anyone.")
                                .moderated(
                                        "Police checked Father at both incidents and shared his history; no other agency"
                                                + " assessed him.",
                                        "Police graded itself Good here; the other"
                                                + " agencies graded their own part Requires improvement or Inadequate."
                                                + " Police's checks were right, but no agency used them: nobody saw Father"
                                                + " on his own, and his treatment service told no one that it was treating"
                                                + " an expectant father, or that he had stopped coming. The panel agreed"
                                                + " Inadequate."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        inadequate("No pre-birth assessment was completed, the late booking was not explored, no"
                                        + " safeguarding birth plan was written, and Baby B went home to both parents with no"
                                        + " plan, to be added to Child A's child in need plan at the first review after the"
                                        + " birth.")
                                .moderated(
                                        "The only practice that considered the unborn baby was the police DASH and the"
                                                + " MARAC referral, and nothing was built on them.",
                                        "Police graded Good because the DASH recorded the pregnancy and the case went to"
                                                + " MARAC; Children's Services graded Inadequate. The panel agreed the"
                                                + " police's part was right and that it was not enough, and graded"
                                                + " Inadequate."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        inadequate(
                                "The officer recorded concern that no strategy discussion followed a high-graded ViST,"
                                        + " and the health visitor recorded unease about the plan; neither raised it. Two young"
                                        + " children stayed on a plan that did not match the risk. Most agencies graded"
                                        + " themselves Requires improvement; the panel graded Inadequate because nobody"
                                        + " challenged the plan while the risk rose."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        inadequate("Adult mental health assessed Mother's depression, but she was not referred to the"
                                        + " perinatal team, her discharge after missed appointments was not shared, and"
                                        + " the plan never considered what her low mood and drinking meant for her care of"
                                        + " a toddler and a newborn.")
                                .moderated(
                                        "Mother's illness was known to six agencies (midwifery, health visiting,"
                                                + " the GP, adult mental health, Children's Services through the referral"
                                                + " letter, and the police, who recorded her low mood at both incidents), and"
                                                + " none formed a view of its effect on the children.",
                                        "Police graded Good for recognising Mother's low mood at the incidents and"
                                                + " sharing it; adult mental health and the other health agencies graded"
                                                + " Requires improvement, Children's Services Inadequate. The panel asked"
                                                + " what anyone knew of how the illness affected the children, found no"
                                                + " agency had a view, and agreed Inadequate."))
                .grade(
                        COVID_19_IMPACT,
                        inadequate("Child A was seen only on video calls from September, when there was no"
                                        + " lockdown and the household was not isolating, and the record gives no reason"
                                        + " and no manager's agreement for it. The adult services worked by telephone and"
                                        + " closed both parents' cases after missed calls. Baby B was born in January"
                                        + " 2021, in the third national lockdown, and after the new birth visit the"
                                        + " health visitor's contacts were by telephone, so nobody saw the baby's care at"
                                        + " home until the social worker's visit in February. The restrictions isolated"
                                        + " a family whose risk was rising, and no one weighed what that meant.")
                                .moderated(
                                        "Officers saw the family in person at two emergencies; the planned work had moved"
                                                + " to video and telephone without anyone weighing the risk to a toddler.",
                                        "Police graded Good because officers attended both incidents in person;"
                                                + " Children's Services, the GP and both adult services graded Inadequate,"
                                                + " midwifery and health visiting Requires improvement. The records show"
                                                + " that after July Child A was seen by the social worker only on video,"
                                                + " the GP dealt with Child A's burn by telephone, and both adult"
                                                + " services closed a parent's case after missed calls without telling"
                                                + " anyone. An emergency response at two incidents did not make up for"
                                                + " planned contact that stopped seeing the children, so the panel graded"
                                                + " Inadequate."))
                .keyLearning("When a pregnancy is known in a family with a child on a plan, start a pre-birth"
                        + " assessment, and review the plan when the police report rising risk.")
                .familyVoice(FamilyVoice.notInvited("Not invited: the Children's Services auditor raised an immediate"
                        + " concern for the children on 7 April, enquiries under section 47 began after the strategy"
                        + " discussion on 9 April and were under way when the panel met, and the panel agreed the family"
                        + " would not be approached about the audit while they continue."))
                .practitionerVoice(PractitionerVoice.notHeard("Not held: the practitioners involved are part of the"
                        + " enquiries under section 47 that began on 9 April, and the panel agreed to hear them once"
                        + " those have concluded."));
    }

    private static PanelReview.Builder family14() {
        return review("family-14")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("The pre-birth assessment tested the parents' account of change against the police record,"
                                + " and the midwife noticed how isolated Mother felt on the ward. The nursery sent no"
                                + " return and was not represented at the panel, having no open plan for the family, so"
                                + " Child A's days are known to the panel from the social worker and health visitor."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father was seen, his history checked and his completion of the domestic abuse course"
                                + " confirmed. The restrictions kept him out of scans and the postnatal ward, and"
                                + " midwifery did not make up for that after the birth."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good(
                                "The risk to the unborn baby was assessed in its own right, and the step down to early help"
                                        + " before the birth was made on evidence, with the health visitor as lead."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's depression was reviewed by the GP in pregnancy and after the birth, and her"
                                + " isolation was recognised and answered with face-to-face postnatal visits and an early"
                                + " help plan that linked her to family and a baby group."))
                .grade(
                        COVID_19_IMPACT,
                        good("The impact was isolation: Father could not attend scans or stay on the postnatal ward and"
                                + " Mother felt alone. Midwifery responded with early discharge and face-to-face visits,"
                                + " and the health visitor's early help plan kept Mother connected; the GP and later"
                                + " health visiting contacts were mostly by video."))
                .keyLearning("Early help can be enough when the assessment has tested the change.")
                .familyVoice(heard(
                        INVITED,
                        List.of(
                                spoke("Mother", "Independent reviewer, Partnership Business Unit"),
                                spoke("Father", "Independent reviewer, Partnership Business Unit"),
                                spoke(
                                        "Child A",
                                        "Independent reviewer, Partnership Business Unit, with Mother present")),
                        "Both parents said the hardest part of 2020 was Father missing the scans and the first days on"
                                + " the ward. Mother said the midwife's visit the day after she came home made up for a"
                                + " lot; Father said no one asked how he was until the health visitor's garden visit.",
                        "Child A said the best thing about the baby is 'Baby B laughs at me'."))
                .practitionerVoice(practitioners(
                        List.of(with(HEALTH_VISITING, "Health visitor"), with(MIDWIFERY, "Community midwife")),
                        "A pre-birth assessment that left the family with a clear early help plan and a named lead.",
                        "The midwife said the visiting rules changed almost weekly in the spring of 2020, and there was"
                                + " no way then to include fathers in appointments by video."));
    }
}
