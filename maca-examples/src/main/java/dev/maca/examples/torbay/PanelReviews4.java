package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayPanel.INVITED;
import static dev.maca.examples.torbay.TorbayPanel.good;
import static dev.maca.examples.torbay.TorbayPanel.heard;
import static dev.maca.examples.torbay.TorbayPanel.heardInPart;
import static dev.maca.examples.torbay.TorbayPanel.inadequate;
import static dev.maca.examples.torbay.TorbayPanel.invited;
import static dev.maca.examples.torbay.TorbayPanel.notApplicable;
import static dev.maca.examples.torbay.TorbayPanel.outstanding;
import static dev.maca.examples.torbay.TorbayPanel.practitioners;
import static dev.maca.examples.torbay.TorbayPanel.requiresImprovement;
import static dev.maca.examples.torbay.TorbayPanel.review;
import static dev.maca.examples.torbay.TorbayPanel.spoke;
import static dev.maca.examples.torbay.TorbayPanel.with;
import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
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
import java.util.List;
import java.util.Map;

/** The panel's reviews of Families 16, 17 and 19. */
final class PanelReviews4 {
    private PanelReviews4() {}

    static void write(Map<String, PanelReview.Builder> reviews) {
        reviews.put("family-16", family16());
        reviews.put("family-17", family17());
        reviews.put("family-19", family19());
    }

    private static PanelReview.Builder family16() {
        return review("family-16")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("The nursery's chronology turned late collections into a pattern, the care coordinator"
                                + " asked what lay behind it, and the social worker saw each child alone or on their own"
                                + " terms; the substance misuse service's view of the home rested on Mother's word."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father of Child C and Baby D was seen, and police shared his history at the pre-birth"
                                + " conference. No agency records who Child A's and Child B's father is, or whether he"
                                + " has any contact; the panel asked Children's Services to find out."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("A pre-birth conference made a child protection plan for the unborn baby, and the birth"
                                + " plan, the protection plan and Mother's relapse plan were all on the labour ward when"
                                + " Baby D was born."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        good("When Children's Services proposed ending the child protection plans in the summer, the"
                                + " nursery disagreed, set out its chronology and escalated under the policy; the plans"
                                + " continued and the reason for the concern was found and dealt with. The challenge was"
                                + " resolved at the first stage, by discussion."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        outstanding("Adult mental health gave the conference a clear clinical view of how Mother's"
                                + " illness affected her parenting and what would signal relapse, worked with the"
                                + " perinatal team and the GP, and changed the timing of her medication, which ended the"
                                + " late mornings that left Child C tired. Mother stayed well through the pregnancy and"
                                + " after the birth."))
                .grade(
                        COVID_19_IMPACT,
                        good("The social worker visited in person, often on walks; adult mental health saw Mother at home"
                                        + " at the key points of the pregnancy; health visiting and the substance misuse"
                                        + " service worked largely by telephone and video.")
                                .moderated(
                                        "The children were seen in person every week by the social worker and the"
                                                + " nursery; two services relied on others' sight of the home.",
                                        "Adult mental health graded itself Outstanding for keeping home visits at the key"
                                                + " points; health visiting and the substance misuse service graded"
                                                + " Requires improvement for contact that was mostly by video or"
                                                + " telephone. Because the children themselves were"
                                                + " seen weekly, the panel agreed Good."))
                .keyLearning("Ask the adult's clinician what the illness means for the children's day.")
                .illustration(
                        "A pre-school child in a large family was often late and tired at nursery and collected"
                                + " late. The nursery's record of the pattern led it to challenge, in writing, a proposal to end the"
                                + " child protection plan. The plan continued, and at the next meeting the parent's mental health"
                                + " worker explained how the parent's treatment was affecting the mornings; the treatment was"
                                + " adjusted, and the child's attendance improved.",
                        MATERNAL_MENTAL_HEALTH)
                .familyVoice(heard(
                        INVITED,
                        List.of(
                                spoke("Mother", "Independent reviewer, Partnership Business Unit"),
                                spoke(
                                        "Child A",
                                        "Independent reviewer, Partnership Business Unit, with Child A's social worker present"),
                                spoke(
                                        "Child B",
                                        "Independent reviewer, Partnership Business Unit, with Child B's social worker present")),
                        "Mother said she was proud of 2020, with no police and no drink in the house, and that her care"
                                + " coordinator was the first professional to explain her illness to the social worker in"
                                + " a way that made sense to both of them.",
                        "Child A said things were better and asked professionals to stop asking Child A to look after"
                                + " everyone. Child B, using the three houses with the social worker, put 'Mummy poorly'"
                                + " in the house of worries and the baby in the house of good things."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(EARLY_YEARS, "Designated Safeguarding Lead"),
                                with(ADULT_MENTAL_HEALTH, "Care coordinator"),
                                with(CHILDRENS_SERVICES, "Social worker")),
                        "The care coordinator said being invited to every core group, not only to conferences, made"
                                + " joint work possible; the DSL said the chronology made the challenge easy to write.",
                        "The social worker said the proposal to end the plans came from a caseload review, not from the"
                                + " core group."));
    }

    private static PanelReview.Builder family17() {
        return review("family-17")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        inadequate("Two men in opiate treatment lived with a toddler whose flat, watchful presentation"
                                + " the health visitor recorded, and then with a newborn. The midwife, the health"
                                + " visitor, the GP and the substance misuse service each knew part of this and none asked"
                                + " what it meant for the children. The agencies graded themselves Requires improvement;"
                                + " the panel graded Inadequate because nobody referred."))
                .grade(
                        FATHERS_AND_MALES,
                        inadequate("Father and Father's brother were known to three agencies as opiate users; none"
                                + " considered them as carers of a baby, health visiting did not record Father's brother"
                                + " as living in the home, and the substance misuse service discharged both men without"
                                + " telling anyone."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        inadequate(
                                "No agency referred the family to Children's Services, so the risk to the unborn baby"
                                        + " was never assessed: there was no pre-birth assessment and no safeguarding birth plan,"
                                        + " and Baby B went home with no plan at all."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        requiresImprovement(
                                "The midwife recorded unease that no one had referred, and the health visitor"
                                        + " that the GP had not shared the men's treatment; neither raised it. The panel noted"
                                        + " that the policy is for disagreement about a decision, and here no decision was ever"
                                        + " made because no one referred."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        requiresImprovement(
                                "Mother's depression was well treated: Whooley questions at every"
                                        + " midwifery contact, a perinatal referral and care from the GP. The objective also asks"
                                        + " about her parenting, and no agency asked what her low mood meant for her care of a"
                                        + " toddler who was not speaking and a newborn, or for her ability to protect them from the"
                                        + " risks of opiate use in the home. The health agencies graded their care of her Good; the"
                                        + " panel graded Requires improvement because her parenting capacity was not considered."))
                .grade(
                        COVID_19_IMPACT,
                        inadequate(
                                "The lockdown's changes to the men's treatment, more take-home doses and telephone key"
                                        + " work, raised the risk to the children, and no agency reassessed it; antenatal contacts"
                                        + " were by telephone and the antenatal health visiting contact did not happen."))
                .keyLearning("Any agency that knows of drug use in a home where a baby is expected should refer, and"
                        + " check that the referral was made rather than assume another agency has.")
                .illustration(
                        "In one family, known parental substance misuse did not lead to a referral. Several"
                                + " services each knew part of the picture: the pregnancy, the treatment, a young child whose"
                                + " development worried a professional. Each assumed that another had referred, and the baby"
                                + " left hospital with nothing in place.",
                        UNBORN_SAFETY_PLANNING)
                .familyVoice(FamilyVoice.notInvited("Not invited: the family was referred to Children's Services during"
                        + " the audit, after the substance misuse auditor raised an immediate concern, and an assessment"
                        + " was under way when the panel met; the panel agreed not to approach the family about the"
                        + " audit until it ended."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(HEALTH_VISITING, "Health visitor"),
                                with(MIDWIFERY, "Community midwife"),
                                with(ADULT_SUBSTANCE_MISUSE, "Recovery worker")),
                        "Little: each practitioner said they had assumed another agency had referred.",
                        "The health visitor did not know Father's brother lived there; the recovery worker said the"
                                + " service's discharge letters went only to the GP; the midwife thought a partner in"
                                + " treatment was a partner who was safe."));
    }

    private static PanelReview.Builder family19() {
        return review("family-19")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("Child A was heard by the social worker and the police, and Mother's disclosure to the"
                                + " midwife started the assessment. Adult mental health did not know Mother had children."
                                + " The GP sent no return and was not represented at the panel, so the panel could not"
                                + " see what the practice knew."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement(
                                "Mother's partner, Baby B's father, was at the centre of the police call-outs"
                                        + " and the subject of a Clare's Law disclosure, but the social worker, the midwife and"
                                        + " the health visitor never met him. Father of Child A, whose home Child A found calm,"
                                        + " was seen once."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good(
                                "The pre-birth assessment began soon after the midwife's referral and Baby B was born with a"
                                        + " birth plan and a child in need plan in place."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        requiresImprovement("The midwife and the health visitor asked about Mother's mood, but adult"
                                + " mental health did not record her parenthood or her pregnancy, did not consider how her"
                                + " worsening anxiety affected Child A's schooling, and discharged her without telling"
                                + " anyone. The panel graded below most agencies' Good for that reason."))
                .grade(
                        COVID_19_IMPACT,
                        requiresImprovement("Social care, maternity and the police saw the family in person;"
                                        + " adult mental health worked only by telephone and lost sight of Mother as her"
                                        + " anxiety grew, and Child A missed weeks of school in the second lockdown.")
                                .moderated(
                                        "In-person contact by three agencies did not stop the lockdown's effect on Child"
                                                + " A, which came through Mother's untreated anxiety.",
                                        "Adult mental health graded itself Inadequate for telephone-only contact and"
                                                + " discharge; Children's Services, midwifery, health visiting and the police graded Good"
                                                + " for their own contact. The panel looked at what Covid-19 did to Child"
                                                + " A, who lost weeks of school, and agreed Requires improvement."))
                .keyLearning("Ask every adult service user whether they have children, and write the answer down.")
                .familyVoice(heardInPart(
                        invited("Mother and to Father of Child A"),
                        List.of(spoke("Father of Child A", "Independent reviewer, Partnership Business Unit")),
                        "Father of Child A said no one asked him about Child A's weekends until the social worker visited"
                                + " in the autumn, and that he would have had Child A more often in the lockdown if"
                                + " asked.",
                        "Mother declined; Child A was not approached without her agreement."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(ADULT_MENTAL_HEALTH, "Care coordinator")),
                        "The social worker said Child A's weekends with Father of Child A gave the plan a safe place to"
                                + " build on.",
                        "The care coordinator said the parenthood section of the assessment was optional and was"
                                + " skipped on the telephone."));
    }
}
