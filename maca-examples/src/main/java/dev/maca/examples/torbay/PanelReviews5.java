package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayPanel.INVITED;
import static dev.maca.examples.torbay.TorbayPanel.declined;
import static dev.maca.examples.torbay.TorbayPanel.good;
import static dev.maca.examples.torbay.TorbayPanel.heard;
import static dev.maca.examples.torbay.TorbayPanel.notApplicable;
import static dev.maca.examples.torbay.TorbayPanel.outstanding;
import static dev.maca.examples.torbay.TorbayPanel.practitioners;
import static dev.maca.examples.torbay.TorbayPanel.requiresImprovement;
import static dev.maca.examples.torbay.TorbayPanel.review;
import static dev.maca.examples.torbay.TorbayPanel.spoke;
import static dev.maca.examples.torbay.TorbayPanel.with;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.COVID_19_IMPACT;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.FATHERS_AND_MALES;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_CURIOSITY;
import static dev.maca.examples.torbay.TorbayScope.PROFESSIONAL_DIFFERENCES;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_SAFETY_PLANNING;

import dev.maca.panel.PanelReview;
import java.util.List;
import java.util.Map;

/** The panel's reviews of Families 22 and 23. */
final class PanelReviews5 {
    private PanelReviews5() {}

    static void write(Map<String, PanelReview.Builder> reviews) {
        reviews.put("family-22", family22());
        reviews.put("family-23", family23());
    }

    private static PanelReview.Builder family22() {
        return review("family-22")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        good(
                                "The pre-birth assessment tested Father's account of his domestic abuse course against the"
                                        + " police record, and the midwife asked Mother about abuse alone at every appointment."
                                        + " Midwifery and health visiting graded themselves Outstanding throughout; the panel"
                                        + " found strong practice that met, rather than exceeded, the standard on this objective."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father was seen together with Mother and on his own, his history was checked and his"
                                + " completion of the conditions of his caution confirmed, and he was included in the"
                                + " health visitor's contacts."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("The unborn baby's risk was assessed in its own right and a birth plan everyone knew was"
                                + " followed; when Baby B was readmitted with jaundice, the midwife and health visitor"
                                + " picked it up the same day."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        notApplicable(
                                "No professional disagreement arose in the period, and the panel found no decision"
                                        + " that should have been challenged."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good(
                                "Mother's mood was asked about by the midwife, the health visitor and the GP in pregnancy and"
                                        + " after the birth, and its effect on her care of two young children in the lockdown was"
                                        + " considered."))
                .grade(
                        COVID_19_IMPACT,
                        outstanding("The health visitor decided with a supervisor, on recorded grounds of risk, to keep"
                                + " visiting in person through the first lockdown; the nursery kept Child A's place and"
                                + " the social worker kept visiting. The children were seen at home when most families"
                                + " were not. The health visiting auditor had supervised the case; the panel relied on the"
                                + " independent check of that return, which agreed the grade."))
                .keyLearning("Risk-based face-to-face visiting kept these children in sight when others were not.")
                .illustration(
                        "During the first lockdown a health visitor and a supervisor agreed, and recorded why,"
                                + " that a family with a history of domestic abuse should still be visited in person. The children"
                                + " were seen regularly, outdoors where possible, and what the older child said and played was"
                                + " written down. The parents valued the visits, and by the end of the year the family no longer"
                                + " needed a plan.",
                        COVID_19_IMPACT)
                .familyVoice(heard(
                        INVITED,
                        List.of(
                                spoke("Mother", "Independent reviewer, Partnership Business Unit"),
                                spoke("Father", "Independent reviewer, Partnership Business Unit"),
                                spoke("Child A", "Child A's key person at nursery")),
                        "Mother said the health visitor's visits were a lifeline in the lockdown, and Father said he was"
                                + " glad to be included rather than talked about.",
                        "Child A showed the key person a drawing of the den in the garden and said the health"
                                + " visitor 'came to see my baby'."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(HEALTH_VISITING, "Health visitor"),
                                with(CHILDRENS_SERVICES, "Social worker"),
                                with(EARLY_YEARS, "Key person")),
                        "The health visitor said a supervisor's backing for a recorded, risk-based decision to keep"
                                + " visiting made it possible; the social worker valued the health visitor's reports.",
                        "Protective equipment and shielding rules made the first visits slow to arrange."));
    }

    private static PanelReview.Builder family23() {
        return review("family-23")
                .grade(
                        PROFESSIONAL_CURIOSITY,
                        requiresImprovement(
                                "Much was done well: the nursery's handling of Child A's bruising, the police"
                                        + " challenge, the alcohol worker's advice on sleeping with a baby after drinking. But"
                                        + " Child B's missed appointments and frequent illness, and Baby C's attendance after a"
                                        + " fall, were filed; no agency asked what they said about the care of three young"
                                        + " children while the parents drank more. The agencies graded themselves Good; the panel"
                                        + " graded lower for that reason."))
                .grade(
                        FATHERS_AND_MALES,
                        good("Father was seen by the social worker and the health visitor, his drinking was worked with"
                                + " by the substance misuse service, and the risk of his sleeping with Baby C after"
                                + " drinking was talked through and recorded."))
                .grade(
                        UNBORN_SAFETY_PLANNING,
                        good("After the police challenge a pre-birth assessment and a child in need plan were in place"
                                + " before Baby C's birth, with alcohol support for both parents."))
                .grade(
                        PROFESSIONAL_DIFFERENCES,
                        good(
                                "The police sergeant's written challenge to the first no-further-action decision was prompt"
                                        + " and specific, and changed the outcome: an assessment began and the plan was in place"
                                        + " for Baby C's birth. Police graded this Outstanding; the panel agreed Good because the"
                                        + " first decision was made without checking with the police at all."))
                .grade(
                        MATERNAL_MENTAL_HEALTH,
                        good("Mother's depression was assessed quickly, she had perinatal support before the birth, and"
                                + " the plan considered her mood alongside the drinking; missed telephone appointments"
                                + " were not always followed up."))
                .grade(
                        COVID_19_IMPACT,
                        requiresImprovement("In the second lockdown the parents' drinking rose while midwifery, the GP"
                                + " and both adult services worked mostly by telephone. The health visitor and the nursery kept"
                                + " seeing the children, which is why Child B was sent to the GP; nobody from the adult"
                                + " services saw the home."))
                .keyLearning(
                        "Refer any injury to a baby who is not yet mobile under the bruising protocol, whatever the"
                                + " explanation given.")
                .familyVoice(declined(INVITED, "Mother declined: she said she was too busy with three little ones."))
                .practitionerVoice(practitioners(
                        List.of(
                                with(HEALTH_VISITING, "Health visitor"),
                                with(EARLY_YEARS, "Key person"),
                                with(POLICE, "Police sergeant, Safeguarding Hub")),
                        "The sergeant said the policy's template made a challenge quick to write, and the answer came"
                                + " within two days.",
                        "The health visitor said emergency department notices arrived in a shared inbox that no one"
                                + " owned during the second lockdown; they are now allocated daily."));
    }
}
