package dev.maca.cohort;

import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;

/**
 * An injury to a baby, or a hospital attendance, in the baby's first year: what the index case of a baby audit is
 * about, so each one the records show is kept.
 *
 * @param month the month it happened
 * @param kind an injury, an attendance at the emergency department, or an admission
 * @param description what happened and how it was explained, by pseudonym and role only (may be empty)
 */
public record FirstYearEvent(YearMonth month, Kind kind, String description) {
    public FirstYearEvent {
        present(month, "first-year event month");
        present(kind, "first-year event kind");
        present(description, "first-year event description");
    }

    /** What kind of event it was. */
    public enum Kind {
        /** An injury seen by a professional, whether or not the baby went to hospital. */
        INJURY("an injury"),
        /** An attendance at an emergency department or minor injuries unit. */
        HOSPITAL_ATTENDANCE("a hospital attendance"),
        /** An admission to hospital. */
        HOSPITAL_ADMISSION("a hospital admission");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind as a noun phrase, e.g. "a hospital attendance". */
        public String label() {
            return label;
        }
    }
}
