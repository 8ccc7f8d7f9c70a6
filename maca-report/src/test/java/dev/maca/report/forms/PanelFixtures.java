package dev.maca.report.forms;

import static dev.maca.report.forms.FormFixtures.COVID;
import static dev.maca.report.forms.FormFixtures.FAMILY_1;
import static dev.maca.report.forms.FormFixtures.FATHERS;

import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A panel review of the form fixtures' Family 1 using every part a panel record form holds, and its filler. */
final class PanelFixtures {
    private PanelFixtures() {}

    static PanelReview review() {
        return PanelReview.builder(FAMILY_1, YearMonth.of(2021, 4))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                .attendee(PanelAttendee.of("midwifery", "Named Midwife for Safeguarding"))
                .grade(
                        FATHERS,
                        PanelGrade.of(
                                        "requires-improvement",
                                        "The father was checked by police but nobody assessed him.")
                                .moderated(
                                        "Practice was not yet good: a check is not an assessment.",
                                        "Police agreed their own Good reflected the check alone."))
                .grade(COVID, PanelGrade.notApplicable("No agency's contact with the family fell in the restrictions."))
                .keyLearning("A check on a man is the start of understanding him, not the end.")
                .illustration("A toddler drew her father 'very big'; nobody asked her why.")
                .familyVoice(new FamilyVoice(
                        true,
                        "Invited by letter from the partnership; the social worker explained the audit.",
                        Consent.GIVEN,
                        List.of(
                                new FamilyConversation("Mother", "Independent reviewer"),
                                new FamilyConversation("Child A", "Play worker")),
                        "Mother said the midwife was the first to ask her on her own.",
                        "Child A drew the house with everyone in it and put the dog by the door.",
                        ""))
                .practitionerVoice(new PractitionerVoice(
                        List.of(
                                new PractitionerConversation("police", "Response officer"),
                                new PractitionerConversation("midwifery", "Community midwife")),
                        "Seeing the mother alone at every appointment.",
                        "Not knowing the father's history until the conference.",
                        ""))
                .build();
    }

    /** A filler that writes {@code review} into a panel record form as the panel's note-taker would. */
    static FormFiller filler(PanelReview review) {
        FormFiller filler = new FormFiller().set(FormFields.PANEL_MET, "04/2021");
        Map<String, String> agencyNames = Map.of("police", "Police", "midwifery", "Midwifery");
        for (int i = 0; i < review.attendees().size(); i++) {
            PanelAttendee attendee = review.attendees().get(i);
            filler.set(
                            FormFields.attendeeAgency(i + 1),
                            attendee.agencyId().map(agencyNames::get).orElse(PanelRecordFormModel.NO_AGENCY))
                    .set(FormFields.attendeeRole(i + 1), attendee.role());
        }
        review.grades().forEach((objective, grade) -> {
            filler.set(
                            FormFields.panelGrade(objective),
                            grade.isNotApplicable()
                                    ? "Not applicable / no material involvement"
                                    : dev.maca.scope.GradingScale.ofsted().label(grade.grade()))
                    .set(FormFields.panelRationale(objective), grade.rationale());
            grade.moderation().ifPresent(m -> filler.set(FormFields.moderationView(objective), m.agreedView())
                    .set(FormFields.moderationResolution(objective), m.resolution()));
        });
        filler.set(FormFields.KEY_LEARNING, review.keyLearning());
        review.illustration().ifPresent(text -> filler.set(FormFields.ILLUSTRATION, text));
        review.familyVoice().ifPresent(voice -> {
            filler.set(FormFields.FAMILY_INVITED, voice.invited() ? "Yes" : "No")
                    .set(FormFields.FAMILY_INVITATION, voice.invitation())
                    .set(FormFields.FAMILY_CONSENT, voice.consent().label())
                    .set(FormFields.FAMILY_PARENT_VIEW, voice.parentView())
                    .set(FormFields.FAMILY_CHILD_VIEW, voice.childView())
                    .set(FormFields.FAMILY_NO_VIEW, voice.noViewReason());
            for (int i = 0; i < voice.conversations().size(); i++) {
                filler.set(
                                FormFields.familyMember(i + 1),
                                voice.conversations().get(i).familyMember())
                        .set(
                                FormFields.familySpokeWith(i + 1),
                                voice.conversations().get(i).spokeWith());
            }
        });
        review.practitionerVoice().ifPresent(voice -> {
            for (int i = 0; i < voice.conversations().size(); i++) {
                filler.set(
                                FormFields.practitionerAgency(i + 1),
                                agencyNames.get(voice.conversations().get(i).agencyId()))
                        .set(
                                FormFields.practitionerRole(i + 1),
                                voice.conversations().get(i).role());
            }
            filler.set(FormFields.PRACTITIONERS_HELPED, voice.whatHelped())
                    .set(FormFields.PRACTITIONERS_HINDERED, voice.whatGotInTheWay())
                    .set(FormFields.PRACTITIONERS_NOT_HEARD, voice.notHeardReason());
        });
        return filler;
    }
}
