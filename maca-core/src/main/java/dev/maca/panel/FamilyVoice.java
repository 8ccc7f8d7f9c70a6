package dev.maca.panel;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * The family's voice in the audit of their case: whether they were invited to contribute and why (or why not), their
 * consent, who spoke with whom, and what the parents and the children said — in a way that suited the child's age —
 * or why no view was sought.
 *
 * <p>Working Together puts working with parents and families at the centre of practice: a MACA that never asks a
 * family what helped is missing half its evidence, and one that did ask should say what it heard.
 *
 * @param invited whether the family was invited to give their view
 * @param invitation why the family was or was not invited (e.g. "Not invited: care proceedings are under way")
 * @param consent whether they agreed to contribute
 * @param conversations who in the family spoke, and with whom
 * @param parentView what the parents said, disguised (may be empty)
 * @param childView what the children said or showed, gathered in a way that suited their age (may be empty)
 * @param noViewReason why no view was sought or given although the family was invited (may be empty)
 */
public record FamilyVoice(
        boolean invited,
        String invitation,
        Consent consent,
        List<FamilyConversation> conversations,
        String parentView,
        String childView,
        String noViewReason) {
    public FamilyVoice {
        present(invitation, "family voice invitation");
        present(consent, "family voice consent");
        conversations = list(conversations, "family voice conversations");
        present(parentView, "family voice parentView");
        present(childView, "family voice childView");
        present(noViewReason, "family voice noViewReason");
    }

    /** The family was not invited, for this reason. */
    public static FamilyVoice notInvited(String why) {
        return new FamilyVoice(false, why, Consent.NOT_SOUGHT, List.of(), "", "", "");
    }

    /** Whether anything the family said is recorded. */
    public boolean isHeard() {
        return !parentView.isBlank() || !childView.isBlank();
    }
}
