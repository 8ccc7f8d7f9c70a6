package dev.maca.panel;

import static dev.maca.model.Preconditions.nonBlank;

/**
 * One conversation with the family about the audit: who in the family spoke, and with whom, both by role or
 * pseudonym.
 *
 * @param familyMember who in the family spoke, as the case names them (e.g. "Mother", "Child A")
 * @param spokeWith who they spoke with, by role (e.g. "Independent reviewer", "Child A's own social worker")
 */
public record FamilyConversation(String familyMember, String spokeWith) {
    public FamilyConversation {
        nonBlank(familyMember, "family conversation familyMember");
        nonBlank(spokeWith, "family conversation spokeWith");
    }
}
