package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayPanel.INVITED;
import static dev.maca.examples.torbay.TorbayPanel.declined;
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
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.panel.PanelReview;
import java.util.List;
import java.util.Map;

/** The panel's reviews of Families 6, 8 and 9. */
final class PanelReviews2 {
    private PanelReviews2() {}

    static void write(Map<String, PanelReview.Builder> reviews) {
        reviews.put("family-06", family06());
        reviews.put("family-08", family08());
        reviews.put("family-09", family09());
    }

    private static PanelReview.Builder family06() {
        return review("family-06")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("The midwife asked Mother alone about home, recorded what Child A's behaviour said about"
                                        + " it and did not accept the first decision; the health visitor saw Child A's fear"
                                        + " at first hand and the police shared both incidents. The front door closed the"
                                        + " first referral to early help without speaking to the midwife.")
                                .moderated(
                                        "Strong curiosity in midwifery, health visiting and the police; a front door"
                                                + " decision that did not test the referral, corrected once challenged.",
                                        "Midwifery graded itself Outstanding and Children's Services Requires"
                                                + " improvement. The panel graded the family's experience as a whole: most agencies"
                                                + " were curious and the gap was at a single decision point, which the"
                                                + " objective on unborn babies grades, so Good."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father was seen by the midwife and the health visitor, his history was checked and shared"
                                        + " by the police, and the safety plan said where he would live after the birth."
                                        + " The social worker met him once, in October.")
                                .moderated(
                                        "Father was identified and assessed across the agencies, and the plan addressed"
                                                + " him; Children's Services' own part was late.",
                                        "Children's Services' Requires improvement reflected an assessment that met"
                                                + " Father only once, midwifery's Outstanding its full record of his history. Taking the"
                                                + " agencies together, the panel agreed Good."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        requiresImprovement("Baby B was born with a child protection plan and a birth plan whose"
                                        + " contingency for an early birth worked. But the plan was made at thirty-three"
                                        + " weeks, four months after the midwife's referral, because the first referral"
                                        + " was closed without an assessment and the midwife was not told.")
                                .moderated(
                                        "The outcome for Baby B was good; the route to it depended on one"
                                                + " practitioner's persistence and lost four months.",
                                        "With the same two grades apart, the panel asked what would have happened"
                                                + " without the midwife's"
                                                + " escalation, agreed that Baby B might have been born with no plan,"
                                                + " and graded the multi-agency practice Requires improvement."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        outstanding(
                                "When the midwife learned the referral had been closed, the challenge went in writing"
                                        + " through the named midwife under the Professional Differences Policy, set out the risk"
                                        + " to both children, and was answered within the policy's timescale; the assessment began"
                                        + " within a fortnight. The policy was used exactly as intended and changed the outcome."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's low mood was asked about at every midwifery and health visiting contact and"
                                        + " treated by the GP, and the assessment considered how it affected her care of"
                                        + " Child A, though not until October.")
                                .moderated(
                                        "Health agencies together understood the impact of Mother's low mood well; the"
                                                + " social care assessment reached it late.",
                                        "Social care's own grade reflected reaching Mother's mental health only in"
                                                + " October, midwifery's top grade its wellbeing questions at every contact."
                                                + " The understanding was there and was shared, so Good."))
                .grade(
                        COVID_19_IMPACT,
                        good("The health visitor kept seeing Child A at home, the midwife kept appointments face to face"
                                        + " and the police attended in person. The front door's decision in the first"
                                        + " lockdown was made without a visit or a call to the referrer.")
                                .moderated(
                                        "The children were seen in person throughout by health and police; the one"
                                                + " decision made at a distance was the one that went wrong.",
                                        "Midwifery graded itself Outstanding for keeping its appointments face to"
                                                + " face; Children's Services graded its response Requires improvement"
                                                + " because its early decision was made without seeing the family. Because the"
                                                + " children themselves stayed in sight, the panel agreed Good, and put"
                                                + " the decision's cost under the unborn baby objective."))
                .keyLearning("Tell the referrer what you decided, on the day you decide it.")
                .illustration(
                        "A community midwife referred a pregnant woman with a young child after police had been"
                                + " called to the home. The referral was closed with no assessment, and nobody let"
                                + " the midwife know. When she found out, she set out her challenge in writing with her"
                                + " safeguarding lead's support; an assessment followed, a plan was agreed before the birth, and"
                                + " it held when the baby came early.",
                        PROFESSIONAL_DIFFERENCES)
                .familyVoice(heardInPart(
                        invited("Mother and, separately, to Father"),
                        List.of(spoke("Mother", "Independent reviewer, Partnership Business Unit")),
                        "Mother said she felt believed by the midwife and 'passed around' by everyone else until the"
                                + " conference. The safety plan was hard but fair, and she wants other mothers to know"
                                + " that saying yes to help did not mean losing the children.",
                        "Father declined. Child A was too young to be asked; the panel relied on the health"
                                + " visitor's observations."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(MIDWIFERY, "Community midwife"),
                                with(CHILDRENS_SERVICES, "Team manager, front door"),
                                with(HEALTH_VISITING, "Health visitor")),
                        "The named midwife's support, and a template for setting out a challenge.",
                        "The front door team manager said that in the first lockdown, with the team working from home,"
                                + " referrers were not routinely told when a referral was closed to early help."));
    }

    private static PanelReview.Builder family08() {
        return review("family-08")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        requiresImprovement("Each agency held part of the picture: the police had Mother's new"
                                + " partner's history and Child A's words, the substance misuse service knew of his drinking"
                                + " and his relapse in October, and the school knew of Child A's falling attendance. No one"
                                + " put it together, and the child in need plan treated each police incident on its own."
                                + " The panel also tested police's own Good overall, which no other agency's grade came"
                                + " near: officers' work at the scene was good, but by the third incident the repeat calls"
                                + " met the escalation criterion for MARAC and no referral was made, an evidence-led"
                                + " prosecution was not considered after the November arrest, and all four DASH"
                                + " assessments were graded medium despite the pregnancy, the drinking and the Clare's Law"
                                + " history. The panel's view is that police practice with this family required"
                                + " improvement overall, strong at the door and weak on escalation, and the Detective"
                                + " Inspector accepted it."))
                .grade(
                        FATHERS_AND_MALES,
                        inadequate("Mother's new partner was living in the home by January 2020, when police first"
                                        + " found him there, three months before Baby C was born; whether he is Baby C's"
                                        + " father is not established in any record. He was in treatment for his"
                                        + " drinking, had a history that police disclosed to Mother under Clare's Law, and"
                                        + " Child A told officers he gets loud when he drinks; yet the social worker, the"
                                        + " health visitor and the midwife never saw him, and his treatment service told no"
                                        + " one he lived with three children, one a newborn. Because the plan still"
                                        + " did not address him, the panel raised an immediate concern at the meeting.")
                                .moderated(
                                        "The police identified and checked Mother's new partner, disclosed his history and"
                                                + " recorded what Child A said about him; no agency used it, nobody"
                                                + " assessed him, and nobody established who Baby C's father is.",
                                        "Police graded itself Good, and the panel agreed its checks, the Clare's Law"
                                                + " disclosure and the recording of Child A's words were good practice."
                                                + " Children's Services, midwifery, health visiting and the substance misuse"
                                                + " service graded themselves Inadequate because none of them saw or assessed"
                                                + " him; the GP graded Requires improvement, as he is registered with"
                                                + " another practice. The panel graded what the children lived with: a"
                                                + " man in the home whom no plan addressed, so Inadequate. Police accepted"
                                                + " that sending a ViST is not the end of its part when nothing follows."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        requiresImprovement("The midwife referred at booking, a pre-birth assessment followed, a birth"
                                        + " plan was on the labour ward, and Baby C's physical care has been good. But the"
                                        + " assessment treated Mother's new partner as a visitor and never asked about Baby C's"
                                        + " father, so the plan did not cover the man the baby would live with.")
                                .moderated(
                                        "The planning was done in time, for a household that left out the man living"
                                                + " in it.",
                                        "Midwifery, the GP and the police graded themselves Good for the referral,"
                                                + " the birth plan and the sharing of the pregnancy. Children's Services and"
                                                + " health visiting graded Requires improvement because the assessment, and"
                                                + " their part in it, left out the man in the home; and the treatment"
                                                + " service Inadequate, because it knew of the pregnancy and told no"
                                                + " one. The panel agreed that"
                                                + " each planning step was taken, and graded Requires improvement because"
                                                + " none of them addressed Mother's new partner or Baby C's father."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        requiresImprovement("Police recorded their concern that no strategy discussion followed their"
                                + " ViSTs, and the health visitor recorded unease about the plan. Neither raised it with"
                                + " Children's Services or under the policy, and the plan did not change."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        requiresImprovement("Mother's depression was treated by the GP, and the midwife and the health"
                                + " visitor asked about her mood at every contact through the lockdown: good care of"
                                + " Mother's health. The objective also asks about her parenting, and no agency considered"
                                + " what her low mood, with a partner who drank at home and four police call-outs, meant for"
                                + " her ability to care for and protect three children. Four agencies"
                                + " graded themselves Good; the panel sided with the Requires improvement of"
                                + " Children's Services and the treatment service for that reason."))
                .grade(
                        COVID_19_IMPACT,
                        requiresImprovement("Children's Services and the police saw the children in person throughout."
                                        + " Health visiting worked by video or telephone in the spring, so Baby C was first"
                                        + " seen in person by a health visitor at a clinic weight check at eight weeks; the"
                                        + " GP's consultations were by telephone apart from Baby C's six to eight week check;"
                                        + " and the substance misuse service worked only by telephone. No health or"
                                        + " treatment service saw Mother's new partner.")
                                .moderated(
                                        "The social worker and the police kept the children in sight; Mother's new"
                                                + " partner was not seen by any service that could have assessed him.",
                                        "Police graded Good for attending every incident in person, and Children's"
                                                + " Services Good because the social worker kept visiting in person. His"
                                                + " treatment service graded itself Inadequate because it did not see him"
                                                + " after March and handled his relapse by telephone, and the other three"
                                                + " agencies Requires improvement. The children were not lost from view,"
                                                + " but Mother's new partner stayed out of it, so the panel agreed Requires"
                                                + " improvement."))
                .keyLearning(
                        "When a new partner moves in, reassess the risk: see him, check his history and include him"
                                + " in the plan.")
                .illustration(
                        "A baby was born into a household where the mother's partner, already living there"
                                + " before the birth, was drinking heavily. An older child told police officers called to the home about his"
                                + " drinking, and the police shared what they found each time they were called. His alcohol"
                                + " service assessed him but did not record that children lived with him. The plan for the baby"
                                + " described him as a visitor, and none of the agencies that made it met him.",
                        FATHERS_AND_MALES)
                .familyVoice(declined(
                        INVITED,
                        "Mother declined by telephone and gave no reason; the panel did not approach the children."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(POLICE, "Response officer"),
                                with(ADULT_SUBSTANCE_MISUSE, "Recovery worker"),
                                with(CHILDRENS_SERVICES, "Social worker")),
                        "The response officer said that seeing the children on their own, away from the adults, was the"
                                + " only way Child A talked.",
                        "The social worker said the police information arrived as ViST forms among dozens that week and"
                                + " was read as 'known to police', not as a risk to the children; the recovery worker said"
                                + " the assessment form asked only about the service user's own children."));
    }

    private static PanelReview.Builder family09() {
        return review("family-09")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good("Agencies asked about the domestic abuse and Mother's anxiety and shared what they found;"
                                + " the health visitor found Baby B's bruise at a home visit and acted on it at once."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement("Father was in the home most days despite the parents' account of"
                                        + " separation: police recorded him there at every call, the midwife at the birth,"
                                        + " the nursery at drop-off. The plan accepted the separation until the strategy"
                                        + " discussion after Baby B's bruise.")
                                .moderated(
                                        "The information about Father was there; the plan did not test the separation"
                                                + " against it.",
                                        "Police graded itself Outstanding for its checks and recording, which the panel"
                                                + " agreed were the best in the case; Children's Services and health"
                                                + " visiting graded Requires improvement because they accepted the"
                                                + " separation. The panel grades whether the men in the household were"
                                                + " understood and planned for, and for four months Father was not:"
                                                + " Requires improvement. Police agreed its information could have gone"
                                                + " straight to the social worker, not only through ViSTs."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good(
                                "A pre-birth assessment and a birth plan were in place before Baby B was born, and after the"
                                        + " birth the bruising protocol was followed exactly: a paediatrician saw Baby B within"
                                        + " hours."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable("No disagreement between professionals was recorded. The panel asked whether the"
                                + " police should have challenged the plan's reliance on the separation, and concluded"
                                + " the gap was information not reaching the plan, which it grades under birth fathers"
                                + " and males."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's anxiety was recognised at booking and treated by the perinatal team and the care"
                                + " coordinator, whose plan named who would care for the baby if intrusive thoughts"
                                + " returned."))
                .grade(
                        COVID_19_IMPACT,
                        good("The midwife and health visitor kept the key contacts face to face, and the bruise was"
                                + " found at a home visit; the GP and adult mental health worked mostly by telephone and video,"
                                + " and so never saw the children with Father."))
                .keyLearning("Check a separation against what other agencies see.")
                .familyVoice(heard(
                        INVITED,
                        List.of(
                                spoke("Mother", "Independent reviewer, Partnership Business Unit"),
                                spoke("Child A", "Child A's key person at nursery")),
                        "Mother said the day of the bruise was the worst day of the year, but the health visitor"
                                + " explained every step and the paediatrician was kind. She said she told everyone they"
                                + " had separated because she feared the children would be taken if Father was there.",
                        "With the key person and a set of feelings puppets, Child A chose the happy puppet for nursery"
                                + " and the baby, and the worried puppet for 'when Daddy is cross'."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(HEALTH_VISITING, "Health visitor"),
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(POLICE, "Police constable, Safeguarding Hub")),
                        "The health visitor said the bruising protocol was clear and the paediatric team answered the"
                                + " phone; the social worker said the strategy discussion was the first time everyone's"
                                + " information about Father was in one place.",
                        "The social worker said Mother's account of separation was never really questioned, and that"
                                + " ViSTs went to the front door, not to the allocated worker."));
    }
}
