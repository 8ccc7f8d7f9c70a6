package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The event at which the audit's learning is shared with practitioners, as the timeline's seminar milestone plans it:
 * what the partnership calls it, when it starts and ends on the milestone's day, where it is held or the link to join,
 * and who facilitates it, by role.
 *
 * <pre>{@code
 * new LearningEvent("Learning event for practitioners", LocalTime.of(9, 30), LocalTime.of(12, 30),
 *         "Council chamber, Town Hall", Optional.empty(), List.of("Partnership Business Manager (chair)"));
 * }</pre>
 *
 * @param name the event's name as the partnership uses it, e.g. "Learning event for practitioners"
 * @param starts when it starts
 * @param ends when it ends, after it starts
 * @param venue where it is held (empty when it is online only)
 * @param onlineLink the {@code https://} address to join online, when it can be joined online
 * @param facilitators who facilitates or speaks, by role (never by name), e.g. "Designated Nurse (case study)"
 */
public record LearningEvent(
        String name,
        LocalTime starts,
        LocalTime ends,
        String venue,
        Optional<String> onlineLink,
        List<String> facilitators) {
    public LearningEvent {
        nonBlank(name, "learning event name");
        present(starts, "learning event starts");
        present(ends, "learning event ends");
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("learning event '" + name + "' ends at " + ends + ", not after it starts"
                    + " at " + starts + "; give an end time after the start time");
        }
        present(venue, "learning event venue");
        onlineLink = optional(onlineLink);
        onlineLink.ifPresent(link -> {
            if (!link.matches("https?://\\S+")) {
                throw new IllegalArgumentException("learning event '" + name + "' has an online link that is not a web"
                        + " address; give one starting https://, without spaces");
            }
        });
        facilitators = list(facilitators, "learning event facilitators");
    }

    /** How long the event lasts, in minutes. */
    public long minutes() {
        return java.time.Duration.between(starts, ends).toMinutes();
    }
}
