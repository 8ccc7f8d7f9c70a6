package dev.maca.report.forms;

import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.ImmediateConcern;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.validation.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The part of the panel record form about the immediate concerns already open when the panel met: one row per
 * concern, on which the panel records what it heard from the owner (still open and where it stands, or closed, how
 * and when), and the reading of those rows back into {@link ConcernUpdate}s. A form made when no concern was open has
 * no such part.
 */
final class OpenConcernsOnForm {
    static final String STILL_OPEN = "Still open";
    static final String CLOSED = "Closed";
    static final List<String> STATUS = List.of(STILL_OPEN, CLOSED);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private OpenConcernsOnForm() {}

    /** Adds the part for {@code open} to {@code parts}; nothing when no concern is open. */
    static void add(List<FormModel.Part> parts, AuditScope scope, List<ImmediateConcern> open) {
        if (open.isEmpty()) {
            return;
        }
        parts.add(new FormModel.Heading(
                "Concerns already open",
                "Each concern below was raised earlier in the audit and is not yet closed. Hear from its owner where it"
                        + " stands and record it; choose Closed only when the owner confirms the follow-up is done,"
                        + " and say how it ended."));
        for (ImmediateConcern concern : open) {
            String id = concern.id();
            String raised = "Raised " + DAY.format(concern.raisedOn()) + " by " + raisedBy(scope, concern);
            parts.add(FormModel.Item.of(
                    raised + ": " + concern.concern(),
                    "Done at once: " + concern.actionTaken() + " Owner of the follow-up: " + concern.ownerRole() + "."
                            + (concern.outcome().isBlank() ? "" : " Last reported: " + concern.outcome()),
                    new FormModel.Choice(
                            FormFields.openConcernStatus(id),
                            "Now",
                            "Concern " + id + " – still open or closed (" + String.join(", ", STATUS) + ")",
                            STATUS),
                    FormModel.Entry.of(
                            FormFields.openConcernStands(id),
                            "Where it stands now, or how it ended",
                            "Concern " + id + " – where it stands now, or how it ended",
                            FormModel.Size.BOX),
                    new FormModel.Entry(
                            FormFields.openConcernClosedOn(id),
                            "Closed on (DD/MM/YYYY)",
                            "Concern " + id + " – the day it was closed (DD/MM/YYYY)",
                            FormModel.Size.LINE,
                            OptionalDouble.of(125))));
        }
    }

    /**
     * The updates the rows of {@code open} record; a row left empty records none. Each row that does not make sense
     * (closed without a date or an outcome, a date on a concern kept open, a closing day before it was raised) adds a
     * problem naming its field instead.
     */
    static List<ConcernUpdate> read(List<ImmediateConcern> open, FormValues values, List<Problem> problems) {
        List<ConcernUpdate> updates = new ArrayList<>();
        for (ImmediateConcern concern : open) {
            read(concern, values, problems).ifPresent(updates::add);
        }
        return List.copyOf(updates);
    }

    private static Optional<ConcernUpdate> read(ImmediateConcern concern, FormValues values, List<Problem> problems) {
        String id = concern.id();
        String statusField = FormFields.openConcernStatus(id);
        Optional<String> status = values.choice(statusField);
        String stands = values.text(FormFields.openConcernStands(id));
        String dateText = values.text(FormFields.openConcernClosedOn(id));
        if (status.isEmpty()) {
            if (!dateText.isEmpty()) {
                problems.add(Problem.error(
                        statusField,
                        "A closing date is written for concern '" + id + "', but it is not marked Closed.",
                        "Choose Closed and say how it ended, or clear the date."));
            }
            return Optional.empty();
        }
        if (stands.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.openConcernStands(id),
                    "Concern '" + id + "' is marked " + status.get() + " but the record does not say "
                            + (status.get().equals(CLOSED) ? "how it ended." : "where it stands."),
                    "Write what the owner told the panel, by role and pseudonym only."));
            return Optional.empty();
        }
        if (status.get().equals(STILL_OPEN)) {
            if (!dateText.isEmpty()) {
                problems.add(Problem.error(
                        FormFields.openConcernClosedOn(id),
                        "Concern '" + id + "' is kept open but has a closing date.",
                        "Clear the date, or choose Closed."));
                return Optional.empty();
            }
            return Optional.of(new ConcernUpdate(id, ConcernStatus.OPEN, stands, Optional.empty()));
        }
        Optional<LocalDate> closedOn = CompletionDate.parse(dateText);
        if (closedOn.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.openConcernClosedOn(id),
                    dateText.isEmpty()
                            ? "Concern '" + id + "' is marked Closed but the record does not say when."
                            : "The day concern '" + id + "' was closed is not a date.",
                    "Write the day it was closed as DD/MM/YYYY, for example 23/04/2021."));
            return Optional.empty();
        }
        if (closedOn.get().isBefore(concern.raisedOn())) {
            problems.add(Problem.error(
                    FormFields.openConcernClosedOn(id),
                    "Concern '" + id + "' is closed before the day it was raised (" + DAY.format(concern.raisedOn())
                            + ").",
                    "Check the day it was closed."));
            return Optional.empty();
        }
        return Optional.of(ConcernUpdate.closed(id, closedOn.get(), stands));
    }

    private static String raisedBy(AuditScope scope, ImmediateConcern concern) {
        return concern.raisedBy()
                .flatMap(agency -> scope.agencies().stream()
                        .filter(a -> a.id().equals(agency))
                        .map(AgencyRequirement::name)
                        .findFirst())
                .map(name -> name + " (its return)")
                .orElse(concern.source().label());
    }
}
