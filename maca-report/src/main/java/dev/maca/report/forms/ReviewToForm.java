package dev.maca.report.forms;

import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a panel record form shows for a review the audit already holds, so the panel can reopen its record and
 * amend it: the reverse of {@link ReviewFromForm}. People beyond the form's rows are left out, and say so.
 */
final class ReviewToForm {
    private ReviewToForm() {}

    /** The field values of {@code review}, by field name. */
    static Map<String, String> values(AuditScope scope, PanelReview review) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                FormFields.PANEL_MET,
                String.format(
                        "%02d/%d", review.met().getMonthValue(), review.met().getYear()));
        for (int i = 0; i < Math.min(review.attendees().size(), PanelRecordFormModel.ATTENDEE_ROWS); i++) {
            PanelAttendee attendee = review.attendees().get(i);
            values.put(
                    FormFields.attendeeAgency(i + 1),
                    agencyOption(scope, attendee.agencyId().orElse("")));
            values.put(FormFields.attendeeRole(i + 1), attendee.role());
        }
        review.grades().forEach((objectiveId, grade) -> {
            if (scope.objective(objectiveId).isEmpty()) {
                return;
            }
            values.put(FormFields.panelGrade(objectiveId), GradeOptions.label(scope.gradingScale(), grade.grade()));
            values.put(FormFields.panelRationale(objectiveId), grade.rationale());
            grade.moderation().ifPresent(m -> {
                values.put(FormFields.moderationView(objectiveId), m.agreedView());
                values.put(FormFields.moderationResolution(objectiveId), m.resolution());
            });
        });
        values.put(FormFields.KEY_LEARNING, review.keyLearning());
        review.illustration().ifPresent(text -> values.put(FormFields.ILLUSTRATION, text));
        review.illustrationObjective()
                .flatMap(scope::objective)
                .ifPresent(o -> values.put(FormFields.ILLUSTRATION_OBJECTIVE, o.title()));
        review.familyVoice().ifPresent(voice -> family(voice, values));
        review.practitionerVoice().ifPresent(voice -> practitioners(scope, voice, values));
        return values;
    }

    private static void family(FamilyVoice voice, Map<String, String> values) {
        values.put(FormFields.FAMILY_INVITED, voice.invited() ? "Yes" : "No");
        values.put(FormFields.FAMILY_INVITATION, voice.invitation());
        values.put(FormFields.FAMILY_CONSENT, voice.consent().label());
        for (int i = 0; i < Math.min(voice.conversations().size(), PanelRecordFormModel.FAMILY_ROWS); i++) {
            values.put(
                    FormFields.familyMember(i + 1), voice.conversations().get(i).familyMember());
            values.put(
                    FormFields.familySpokeWith(i + 1),
                    voice.conversations().get(i).spokeWith());
        }
        values.put(FormFields.FAMILY_PARENT_VIEW, voice.parentView());
        values.put(FormFields.FAMILY_CHILD_VIEW, voice.childView());
        values.put(FormFields.FAMILY_NO_VIEW, voice.noViewReason());
    }

    private static void practitioners(AuditScope scope, PractitionerVoice voice, Map<String, String> values) {
        for (int i = 0; i < Math.min(voice.conversations().size(), PanelRecordFormModel.PRACTITIONER_ROWS); i++) {
            values.put(
                    FormFields.practitionerAgency(i + 1),
                    agencyOption(scope, voice.conversations().get(i).agencyId()));
            values.put(
                    FormFields.practitionerRole(i + 1),
                    voice.conversations().get(i).role());
        }
        values.put(FormFields.PRACTITIONERS_HELPED, voice.whatHelped());
        values.put(FormFields.PRACTITIONERS_HINDERED, voice.whatGotInTheWay());
        values.put(FormFields.PRACTITIONERS_NOT_HEARD, voice.notHeardReason());
    }

    private static String agencyOption(AuditScope scope, String agencyId) {
        return scope.agency(agencyId).map(AgencyRequirement::name).orElse(PanelRecordFormModel.NO_AGENCY);
    }
}
