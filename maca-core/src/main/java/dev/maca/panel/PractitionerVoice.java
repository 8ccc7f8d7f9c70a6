package dev.maca.panel;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * What the practitioners who worked with the family told the audit: the conversations held, what helped them work
 * well with the family, and what got in the way — evidence no record holds, and the only ground for a finding about
 * why practitioners did what they did.
 *
 * @param conversations the practitioners spoken with, by agency and role
 * @param whatHelped what practitioners said helped (may be empty)
 * @param whatGotInTheWay what practitioners said got in the way (may be empty)
 * @param notHeardReason why no practitioner was spoken with, when none was (may be empty)
 */
public record PractitionerVoice(
        List<PractitionerConversation> conversations,
        String whatHelped,
        String whatGotInTheWay,
        String notHeardReason) {
    public PractitionerVoice {
        conversations = list(conversations, "practitioner voice conversations");
        present(whatHelped, "practitioner voice whatHelped");
        present(whatGotInTheWay, "practitioner voice whatGotInTheWay");
        present(notHeardReason, "practitioner voice notHeardReason");
    }

    /** No practitioner was spoken with, for this reason. */
    public static PractitionerVoice notHeard(String why) {
        return new PractitionerVoice(List.of(), "", "", why);
    }
}
