package dev.maca.report.documents;

import dev.maca.report.family.FamilySheet;
import dev.maca.scope.Milestone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a document is dated: from the audit's timeline (the month of the report or the seminar), never from the clock,
 * so the same audit gives the same bytes.
 */
final class Timing {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final LocalTime NINE_AM = LocalTime.of(9, 0);

    private Timing() {}

    /** A month as documents print it, e.g. "May 2021". */
    static String month(YearMonth month) {
        return FamilySheet.month(month);
    }

    /** A day as documents print it in tables, e.g. "30 September 2021". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The document's fixed creation time: the milestone's day (or the first of its month) at 09:00 UTC. */
    static OffsetDateTime created(Milestone milestone) {
        LocalDate day = milestone.date().orElseGet(() -> milestone.month().atDay(1));
        return OffsetDateTime.of(day, NINE_AM, ZoneOffset.UTC);
    }
}
