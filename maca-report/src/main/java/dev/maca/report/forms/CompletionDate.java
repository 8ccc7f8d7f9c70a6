package dev.maca.report.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reads the completion date as auditors write it: day first (20/04/2021, 20-04-2021, 20.04.2021) or ISO. */
final class CompletionDate {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private CompletionDate() {}

    /** The date written, or empty when the text is blank or not a date in any accepted format. */
    static Optional<LocalDate> parse(String text) {
        String trimmed = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
