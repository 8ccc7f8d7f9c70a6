package dev.maca.report.document;

import java.util.Locale;

/**
 * The Government Security Classification shown at the top and bottom of every page, such as
 * {@code OFFICIAL} or {@code OFFICIAL-SENSITIVE}.
 *
 * @param label the marking as printed, upper case, never blank
 */
public record ProtectiveMarking(String label) {

    /** Routine public-sector business: the default marking. */
    public static final ProtectiveMarking OFFICIAL = new ProtectiveMarking("OFFICIAL");

    /** Information about children and families that needs extra care in handling. */
    public static final ProtectiveMarking OFFICIAL_SENSITIVE = new ProtectiveMarking("OFFICIAL-SENSITIVE");

    /** Checks the label and normalises it to upper case. */
    public ProtectiveMarking {
        label = Checks.text(label, "marking.label").strip().toUpperCase(Locale.ROOT);
    }

    /** Returns the marking with the given label, e.g. {@code of("OFFICIAL-SENSITIVE")}. */
    public static ProtectiveMarking of(String label) {
        return new ProtectiveMarking(label);
    }
}
