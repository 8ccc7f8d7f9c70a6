package dev.maca.report.documents;

import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import dev.maca.report.document.Block;
import dev.maca.report.document.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** Who took part in a family's panel, and what the family and the practitioners said, as the pack's record gives it. */
final class PanelVoices {
    private PanelVoices() {}

    /** "Attended: Partnership Business Manager (chair); Police: Detective Inspector; …", each agency named once. */
    static String attended(PanelReview review, AgencyNames names) {
        if (review.attendees().isEmpty()) {
            return "The review does not say who attended.";
        }
        java.util.Map<String, List<String>> byAgency = new java.util.LinkedHashMap<>();
        for (PanelAttendee attendee : review.attendees()) {
            String agency = attendee.agencyId().map(names::name).orElse("");
            byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(attendee.role());
        }
        List<String> people = new ArrayList<>();
        byAgency.forEach((agency, roles) ->
                people.add(agency.isEmpty() ? String.join("; ", roles) : agency + ": " + String.join(", ", roles)));
        return "Attended: " + String.join("; ", people) + ".";
    }

    /** A paragraph on the family's voice and one on the practitioners', as far as the review records them. */
    static List<Block> of(PanelReview review, AgencyNames names) {
        List<Block> blocks = new ArrayList<>();
        review.familyVoice().ifPresent(voice -> blocks.add(family(voice)));
        review.practitionerVoice().ifPresent(voice -> blocks.add(practitioners(voice, names)));
        return blocks;
    }

    private static Paragraph family(FamilyVoice voice) {
        StringBuilder text = new StringBuilder();
        String invitation = sentence(voice.invitation());
        String lower = invitation.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("invited") || lower.startsWith("not invited")) {
            text.append(invitation);
        } else {
            text.append(voice.invited() ? "Invited: " : "Not invited: ").append(Figures.lowerFirst(invitation));
        }
        if (!voice.conversations().isEmpty()) {
            List<String> talks = new ArrayList<>();
            voice.conversations().forEach(c -> talks.add(c.familyMember() + " with the " + c.spokeWith()));
            text.append(" Spoke: ").append(String.join("; ", talks)).append('.');
        }
        if (!voice.parentView().isBlank()) {
            text.append(" The parents: ").append(sentence(voice.parentView()));
        }
        if (!voice.childView().isBlank()) {
            text.append(" The children: ").append(sentence(voice.childView()));
        }
        if (!voice.noViewReason().isBlank()) {
            text.append(' ').append(sentence(voice.noViewReason()));
        }
        return Paragraph.builder()
                .bold("The family's voice: ")
                .text(text.toString().strip())
                .build();
    }

    private static Paragraph practitioners(PractitionerVoice voice, AgencyNames names) {
        StringBuilder text = new StringBuilder();
        if (voice.conversations().isEmpty()) {
            text.append(
                    voice.notHeardReason().isBlank()
                            ? "No practitioner was spoken with."
                            : sentence(voice.notHeardReason()));
        } else {
            List<String> people = new ArrayList<>();
            voice.conversations().forEach(c -> people.add(names.name(c.agencyId()) + ": " + c.role()));
            text.append("Spoken with: ").append(String.join("; ", people)).append('.');
        }
        if (!voice.whatHelped().isBlank()) {
            text.append(" What helped: ").append(sentence(voice.whatHelped()));
        }
        if (!voice.whatGotInTheWay().isBlank()) {
            text.append(" What got in the way: ").append(sentence(voice.whatGotInTheWay()));
        }
        return Paragraph.builder()
                .bold("The practitioners' voice: ")
                .text(text.toString().strip())
                .build();
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\'' || last == '"' || last == '’' || last == '”'
                ? trimmed
                : trimmed + ".";
    }
}
