package dev.maca.audit;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A resource a learning brief points practitioners to, e.g. a national review or a local policy, with the address a
 * reader can follow and the day someone last checked that it still leads there.
 *
 * @param title the resource's title
 * @param source who publishes it (may be empty)
 * @param url where to read it, an {@code https://} or {@code http://} address (empty in files before MACA 0.3; a brief
 *     needs it)
 * @param checkedOn the day the address was last checked (empty in files before MACA 0.3; a brief needs it)
 */
public record LearningResource(String title, String source, Optional<String> url, Optional<LocalDate> checkedOn) {
    public LearningResource {
        nonBlank(title, "resource title");
        present(source, "resource source");
        url = optional(url);
        checkedOn = optional(checkedOn);
        url.ifPresent(u -> {
            if (!u.matches("https?://\\S+")) {
                throw new IllegalArgumentException("resource '" + title + "' has a url that is not a web address;"
                        + " give one starting https:// (or http://), without spaces");
            }
        });
    }

    /** A resource without a link, as files before MACA 0.3 give it. */
    public LearningResource(String title, String source) {
        this(title, source, Optional.empty(), Optional.empty());
    }

    /** A resource with the address to read it at, checked on a day. */
    public static LearningResource at(String title, String source, String url, LocalDate checkedOn) {
        return new LearningResource(title, source, Optional.of(url), Optional.of(checkedOn));
    }
}
