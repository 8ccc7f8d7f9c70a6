package dev.maca.report.document;

import java.util.Optional;

/**
 * A cover page drawn before the first section: the document title with a subtitle, the
 * partnership's name, a status line (e.g. "Final, approved by the Business Group") and a date line.
 *
 * @param subtitle a line under the title, if any
 * @param partnership the publishing partnership, if any
 * @param status the document's status, if any
 * @param date a date line such as "March 2024", if any
 */
public record CoverPage(
        Optional<String> subtitle, Optional<String> partnership, Optional<String> status, Optional<String> date) {

    /** Checks that present lines are not blank. */
    public CoverPage {
        Checks.optionalText(subtitle, "cover.subtitle");
        Checks.optionalText(partnership, "cover.partnership");
        Checks.optionalText(status, "cover.status");
        Checks.optionalText(date, "cover.date");
    }

    /** Starts a cover page with no lines besides the title. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the optional lines of a {@link CoverPage}. */
    public static final class Builder {
        private Optional<String> subtitle = Optional.empty();
        private Optional<String> partnership = Optional.empty();
        private Optional<String> status = Optional.empty();
        private Optional<String> date = Optional.empty();

        private Builder() {}

        /** Sets the line under the title. */
        public Builder subtitle(String value) {
            subtitle = Optional.of(Checks.text(value, "cover.subtitle"));
            return this;
        }

        /** Sets the publishing partnership. */
        public Builder partnership(String value) {
            partnership = Optional.of(Checks.text(value, "cover.partnership"));
            return this;
        }

        /** Sets the status line. */
        public Builder status(String value) {
            status = Optional.of(Checks.text(value, "cover.status"));
            return this;
        }

        /** Sets the date line. */
        public Builder date(String value) {
            date = Optional.of(Checks.text(value, "cover.date"));
            return this;
        }

        /** Returns the cover page. */
        public CoverPage build() {
            return new CoverPage(subtitle, partnership, status, date);
        }
    }
}
