package dev.maca.scope;

import static dev.maca.model.Preconditions.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The audit's milestones in the order they should happen, able to say what is next and what is overdue on a day.
 *
 * @param milestones the milestones, in order; out-of-order months are reported by audit validation
 */
public record Timeline(List<Milestone> milestones) {
    public Timeline {
        milestones = list(milestones, "timeline milestones");
    }

    /** A timeline of these milestones. */
    public static Timeline of(Milestone... milestones) {
        return new Timeline(List.of(milestones));
    }

    /** The first milestone, in order, that is neither completed nor overdue on {@code today}: what comes next. */
    public Optional<Milestone> next(LocalDate today) {
        return milestones.stream()
                .filter(m -> !m.isCompleted() && !m.isOverdueOn(today))
                .findFirst();
    }

    /** Every milestone not completed whose due day has passed on {@code today}, in order. */
    public List<Milestone> overdue(LocalDate today) {
        return milestones.stream().filter(m -> m.isOverdueOn(today)).toList();
    }

    /** The first milestone of a kind, e.g. {@link MilestoneKind#REPORT} for the Business Group month. */
    public Optional<Milestone> first(MilestoneKind kind) {
        return milestones.stream().filter(m -> m.kind() == kind).findFirst();
    }

    /** The milestone with this id. */
    public Optional<Milestone> milestone(String id) {
        return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
