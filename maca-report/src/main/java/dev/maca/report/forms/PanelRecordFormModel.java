package dev.maca.report.forms;

import dev.maca.cohort.CaseRecord;
import dev.maca.panel.Consent;
import dev.maca.panel.ImmediateConcern;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds the {@link FormModel} of the panel's record for one family: when the panel met and who took part, the grade
 * agreed per objective with its rationale and, where the agencies' own grades were far apart, the moderated view; the
 * key learning and a quotable illustration; the family's and the practitioners' voices; where each concern already
 * open stands; and anything the panel found that needs action now.
 */
final class PanelRecordFormModel {
    /** Rows for attendees, family conversations and practitioners: enough for a panel, as the guidance says. */
    static final int ATTENDEE_ROWS = 12;

    static final int FAMILY_ROWS = 3;
    static final int PRACTITIONER_ROWS = 5;
    static final String NO_AGENCY = "Another organisation, the partnership or independent (say which with the role)";
    static final List<String> CONSENT =
            Arrays.stream(Consent.values()).map(Consent::label).toList();

    private final AuditScope scope;
    private final CaseRecord family;
    private final Set<String> diverging;
    private final Map<String, String> ownGrades;
    private final List<ImmediateConcern> open;
    private final List<FormModel.Part> parts = new ArrayList<>();

    private PanelRecordFormModel(
            AuditScope scope,
            CaseRecord family,
            Set<String> diverging,
            Map<String, String> ownGrades,
            List<ImmediateConcern> open) {
        this.scope = scope;
        this.family = family;
        this.diverging = diverging;
        this.ownGrades = ownGrades;
        this.open = open;
    }

    /**
     * The panel record form of {@code family}.
     *
     * @param diverging the objectives for which the agencies' own grades of the family were two or more apart when
     *     the form was made (the form asks for a moderated view of every objective, and says which need one)
     * @param ownGrades the agencies' own grades of each objective in words, by objective id, shown beside the panel's
     *     grade (an objective without an entry shows none)
     * @param open the family's immediate concerns still open, on which the panel records what it heard
     */
    static FormModel of(
            AuditScope scope,
            CaseRecord family,
            Set<String> diverging,
            Map<String, String> ownGrades,
            List<ImmediateConcern> open) {
        return new PanelRecordFormModel(scope, family, diverging, ownGrades, open).build();
    }

    /** The identity of the panel record form of a case. */
    static FormIdentity identity(AuditScope scope, String caseId) {
        return FormIdentity.panelRecord(scope.reference(), caseId, PanelFormVersion.of(scope));
    }

    /** The options for an attendee's or practitioner's agency: the scope's agencies by name, then no agency. */
    static List<String> agencyOptions(AuditScope scope) {
        List<String> options = new ArrayList<>(
                scope.agencies().stream().map(AgencyRequirement::name).toList());
        options.add(NO_AGENCY);
        return List.copyOf(options);
    }

    private FormModel build() {
        header();
        FrontSheet.family(parts, scope, family);
        panel();
        OpenConcernsOnForm.add(parts, scope, open);
        actionNow();
        FrontSheet.scale(parts, scope);
        objectives();
        learning();
        familyVoice();
        practitionerVoice();
        String marking = scope.reportMarking().label();
        String footer = scope.reference() + " · " + family.pseudonym() + " · panel record";
        return new FormModel(
                identity(scope, family.id()),
                "Panel record: " + family.pseudonym() + " – " + scope.reference(),
                parts,
                marking,
                footer);
    }

    private void header() {
        parts.add(new FormModel.Title("Panel record: " + family.pseudonym()));
        parts.add(new FormModel.Prose(scope.reference() + " – " + scope.title(), FormModel.Tone.BODY, 0));
        parts.add(new FormModel.Prose(scope.partnership(), FormModel.Tone.BODY, 0));
        parts.add(new FormModel.Prose(
                "Case: " + family.pseudonym() + "  ·  Multi-agency panel", FormModel.Tone.STRONG, 8));
        parts.add(new FormModel.IdentityBox());
        parts.add(new FormModel.Heading("How to complete this record", ""));
        String marking = scope.reportMarking().label();
        for (String step : List.of(
                "Complete one record for the family at the panel, with every agency's answers side by side in the"
                        + " family's panel pack.",
                "For each objective agree one multi-agency grade on the "
                        + scope.gradingScale().name()
                        + " and write why, from what the records showed. Choose \"Not applicable\" only where the"
                        + " objective does not apply to this family, and say why.",
                "Where the agencies' own grades for an objective were two or more grades apart, record the view the"
                        + " panel reached together and how the difference was resolved.",
                "Begin with anything that needs action now: if the panel finds that a child may be at risk now, act"
                        + " today and record it under \"Anything that needs action now\".",
                "Name people by role and pseudonym only, never by name. Do not change the grey boxes above.",
                "Protective marking: " + marking + ". Return the saved record to the audit" + " coordinator of "
                        + scope.partnership() + ".")) {
            parts.add(FormModel.Prose.body(step));
        }
    }

    private void panel() {
        parts.add(new FormModel.Heading(
                "The panel", "When the panel met, and who took part by agency and role (never by name)."));
        parts.add(FormModel.Item.of(
                "",
                "",
                new FormModel.Entry(
                        FormFields.PANEL_MET,
                        "Month the panel met (MM/YYYY)",
                        "Month the panel met, as month and year (MM/YYYY)",
                        FormModel.Size.LINE,
                        OptionalDouble.of(150))));
        List<String> agencies = agencyOptions(scope);
        for (int row = 1; row <= ATTENDEE_ROWS; row++) {
            parts.add(FormModel.Item.row(
                    new FormModel.Choice(
                            FormFields.attendeeAgency(row),
                            "Attendee " + row + ": agency",
                            "Attendee " + row + " – agency",
                            agencies),
                    FormModel.Entry.of(
                            FormFields.attendeeRole(row),
                            "Role (not name)",
                            "Attendee " + row + " – role, not name",
                            FormModel.Size.LINE)));
        }
    }

    private void objectives() {
        List<String> options = GradeOptions.withNotApplicable(scope.gradingScale());
        for (int o = 0; o < scope.objectives().size(); o++) {
            Objective objective = scope.objectives().get(o);
            String heading = "Objective " + (o + 1) + ": " + objective.title();
            parts.add(new FormModel.Heading(heading, objective.statement()));
            parts.add(FormModel.Item.of(
                    "The panel's agreed grade",
                    "One grade for the family, agreed by the agencies together, and why. "
                            + ownGrades.getOrDefault(objective.id(), "No agency graded this objective."),
                    new FormModel.Choice(
                            FormFields.panelGrade(objective.id()),
                            "Agreed grade",
                            heading + " – the panel's agreed grade (" + String.join(", ", options) + ")",
                            options),
                    FormModel.Entry.of(
                            FormFields.panelRationale(objective.id()),
                            "Rationale: why the panel agreed this grade",
                            heading + " – rationale",
                            FormModel.Size.LARGE)));
            parts.add(FormModel.Item.of(
                    "Moderation",
                    diverging.contains(objective.id())
                            ? "When this form was made, the agencies' own grades for this objective were two or more"
                                    + " grades apart: record the view the panel reached and how the difference was"
                                    + " resolved."
                            : "Only where the agencies' own grades for this objective were two or more grades apart"
                                    + " (none were when this form was made).",
                    FormModel.Entry.of(
                            FormFields.moderationView(objective.id()),
                            "The panel's moderated view",
                            heading + " – the panel's moderated view",
                            FormModel.Size.BOX),
                    FormModel.Entry.of(
                            FormFields.moderationResolution(objective.id()),
                            "How the difference was resolved",
                            heading + " – how the difference was resolved",
                            FormModel.Size.BOX)));
        }
    }

    private void learning() {
        parts.add(new FormModel.Heading("Learning", ""));
        parts.add(FormModel.Item.of(
                "The key learning from this family's case",
                "The one thing the panel most wants remembered.",
                FormModel.Entry.of(
                        FormFields.KEY_LEARNING,
                        "Key learning",
                        "The key learning from this family's case",
                        FormModel.Size.LARGE)));
        parts.add(FormModel.Item.of(
                "A case illustration the panel agrees may be quoted (optional)",
                "Disguise it: change names, ages and the family's make-up so that nobody could recognise the family."
                        + " Leave it empty if the panel does not agree one.",
                FormModel.Entry.of(
                        FormFields.ILLUSTRATION,
                        "Illustration",
                        "A disguised case illustration the panel agrees may be quoted",
                        FormModel.Size.LARGE)));
        parts.add(FormModel.Item.of(
                "Which objective does the illustration belong under? (optional)",
                "The report prints it with that objective's findings. Left blank, the report puts it under the"
                        + " objective the panel graded this family lowest on.",
                new FormModel.Choice(
                        FormFields.ILLUSTRATION_OBJECTIVE,
                        "Objective",
                        "The objective whose findings the illustration belongs under ("
                                + String.join(", ", objectiveTitles()) + ")",
                        objectiveTitles())));
    }

    private List<String> objectiveTitles() {
        return scope.objectives().stream().map(dev.maca.scope.Objective::title).toList();
    }

    private void familyVoice() {
        parts.add(new FormModel.Heading(
                "The family's voice",
                "Whether the family was invited to give their view, and what the parents and the children said."));
        parts.add(FormModel.Item.of(
                "Was the family invited to contribute?",
                "Say why, or why not (for example proceedings under way, no safe way to make contact).",
                new FormModel.Choice(
                        FormFields.FAMILY_INVITED,
                        "Invited",
                        "Was the family invited to contribute? (No, Yes)",
                        AgencyFormModel.YES_NO),
                FormModel.Entry.of(
                        FormFields.FAMILY_INVITATION,
                        "Why, or why not",
                        "Why the family was or was not invited",
                        FormModel.Size.BOX)));
        parts.add(FormModel.Item.of(
                "Consent",
                "Record only what a family member agreed to share.",
                new FormModel.Choice(
                        FormFields.FAMILY_CONSENT,
                        "Consent",
                        "The family's consent (" + String.join(", ", CONSENT) + ")",
                        CONSENT)));
        for (int row = 1; row <= FAMILY_ROWS; row++) {
            parts.add(FormModel.Item.row(
                    FormModel.Entry.of(
                            FormFields.familyMember(row),
                            "Who in the family spoke (e.g. Mother, Child A)",
                            "Conversation " + row + " – who in the family spoke",
                            FormModel.Size.LINE),
                    FormModel.Entry.of(
                            FormFields.familySpokeWith(row),
                            "With whom (role)",
                            "Conversation " + row + " – with whom, by role",
                            FormModel.Size.LINE)));
        }
        parts.add(text(FormFields.FAMILY_PARENT_VIEW, "What the parents said", FormModel.Size.LARGE));
        parts.add(text(
                FormFields.FAMILY_CHILD_VIEW,
                "What the children said or showed, in a way that suited their age",
                FormModel.Size.LARGE));
        parts.add(text(FormFields.FAMILY_NO_VIEW, "Why no view was given, if none was", FormModel.Size.BOX));
    }

    private void practitionerVoice() {
        parts.add(new FormModel.Heading(
                "The practitioners' voice",
                "Conversations with the practitioners who worked with the family, by agency and role."));
        List<String> agencies = agencyOptions(scope);
        for (int row = 1; row <= PRACTITIONER_ROWS; row++) {
            parts.add(FormModel.Item.row(
                    new FormModel.Choice(
                            FormFields.practitionerAgency(row),
                            "Practitioner " + row + ": agency",
                            "Practitioner " + row + " – agency",
                            agencies),
                    FormModel.Entry.of(
                            FormFields.practitionerRole(row),
                            "Role (not name)",
                            "Practitioner " + row + " – role, not name",
                            FormModel.Size.LINE)));
        }
        parts.add(text(FormFields.PRACTITIONERS_HELPED, "What practitioners said helped", FormModel.Size.BOX));
        parts.add(
                text(FormFields.PRACTITIONERS_HINDERED, "What practitioners said got in the way", FormModel.Size.BOX));
        parts.add(text(
                FormFields.PRACTITIONERS_NOT_HEARD,
                "Why no practitioner was spoken with, if none was",
                FormModel.Size.BOX));
    }

    private void actionNow() {
        parts.add(new FormModel.Heading(
                "Anything that needs action now",
                "If the panel finds that a child may be at risk now, act today and record it here; the audit"
                        + " coordinator tracks it until it is closed."));
        parts.add(FormModel.Item.of(
                "Did the panel find anything that needs action now?",
                "",
                new FormModel.Choice(
                        FormFields.CONCERN_RAISED,
                        "Answer",
                        "Did the panel find anything that needs action now? (No, Yes)",
                        AgencyFormModel.YES_NO),
                FormModel.Entry.of(
                        FormFields.CONCERN_WHAT,
                        "If yes: what needs action",
                        "What needs action now",
                        FormModel.Size.BOX),
                FormModel.Entry.of(
                        FormFields.CONCERN_ACTION, "What was done", "What was done at once", FormModel.Size.BOX)));
        parts.add(FormModel.Item.row(
                FormModel.Entry.of(
                        FormFields.CONCERN_TOLD,
                        "Who was told (roles, one a line)",
                        "Who was told, by role",
                        FormModel.Size.BOX),
                FormModel.Entry.of(
                        FormFields.CONCERN_OWNER,
                        "Who owns the follow-up (role)",
                        "Who owns the follow-up, by role",
                        FormModel.Size.BOX),
                new FormModel.Entry(
                        FormFields.CONCERN_DATE,
                        "Date (DD/MM/YYYY)",
                        "The day it was raised (DD/MM/YYYY)",
                        FormModel.Size.LINE,
                        OptionalDouble.of(100))));
    }

    private static FormModel.Item text(String field, String caption, FormModel.Size size) {
        return FormModel.Item.of(caption, "", FormModel.Entry.of(field, "Your answer", caption, size));
    }
}
