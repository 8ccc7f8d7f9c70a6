package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayPanel.INVITED;
import static dev.maca.examples.torbay.TorbayPanel.declined;
import static dev.maca.examples.torbay.TorbayPanel.good;
import static dev.maca.examples.torbay.TorbayPanel.heard;
import static dev.maca.examples.torbay.TorbayPanel.inadequate;
import static dev.maca.examples.torbay.TorbayPanel.notApplicable;
import static dev.maca.examples.torbay.TorbayPanel.notReached;
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

import dev.maca.panel.PanelReview;
import java.util.List;
import java.util.Map;

/** The panel's reviews of Families 1, 2, 3 and 5. */
final class PanelReviews1 {
    private PanelReviews1() {}

    static void write(Map<String, PanelReview.Builder> reviews) {
        reviews.put("family-01", family01());
        reviews.put("family-02", family02());
        reviews.put("family-03", family03());
        reviews.put("family-05", family05());
    }

    private static PanelReview.Builder family01() {
        return review("family-01")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good(
                                "Agencies asked about the domestic abuse and Mother's low mood and checked what they heard:"
                                        + " the midwife's routine enquiry led to the disclosure, police shared the February"
                                        + " call-out the next day, and the nursery linked Child A's change in behaviour to it. The"
                                        + " gap was in the GP's and adult mental health's virtual contact, which took Mother's"
                                        + " account of home without testing it."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father was seen by the social worker, the midwife and the health visitor, his history was"
                                + " checked with the police, and his work with the domestic abuse service was part of the"
                                + " plan before he returned home. No agency recorded anything of his own health or"
                                + " wellbeing."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("The pre-birth assessment began at fifteen weeks after the midwife's referral, and Baby B"
                                + " was born on a child in need plan with a birth plan every agency knew and a clear"
                                + " statement of what would change the risk. Midwifery graded itself Outstanding; the"
                                + " panel agreed its part was, but the plan as a whole did not say how Mother's mood after"
                                + " the birth would be watched."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's low mood was found through the Whooley questions, treated by adult mental health"
                                + " from April and asked about at every health visiting contact; her relapse plan named"
                                + " the baby's care. The panel noted that the care coordinator's view of her parenting"
                                + " came entirely from video calls."))
                .grade(
                        COVID_19_IMPACT,
                        good("The lockdown hit Mother's mood, and from April adult mental health and the GP saw her only"
                                        + " by video or telephone. The children stayed in sight: the midwife kept every"
                                        + " appointment face to face, the nursery kept Child A's place as a vulnerable"
                                        + " child, and the health visitor saw both children at the key contacts.")
                                .moderated(
                                        "The children were seen in person throughout by the services closest to them;"
                                                + " Mother herself was seen only on a screen or heard on the telephone by"
                                                + " the services treating her, in the months her mood was lowest.",
                                        "Midwifery graded its own response Outstanding because every appointment stayed"
                                                + " face to face; the GP and adult mental health graded theirs Requires"
                                                + " improvement because they saw Mother only by telephone or video from"
                                                + " April. The panel graded the"
                                                + " children's experience: the midwife, the nursery and the health visitor"
                                                + " saw them in person, and the health visitor's mood checks covered much"
                                                + " of what the adult services could not see, so Good."))
                .keyLearning("A routine question about home, asked with the mother on her own early in the pregnancy,"
                        + " gave the baby five months of planning.")
                .familyVoice(heard(
                        INVITED,
                        List.of(
                                spoke("Mother", "Independent reviewer, Partnership Business Unit"),
                                spoke("Child A", "Child A's key person at nursery")),
                        "Mother said the midwife was the first person to ask her about home when Father was not in the"
                                + " room, and that she told the truth because she was asked twice. Video calls with her"
                                + " mental health worker were hard with a toddler climbing on her; one visit at home would"
                                + " have helped.",
                        "Child A drew home with the key person: everyone in the house and the baby 'in the"
                                + " bath'. Asked what makes a good day, Child A said 'nursery and pancakes'."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(MIDWIFERY, "Community midwife"),
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(EARLY_YEARS, "Key person")),
                        "Knowing each other: the midwife, health visitor and key person spoke within days of the"
                                + " February call-out, and the social worker said the midwife's referral 'did half the"
                                + " assessment'.",
                        "Adult mental health moved to video in April, and the social worker never found out whom to ring"
                                + " there."));
    }

    private static PanelReview.Builder family02() {
        return review("family-02")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        requiresImprovement("Several agencies were curious about the children: the police recorded"
                                + " Child A's words at the second incident, the school nurse heard Child A's tiredness"
                                + " and the nursery linked Child B's lost words to home. But the first decision to close"
                                + " the pre-birth assessment rested on Father of Baby C's word that he had stopped"
                                + " using, which nobody checked with the service treating him; it took the health"
                                + " visitor's challenge to test it. The panel graded below most agencies' own Good for"
                                + " that reason."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement("Father of Baby C's drug use was known to the substance misuse service,"
                                + " which asked nothing about the children and did not say he was an expectant father;"
                                + " police did not check his history when he moved in. No agency spoke to Father of Child"
                                + " A and Child B, who has regular contact. The written agreement after the conference"
                                + " was good practice but came late."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good(
                                "After the health visitor's challenge a strategy discussion and a pre-birth conference put a"
                                        + " child protection plan and a birth plan in place before Baby C's birth, and the plan"
                                        + " has held. Good rather than better, because the first decision would have left Baby C"
                                        + " without one."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        good("The health visitor challenged the decision in writing under the Professional Differences"
                                + " Policy, the team manager responded within the policy's stages, and both agencies"
                                + " recorded the outcome: Baby C was born on a child protection plan instead of a child in"
                                + " need plan. The health visitor graded this Outstanding; the panel agreed Good because"
                                + " the escalation took three weeks to reach a decision."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good(
                                "Mother's mood was asked about by the midwife and the health visitor and treated by the GP,"
                                        + " and the assessment considered how it affected her care of the children."))
                .grade(
                        COVID_19_IMPACT,
                        requiresImprovement(
                                "Children's Services and the nursery kept face-to-face contact, but Child B,"
                                        + " the child most affected, was seen by no professional from March to September: the"
                                        + " nursery place offered through the closure was declined, and the weekly calls were with"
                                        + " Mother, not Child B. Child B's lost words were found only on return, which is why the"
                                        + " panel sat below the Good most agencies gave themselves."))
                .keyLearning("When a man says he has stopped using, ask the service that treats him.")
                .familyVoice(declined(
                        INVITED,
                        "Mother declined: she said the child protection plan meant enough people were already asking"
                                + " her questions. The children were not approached without her agreement."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(HEALTH_VISITING, "Health visitor"),
                                with(CHILDRENS_SERVICES, "Team manager"),
                                with(ADULT_SUBSTANCE_MISUSE, "Recovery worker")),
                        "The health visitor said the named nurse's support made it possible to put the challenge in"
                                + " writing; the team manager said a written challenge was easier to act on than a"
                                + " telephone call.",
                        "The recovery worker said the service's assessment asks about children 'living with you', and"
                                + " the service user said none were his, so the questions were skipped."));
    }

    private static PanelReview.Builder family03() {
        return review("family-03")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        requiresImprovement("Child A's overdue immunisations, the same clothes at each contact, two"
                                + " parents in drug treatment and Mother's anxiety were each recorded by at least one"
                                + " agency and never analysed together; nobody asked what a day was like for Child A."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement("Father lived in the home and was in drug treatment, but only the substance"
                                + " misuse service saw him; his care of the children was not assessed, and the plan was"
                                + " written with Mother alone."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        inadequate("There was no pre-birth assessment although a social worker was allocated to Child A"
                                + " throughout the pregnancy and both parents were in drug treatment. Baby B was born five"
                                + " weeks early with no safeguarding birth plan, the neonatal team learned of the parents'"
                                + " drug use from Mother, and Baby B came home without a plan of its own."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        requiresImprovement("The health visitor recorded unease in July that the child in need plan"
                                + " ignored the new baby, and the care coordinator thought the plan did not use the"
                                + " clinical view of Mother's parenting; neither raised it with a manager or used the"
                                + " policy."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Adult mental health understood Mother's anxiety and how it affected her parenting, worked"
                                + " with the perinatal team and wrote a relapse plan naming both children, and the midwife"
                                + " referred early. Adult mental health graded itself Outstanding; the panel agreed Good"
                                + " because that clinical view reached the GP but never the child in need plan."))
                .grade(
                        COVID_19_IMPACT,
                        inadequate(
                                "From March Child A was seen by the social worker only on video calls, the development"
                                        + " review was done by telephone without seeing Child A, Baby B's new birth visit was on"
                                        + " the doorstep, and missed immunisations went unfollowed for nine months. No agency"
                                        + " weighed what not seeing the children meant."))
                .keyLearning("When the older child is on a plan, the plan must change the day the pregnancy is known.")
                .familyVoice(notReached(
                        INVITED,
                        "No reply came to the letter or to a second one, and the independent reviewer could not reach"
                                + " Mother by telephone; the panel agreed not to press the family."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(HEALTH_VISITING, "Health visitor"),
                                with(ADULT_MENTAL_HEALTH, "Care coordinator")),
                        "The care coordinator said the joint sessions with the perinatal team were what Mother valued"
                                + " most.",
                        "The social worker carried the case through the first lockdown on video visits and said no one"
                                + " asked in supervision what the baby's arrival would mean; the health visitor did not"
                                + " know the policy covered 'a feeling that the plan was wrong'."));
    }

    private static PanelReview.Builder family05() {
        return review("family-05")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        requiresImprovement("Each agency asked about what it saw: police spoke to Child A alone at the"
                                + " March incident, the midwife and the GP acted on Mother's depression, and the school nurse"
                                + " heard Child A at school. No one put together a mother in bed for much of the day, a"
                                + " child doing most of the caring through the lockdown, and an adult staying in the home"
                                + " whom only a police log and two visit notes recorded, each time as 'uncle'. Health visiting,"
                                + " the GP and the police graded themselves Good here for their own part, and Children's"
                                + " Services and midwifery Requires improvement; the panel graded what was known across them, and could not call"
                                + " curiosity good when the panel itself had to raise an immediate concern to find out who"
                                + " the man was."))
                .grade(
                        FATHERS_AND_MALES,
                        requiresImprovement(
                                "Father of Child B and Baby C was seen and his history checked. The man the children called"
                                        + " 'uncle' stayed in the home from March to September 2020: police logged him as"
                                        + " 'uncle, staying', the health visitor saw him in the garden in June and the social"
                                        + " worker in August, and nobody asked who he was, checked him or asked the children"
                                        + " about him. Father of Child A was taken as absent on Mother's word, and no agency"
                                        + " asked Child A about him. Because nobody could say whether the man still lived there"
                                        + " or saw the younger children, the panel raised an immediate concern at the meeting:"
                                        + " Children's Services to have him identified with Mother and the children asked"
                                        + " about him within a week, the Detective Inspector to run police checks within two"
                                        + " working days of his details, and Child A's young carer's assessment completed by"
                                        + " 14 May."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("The assessment covered the unborn baby from about eight weeks, the midwife referred at"
                                + " booking, and the birth plan, with an out-of-hours alert, was on the labour ward by August"
                                + " and used when Baby C was born."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged; every agency that sent a return judged it the"
                                        + " same way."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        requiresImprovement(
                                "Mother's depression was treated early and well: the GP restarted her treatment and"
                                        + " referred her to the perinatal team in February, the midwife's call on day six got"
                                        + " her seen at home that week, and the health visitor's six-week questions led to a"
                                        + " change of treatment in December. Its effect on Child A, who was doing much of"
                                        + " Child B's care, was recorded and not relieved. Adult mental health sent no return;"
                                        + " its Named Professional, speaking from the record, said the perinatal team saw"
                                        + " Mother by video through the lockdowns and twice at home after the birth, and that"
                                        + " her relapse plan names Father of Child B and Baby C to care for the younger"
                                        + " children when she is unwell but does not mention Child A, whose caring the"
                                        + " service did not know of. For both reasons the panel agreed with Children's"
                                        + " Services' Requires improvement rather than the Good of midwifery, health"
                                        + " visiting, the GP and the police. The"
                                        + " return had still not arrived on 14 May, when the audit coordinator stopped"
                                        + " chasing it, so this grade rests partly on the Named Professional's spoken account,"
                                        + " and the report says so."))
                .grade(
                        COVID_19_IMPACT,
                        requiresImprovement("Children's Services, midwifery and the GP worked mostly by telephone or"
                                + " video after March; the social worker saw Child B at home once and Child A alone once"
                                + " before the birth, and the health visitor saw the family in the garden in June. No one"
                                + " saw inside the home while the man the children called 'uncle' was staying there. Police"
                                + " judged the objective not applicable, as their only contact was before the first"
                                + " lockdown."))
                .keyLearning("Ask who else lives in the home, and ask the children.")
                .familyVoice(declined(
                        INVITED,
                        "Mother declined when the independent reviewer telephoned: she said she was well now and did"
                                + " not want to go back over a hard year."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(HEALTH_VISITING, "School nurse"),
                                with(HEALTH_VISITING, "Health visitor")),
                        "The school nurse said seeing Child A at school, away from home, was the only way Child A would"
                                + " talk.",
                        "The social worker said that with visits by video nobody saw who else was in the house, and the"
                                + " young carers' service had a long waiting list through 2020."));
    }
}
