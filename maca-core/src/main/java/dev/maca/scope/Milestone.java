package dev.maca.scope;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One step of the audit timeline, due in a month (the precision a scope usually gives) or on a day.
 *
 * @param id stable lower-kebab-case id (e.g. {@code report-to-business-group})
 * @param kind what the milestone marks
 * @param description the milestone as the scope states it (e.g. "Audit to take place in April")
 * @param month the month it is due in
 * @param date the exact day, when known; it must fall in {@code month}
 * @param completedOn the day it was completed, once it has been
 * @param event for a seminar or other learning event, its name, times, venue or link and facilitators (empty in files
 *     before MACA 0.3; the seminar pack needs it)
 */
public record Milestone(
        String id,
        MilestoneKind kind,
        String description,
        YearMonth month,
        Optional<LocalDate> date,
        Optional<LocalDate> completedOn,
        Optional<LearningEvent> event) {
    public Milestone {
        present(id, "milestone id");
        present(kind, "milestone kind");
        nonBlank(description, "milestone description");
        present(month, "milestone month");
        date = optional(date);
        completedOn = optional(completedOn);
        event = optional(event);
        date.ifPresent(d -> {
            if (!YearMonth.from(d).equals(month)) {
                throw new IllegalArgumentException(
                        "milestone '" + id + "' date " + d + " does not fall in its month " + month);
            }
        });
    }

    /** A milestone without an event, as files before MACA 0.3 give it. */
    public Milestone(
            String id,
            MilestoneKind kind,
            String description,
            YearMonth month,
            Optional<LocalDate> date,
            Optional<LocalDate> completedOn) {
        this(id, kind, description, month, date, completedOn, Optional.empty());
    }

    /** A milestone due in a month, not yet completed. */
    public static Milestone inMonth(String id, MilestoneKind kind, String description, YearMonth month) {
        return new Milestone(id, kind, description, month, Optional.empty(), Optional.empty());
    }

    /** The last day on which the milestone is still on time: its date, or the end of its month. */
    public LocalDate dueBy() {
        return date.orElseGet(month::atEndOfMonth);
    }

    /** Whether it has been completed. */
    public boolean isCompleted() {
        return completedOn.isPresent();
    }

    /** Whether it is not completed and its due day has passed on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !isCompleted() && today.isAfter(dueBy());
    }

    /** This milestone marked completed on a day. */
    public Milestone completed(LocalDate on) {
        return new Milestone(id, kind, description, month, date, Optional.of(on), event);
    }

    /** This milestone held on a day as a learning event. */
    public Milestone heldOn(LocalDate day, LearningEvent learningEvent) {
        return new Milestone(id, kind, description, month, Optional.of(day), completedOn, Optional.of(learningEvent));
    }
}
