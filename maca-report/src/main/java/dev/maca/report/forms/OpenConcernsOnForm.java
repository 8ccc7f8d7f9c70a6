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
                        + " stands, and record it with the next step and its date."));
        parts.add(FormModel.Prose.guidance("Choose Closed when the owner confirms that the children are safe and the"
                + " follow-up is done, or when the concern is now held in a statutory process (section 47 enquiries,"
                + " a child protection plan, care proceedings) under a lead named by role: then say which process and"
                + " who leads it, and what the panel asked to be passed on."));
        for (ImmediateConcern concern : open) {
            String id = concern.id();
            String raised = "Raised " + DAY.format(concern.raisedOn()) + " by " + raisedBy(scope, concern);
            parts.add(new FormModel.Prose(raised, FormModel.Tone.STRONG, 2));
            parts.add(FormModel.Prose.body(concern.concern()));
            parts.add(FormModel.Prose.body("Done at once: " + concern.actionTaken()));
            parts.add(FormModel.Prose.body("Owner of the follow-up: " + concern.ownerRole() + "."));
            parts.add(FormModel.Prose.body(
                    concern.outcome().isBlank()
                            ? "Last reported: the owner has not yet reported back."
                            : "Last reported: " + concern.outcome()));
            parts.add(FormModel.Item.of(
                    "What the panel heard about this concern",
                    "",
                    new FormModel.Choice(
                            FormFields.openConcernStatus(id),
                            "Now",
                            "Concern raised " + DAY.format(concern.raisedOn()) + " – still open or closed ("
                                    + String.join(", ", STATUS) + ")",
                            STATUS),
                    FormModel.Entry.of(
                            FormFields.openConcernStands(id),
                            "Where it stands and the next step (or how it ended)",
                            "Concern raised " + DAY.format(concern.raisedOn())
                                    + " – where it stands and the next step, or how it ended",
                            FormModel.Size.BOX),
                    new FormModel.Entry(
                            FormFields.openConcernClosedOn(id),
                            "Closed on (DD/MM/YYYY)",
                            "Concern raised " + DAY.format(concern.raisedOn())
                                    + " – the day it was closed (DD/MM/YYYY)",
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
                        "A closing date is written for " + which(concern) + ", but it is not marked Closed.",
                        "Choose Closed and say how it ended, or clear the date."));
            }
            return Optional.empty();
        }
        if (stands.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.openConcernStands(id),
                    capitalised(which(concern)) + " is marked " + status.get() + " but the record does not say "
                            + (status.get().equals(CLOSED) ? "how it ended." : "where it stands."),
                    "Write what the owner told the panel, by role and pseudonym only."));
            return Optional.empty();
        }
        if (status.get().equals(STILL_OPEN)) {
            if (!dateText.isEmpty()) {
                problems.add(Problem.error(
                        FormFields.openConcernClosedOn(id),
                        capitalised(which(concern)) + " is kept open but has a closing date.",
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
                            ? capitalised(which(concern)) + " is marked Closed but the record does not say when."
                            : "The day " + which(concern) + " was closed is not a date.",
                    "Write the day it was closed as DD/MM/YYYY, for example 23/04/2021."));
            return Optional.empty();
        }
        if (closedOn.get().isBefore(concern.raisedOn())) {
            problems.add(Problem.error(
                    FormFields.openConcernClosedOn(id),
                    capitalised(which(concern)) + " is closed before the day it was raised ("
                            + DAY.format(concern.raisedOn()) + ").",
                    "Check the day it was closed."));
            return Optional.empty();
        }
        return Optional.of(ConcernUpdate.closed(id, closedOn.get(), stands));
    }

    /** "the concern raised on 7 April 2021", as the form shows it: the panel knows no concern ids. */
    private static String which(ImmediateConcern concern) {
        return "the concern raised on " + DAY.format(concern.raisedOn());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
