package dev.maca.report.forms;

import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ConcernUpdate;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.Moderation;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.validation.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the checked values of a completed panel record form ({@link PanelRecordFormModel}) into the panel's review of
 * the family, what it heard about the concerns already open and, if the panel found one, a new immediate concern. What is written must make sense together: a role
 * needs its agency, a moderated view its grade, a concern what was done, who was told, an owner and a date.
 */
final class ReviewFromForm {
    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private final AuditScope scope;
    private final CaseRecord family;
    private final FormValues values;
    private final List<ImmediateConcern> open;
    private final List<Problem> problems;

    private ReviewFromForm(
            AuditScope scope,
            CaseRecord family,
            FormValues values,
            List<ImmediateConcern> open,
            List<Problem> problems) {
        this.scope = scope;
        this.family = family;
        this.values = values;
        this.open = open;
        this.problems = problems;
    }

    /**
     * The panel's record that the form's values give.
     *
     * @param open the concerns the form lists as already open, whose rows it reads
     * @param problems the problems already found in the form, to which this adds its own
     * @throws FormImportException listing every problem, when there is any
     */
    static PanelRecord read(
            AuditScope scope,
            CaseRecord family,
            FormValues values,
            List<ImmediateConcern> open,
            List<Problem> problems,
            String fileName) {
        return new ReviewFromForm(scope, family, values, open, problems).read(fileName);
    }

    private PanelRecord read(String fileName) {
        Optional<YearMonth> met = met();
        List<PanelAttendee> attendees = attendees();
        PanelReview.Builder builder = PanelReview.builder(family.id(), met.orElse(YearMonth.of(2000, 1)));
        attendees.forEach(builder::attendee);
        for (Objective objective : scope.objectives()) {
            grade(objective).ifPresent(grade -> builder.grade(objective.id(), grade));
        }
        builder.keyLearning(values.text(FormFields.KEY_LEARNING));
        if (!values.text(FormFields.ILLUSTRATION).isEmpty()) {
            Optional<String> objective = values.choice(FormFields.ILLUSTRATION_OBJECTIVE)
                    .flatMap(title -> scope.objectives().stream()
                            .filter(o -> o.title().equals(title))
                            .map(Objective::id)
                            .findFirst());
            if (objective.isPresent()) {
                builder.illustration(values.text(FormFields.ILLUSTRATION), objective.get());
            } else {
                builder.illustration(values.text(FormFields.ILLUSTRATION));
            }
        }
        familyVoice().ifPresent(builder::familyVoice);
        practitionerVoice().ifPresent(builder::practitionerVoice);
        Optional<ImmediateConcern> concern = concern();
        List<ConcernUpdate> updates = OpenConcernsOnForm.read(open, values, problems);
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        return new PanelRecord(builder.build(), concern, updates);
    }

    private Optional<YearMonth> met() {
        String text = values.text(FormFields.PANEL_MET);
        if (text.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.PANEL_MET,
                    "The record does not say when the panel met.",
                    "Write the month the panel met, as MM/YYYY (for example 04/2021)."));
            return Optional.empty();
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return Optional.of(YearMonth.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(Problem.error(
                FormFields.PANEL_MET,
                "The month the panel met is not a month.",
                "Write it as MM/YYYY, for example 04/2021."));
        return Optional.empty();
    }

    private List<PanelAttendee> attendees() {
        List<PanelAttendee> attendees = new ArrayList<>();
        for (int row = 1; row <= PanelRecordFormModel.ATTENDEE_ROWS; row++) {
            int r = row;
            Optional<String> agency = values.choice(FormFields.attendeeAgency(row));
            String role = values.text(FormFields.attendeeRole(row));
            agency.ifPresent(name -> {
                if (role.isEmpty()) {
                    problems.add(Problem.error(
                            FormFields.attendeeRole(r),
                            "Attendee " + r + " has an agency but no role.",
                            "Give the attendee's role (never their name), or clear the agency."));
                    return;
                }
                attendees.add(agencyId(name)
                        .map(id -> PanelAttendee.of(id, role))
                        .orElseGet(() -> PanelAttendee.partnership(role)));
            });
        }
        return attendees;
    }

    private Optional<PanelGrade> grade(Objective objective) {
        String view = values.text(FormFields.moderationView(objective.id()));
        String resolution = values.text(FormFields.moderationResolution(objective.id()));
        Optional<String> chosen = values.choice(FormFields.panelGrade(objective.id()));
        if (chosen.isEmpty()) {
            if ((!view.isEmpty() || !resolution.isEmpty())
                    && !values.wasRefused(FormFields.panelGrade(objective.id()))) {
                problems.add(Problem.error(
                        FormFields.panelGrade(objective.id()),
                        "A moderated view is written for objective '" + objective.id() + "' but no grade is chosen.",
                        "Choose the grade the panel agreed, or clear the moderation."));
            }
            return Optional.empty();
        }
        String rationale = values.text(FormFields.panelRationale(objective.id()));
        PanelGrade grade = PanelGrade.of(GradeOptions.gradeId(scope.gradingScale(), chosen.get()), rationale);
        if (!view.isEmpty() || !resolution.isEmpty()) {
            grade = new PanelGrade(grade.grade(), grade.rationale(), Optional.of(new Moderation(view, resolution)));
        }
        return Optional.of(grade);
    }

    private Optional<FamilyVoice> familyVoice() {
        Optional<String> invited = values.choice(FormFields.FAMILY_INVITED);
        Optional<String> consent = values.choice(FormFields.FAMILY_CONSENT);
        List<FamilyConversation> conversations = new ArrayList<>();
        for (int row = 1; row <= PanelRecordFormModel.FAMILY_ROWS; row++) {
            String member = values.text(FormFields.familyMember(row));
            String with = values.text(FormFields.familySpokeWith(row));
            if (member.isEmpty() != with.isEmpty()) {
                problems.add(Problem.error(
                        member.isEmpty() ? FormFields.familyMember(row) : FormFields.familySpokeWith(row),
                        "Conversation " + row + " with the family gives one side only.",
                        "Say both who in the family spoke and with whom (role), or clear the row."));
            } else if (!member.isEmpty()) {
                conversations.add(new FamilyConversation(member, with));
            }
        }
        String parent = values.text(FormFields.FAMILY_PARENT_VIEW);
        String child = values.text(FormFields.FAMILY_CHILD_VIEW);
        String noView = values.text(FormFields.FAMILY_NO_VIEW);
        boolean anything = invited.isPresent()
                || consent.isPresent()
                || !conversations.isEmpty()
                || !parent.isEmpty()
                || !child.isEmpty()
                || !noView.isEmpty();
        if (!anything) {
            return Optional.empty();
        }
        if (invited.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.FAMILY_INVITED,
                    "The family's voice is recorded but not whether the family was invited.",
                    "Choose whether the family was invited, and say why."));
            return Optional.empty();
        }
        Consent given = consent.map(ReviewFromForm::consent).orElse(Consent.NOT_SOUGHT);
        return Optional.of(new FamilyVoice(
                invited.get().equals("Yes"),
                values.text(FormFields.FAMILY_INVITATION),
                given,
                conversations,
                parent,
                child,
                noView));
    }

    private Optional<PractitionerVoice> practitionerVoice() {
        List<PractitionerConversation> conversations = new ArrayList<>();
        for (int row = 1; row <= PanelRecordFormModel.PRACTITIONER_ROWS; row++) {
            int r = row;
            String role = values.text(FormFields.practitionerRole(row));
            values.choice(FormFields.practitionerAgency(row)).ifPresent(name -> {
                Optional<String> id = agencyId(name);
                if (role.isEmpty() || id.isEmpty()) {
                    problems.add(Problem.error(
                            FormFields.practitionerAgency(r),
                            "Practitioner " + r + " needs both an agency of the audit and a role.",
                            "Choose the practitioner's agency and give their role (never their name)."));
                    return;
                }
                conversations.add(new PractitionerConversation(id.get(), role));
            });
        }
        String helped = values.text(FormFields.PRACTITIONERS_HELPED);
        String hindered = values.text(FormFields.PRACTITIONERS_HINDERED);
        String notHeard = values.text(FormFields.PRACTITIONERS_NOT_HEARD);
        if (conversations.isEmpty() && helped.isEmpty() && hindered.isEmpty() && notHeard.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PractitionerVoice(conversations, helped, hindered, notHeard));
    }

    private Optional<ImmediateConcern> concern() {
        Optional<String> raised = values.choice(FormFields.CONCERN_RAISED);
        String what = values.text(FormFields.CONCERN_WHAT);
        String action = values.text(FormFields.CONCERN_ACTION);
        List<String> told = values.text(FormFields.CONCERN_TOLD)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        String owner = values.text(FormFields.CONCERN_OWNER);
        String dateText = values.text(FormFields.CONCERN_DATE);
        if (raised.filter("Yes"::equals).isEmpty()) {
            if (!told.isEmpty() || !owner.isEmpty() || !dateText.isEmpty()) {
                problems.add(Problem.error(
                        FormFields.CONCERN_RAISED,
                        "Details of a concern needing action now are written, but the panel's answer is not Yes.",
                        "Choose Yes and complete every part, or clear the details."));
            }
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (what.isEmpty()) {
            missing.add("what needs action");
        }
        if (action.isEmpty()) {
            missing.add("what was done");
        }
        if (told.isEmpty()) {
            missing.add("who was told");
        }
        if (owner.isEmpty()) {
            missing.add("who owns the follow-up");
        }
        Optional<LocalDate> raisedOn = CompletionDate.parse(dateText);
        if (raisedOn.isEmpty()) {
            missing.add("the day it was raised (DD/MM/YYYY)");
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(
                    FormFields.CONCERN_RAISED,
                    "The panel found something that needs action now, but the record does not say "
                            + String.join(", ", missing) + ".",
                    "Complete every part of the concern, so it can be tracked until it is closed."));
            return Optional.empty();
        }
        return Optional.of(new ImmediateConcern(
                "ic-" + family.id() + "-panel",
                family.id(),
                raisedOn.get(),
                ConcernSource.PANEL,
                Optional.empty(),
                what,
                action,
                told,
                owner,
                ConcernStatus.OPEN,
                "",
                Optional.empty()));
    }

    private Optional<String> agencyId(String name) {
        return scope.agencies().stream()
                .filter(a -> a.name().equals(name))
                .map(AgencyRequirement::id)
                .findFirst();
    }

    private static Consent consent(String label) {
        return Arrays.stream(Consent.values())
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("checked against the options: " + label));
    }
}
