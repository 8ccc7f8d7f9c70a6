package dev.maca.report.documents;

import dev.maca.report.family.FamilySheet;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Timeline;
import dev.maca.validation.JsonPointer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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

    /** The first milestone of a kind, or a gap naming it. */
    static Optional<Milestone> milestone(Timeline timeline, MilestoneKind kind, ContentGaps gaps, String purpose) {
        Optional<Milestone> milestone = timeline.first(kind);
        if (milestone.isEmpty()) {
            gaps.missing(
                    JsonPointer.root().append("scope").append("timeline").append("milestones"),
                    "a " + kind + " milestone in the timeline, for " + purpose,
                    "Add a milestone of kind " + kind + " with its month to the scope's timeline.");
        }
        return milestone;
    }

    /** The document's fixed creation time: the milestone's day (or the first of its month) at 09:00 UTC. */
    static OffsetDateTime created(Milestone milestone) {
        LocalDate day = milestone.date().orElseGet(() -> milestone.month().atDay(1));
        return OffsetDateTime.of(day, NINE_AM, ZoneOffset.UTC);
    }
}
