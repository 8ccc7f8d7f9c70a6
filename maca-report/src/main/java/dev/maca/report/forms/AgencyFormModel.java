package dev.maca.report.forms;

import dev.maca.cohort.CaseRecord;
import dev.maca.report.family.FamilySheet;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.spi.Question;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.tool.ToolQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds the {@link FormModel} of one agency's audit tool for one family: a front sheet (who is in the family, the
 * audit period, the agency's own involvement), the auditor's independence and the records examined, the questions
 * grouped by objective with the agency's judgement after each, the family as a whole (each child's lived experience,
 * the difference the agency made, good practice, development, the overall judgement), anything needing action now,
 * and the completion details.
 */
final class AgencyFormModel {
    static final List<String> RATINGS =
            Arrays.stream(EvidenceRating.values()).map(EvidenceRating::label).toList();
    static final List<String> CONTACT_MODES =
            Arrays.stream(ContactMode.values()).map(ContactMode::label).toList();
    static final String NOT_INVOLVED = "No: I had no part in the work with this family";
    static final String INVOLVED = "Yes: I worked with the family or managed the work";
    static final List<String> YES_NO = List.of("No", "Yes");

    private final AuditScope scope;
    private final CaseRecord family;
    private final AuditTool tool;
    private final List<String> grades;
    private int number;

    private AgencyFormModel(AuditScope scope, CaseRecord family, AuditTool tool) {
        this.scope = scope;
        this.family = family;
        this.tool = tool;
        this.grades = GradeOptions.grades(scope.gradingScale());
    }

    /** The form of {@code tool} for {@code family} in the audit of {@code scope}. */
    static FormModel of(AuditScope scope, CaseRecord family, AuditTool tool) {
        return new AgencyFormModel(scope, family, tool).build();
    }

    private FormModel build() {
        List<FormModel.Part> model = new ArrayList<>();
        header(model);
        familySheet(model);
        FrontSheet.scale(model, scope);
        aboutTheAudit(model);
        actionNow(model);
        children(model);
        objectives(model);
        caseAsAWhole(model);
        completion(model);
        String marking = scope.reportMarking().label();
        String footer = scope.reference() + " · " + family.pseudonym() + " · " + tool.agencyName();
        return new FormModel(identity(), title(), model, marking, footer);
    }

    private FormIdentity identity() {
        return new FormIdentity(scope.reference(), family.id(), tool.agencyId(), tool.version());
    }

    private String title() {
        return "Audit tool: " + tool.agencyName() + " – " + family.pseudonym() + " – " + scope.reference();
    }

    private void header(List<FormModel.Part> model) {
        model.add(new FormModel.Title("Audit tool: " + tool.agencyName()));
        model.add(new FormModel.Prose(scope.reference() + " – " + scope.title(), FormModel.Tone.BODY, 0));
        model.add(new FormModel.Prose(scope.partnership(), FormModel.Tone.BODY, 0));
        model.add(new FormModel.Prose(
                "Case: " + family.pseudonym() + "  ·  Agency: " + tool.agencyName(), FormModel.Tone.STRONG, 8));
        model.add(new FormModel.IdentityBox());
        model.add(new FormModel.Heading("How to complete and return this form", ""));
        String marking = scope.reportMarking().label();
        for (String step : List.of(
                "Answer each question from your agency's own records for this family, from a single-agency"
                        + " perspective with inter-agency working taken into consideration.",
                "For each question choose an answer from the list and write the evidence from the record that supports"
                        + " it. For every judgement choose a grade on the "
                        + scope.gradingScale().name()
                        + " and say why you made it; where your agency had no material involvement in what an"
                        + " objective asks about, choose \"" + Judgement.NOT_APPLICABLE_LABEL + "\" and say why.",
                "Refer to people as the front sheet below does. Do not write names, dates of birth, addresses, NHS"
                        + " numbers or other identifying details.",
                "If reading the record shows that a child may be at risk now, act on it today under your agency's"
                        + " procedures and tell the audit coordinator: do not wait for the panel.",
                "Give your role, never your name, and the date you completed the form at the end."
                        + FrontSheet.due(scope),
                "Do not change the grey boxes above: they match the form to the audit, the family and your agency's"
                        + " questions. Save the completed form and return it to the audit coordinator of "
                        + scope.partnership() + " by secure e-mail.",
                "Protective marking: " + marking + ". Store and send it as " + marking + ".")) {
            model.add(FormModel.Prose.body(step));
        }
    }

    private void familySheet(List<FormModel.Part> model) {
        FrontSheet.family(model, scope, family);
        String involvement = family.involvementOf(tool.agencyId())
                .map(i -> "Your agency's involvement with the family: " + FamilySheet.involvement(i) + ".")
                .orElse("The case record does not say when your agency was involved with the family.");
        model.add(new FormModel.Prose(involvement, FormModel.Tone.BODY, 3));
    }

    private void aboutTheAudit(List<FormModel.Part> model) {
        model.add(new FormModel.Heading("About your audit", "Answer these questions first."));
        Question independence = CoreQuestionText.of(tool, FormFields.INDEPENDENCE);
        model.add(FormModel.Item.of(
                independence.text(),
                independence.guidance(),
                new FormModel.Choice(
                        FormFields.choice(FormFields.INDEPENDENCE),
                        "Answer",
                        independence.text() + " – answer (" + NOT_INVOLVED + ", " + INVOLVED + ")",
                        List.of(NOT_INVOLVED, INVOLVED)),
                FormModel.Entry.of(
                        FormFields.text(FormFields.INDEPENDENCE),
                        "If yes: how, and who checked your answers",
                        independence.text() + " – how you were involved",
                        FormModel.Size.BOX)));
        Question records = CoreQuestionText.of(tool, FormFields.RECORDS_EXAMINED);
        model.add(FormModel.Item.of(
                records.text(),
                records.guidance(),
                FormModel.Entry.of(
                        FormFields.text(FormFields.RECORDS_EXAMINED),
                        "Records examined",
                        records.text() + " – records examined",
                        FormModel.Size.BOX)));
    }

    private void objectives(List<FormModel.Part> model) {
        // Each question is asked once, under its home objective (the one of its leading theme), so the form and the
        // panel pack show it in the same place; numbers are given in the order asked.
        Map<String, List<ToolQuestion>> byHome = new LinkedHashMap<>();
        for (ToolQuestion q : tool.questions()) {
            AuditTools.homeObjective(scope, q).ifPresent(home -> byHome.computeIfAbsent(home, k -> new ArrayList<>())
                    .add(q));
        }
        Map<String, Integer> numbers = new HashMap<>();
        int next = number;
        for (Objective objective : scope.objectives()) {
            for (ToolQuestion q : byHome.getOrDefault(objective.id(), List.of())) {
                numbers.put(q.id(), ++next);
            }
        }
        Set<String> asked = new LinkedHashSet<>(numbers.keySet());
        List<String> judged = tool.objectiveIds();
        int objectiveNumber = 0;
        for (Objective objective : scope.objectives()) {
            if (!judged.contains(objective.id())) {
                continue;
            }
            objectiveNumber++;
            String heading = "Objective " + objectiveNumber + ": " + objective.title();
            model.add(new FormModel.Heading(heading, objective.statement()));
            for (ToolQuestion q : byHome.getOrDefault(objective.id(), List.of())) {
                model.add(question(q.question()));
            }
            List<String> elsewhere = tool.questionsFor(objective.id()).stream()
                    .filter(q -> !byHome.getOrDefault(objective.id(), List.of()).contains(q))
                    .map(q -> numbers.get(q.id()))
                    .sorted()
                    .map(n -> "Q" + n)
                    .toList();
            if (!elsewhere.isEmpty()) {
                model.add(new FormModel.Prose(
                        "When you grade this objective, weigh also your "
                                + (elsewhere.size() == 1 ? "answer to " : "answers to ")
                                + joined(elsewhere)
                                + (elsewhere.size() == 1
                                        ? ", asked under another objective."
                                        : ", asked under other" + " objectives."),
                        FormModel.Tone.GUIDANCE,
                        12));
            }
            model.add(objectiveJudgement(objective, heading));
        }
        List<ToolQuestion> others =
                tool.questions().stream().filter(q -> !asked.contains(q.id())).toList();
        if (!others.isEmpty()) {
            model.add(new FormModel.Heading(
                    "Learning from previous reviews and other questions",
                    "Questions every audit asks, whatever its objectives: how well the learning from previous audits"
                            + " and reviews shows in this family's practice."));
            for (ToolQuestion q : others) {
                model.add(question(q.question()));
            }
        }
    }

    private FormModel.Item question(Question q) {
        number++;
        String text = "Q" + number + "  " + q.text();
        String name = "Q" + number + " " + q.text();
        String id = q.id();
        return switch (q.responseType()) {
            case EVIDENCED -> choiceAndText(
                    text, q.guidance(), id, name, "Answer", "answer", RATINGS, "Evidence from the record", "evidence");
            case GRADED -> choiceAndText(
                    text,
                    q.guidance(),
                    id,
                    name,
                    "Grade",
                    "grade",
                    grades,
                    "Rationale: why you made this judgement",
                    "rationale");
            case CONTACT_MODE -> choiceAndText(
                    text,
                    q.guidance(),
                    id,
                    name,
                    "How contacts were made",
                    "how contacts were made",
                    CONTACT_MODES,
                    "Evidence from the record",
                    "evidence");
            case FREE_TEXT -> FormModel.Item.of(
                    text,
                    q.guidance(),
                    FormModel.Entry.of(
                            FormFields.text(id), "Your answer", name + " – your answer", FormModel.Size.BOX));
        };
    }

    private static FormModel.Item choiceAndText(
            String text,
            String guidance,
            String id,
            String name,
            String choiceCaption,
            String choiceName,
            List<String> options,
            String textCaption,
            String textName) {
        return FormModel.Item.of(
                text,
                guidance,
                new FormModel.Choice(
                        FormFields.choice(id),
                        choiceCaption,
                        name + " – " + choiceName + " (" + String.join(", ", options) + ")",
                        options),
                FormModel.Entry.of(
                        FormFields.text(id),
                        textCaption,
                        name + " – " + (textName.equals("evidence") ? "evidence from the record" : textName),
                        FormModel.Size.BOX));
    }

    private FormModel.Item objectiveJudgement(Objective objective, String heading) {
        String text = "Your judgement for " + heading.substring(0, 1).toLowerCase() + heading.substring(1);
        String hint = "Grade your agency's practice with this family against this objective on the "
                + scope.gradingScale().name() + ", and say why you made this judgement. Choose \""
                + Judgement.NOT_APPLICABLE_LABEL + "\" only where your agency had no part in what the objective asks"
                + " about, and say why.";
        List<String> options = GradeOptions.withNotApplicable(scope.gradingScale());
        return new FormModel.Item(
                text,
                hint,
                List.of(
                        new FormModel.Choice(
                                FormFields.objectiveGrade(objective.id()),
                                "Grade",
                                text + " – grade (" + String.join(", ", options) + ")",
                                options),
                        FormModel.Entry.of(
                                FormFields.objectiveRationale(objective.id()),
                                "Rationale: why you made this judgement",
                                text + " – rationale",
                                FormModel.Size.BOX)),
                true);
    }

    /** Each child's lived experience, first: the children before the objectives. */
    private void children(List<FormModel.Part> model) {
        model.add(new FormModel.Heading(
                "The children", "What your agency's record shows of each child's life in the audit period."));
        Question lived = CoreQuestionText.of(tool, FormFields.LIVED_EXPERIENCE);
        List<String> children = family.childrenAskedAbout();
        if (children.isEmpty()) {
            model.add(numbered(lived.text(), lived.guidance(), FormFields.text(FormFields.LIVED_EXPERIENCE)));
            return;
        }
        model.add(FormModel.Prose.guidance(lived.guidance()));
        for (String child : children) {
            model.add(numbered(livedQuestion(lived.text(), child), "", FormFields.childExperience(child)));
        }
    }

    /** "Q7", "Q7 and Q8", "Q7, Q8 and Q11". */
    private static String joined(List<String> items) {
        return items.size() == 1
                ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The lived-experience question for one child: for a baby, before and after the birth (or before, if unborn). */
    private String livedQuestion(String text, String child) {
        String asked = text.contains("the child") ? text.replace("the child", child) : text + " (" + child + ")";
        String question = asked.endsWith("?") ? asked.substring(0, asked.length() - 1) : asked;
        for (var baby : family.unborn()) {
            if (baby.birth().map(b -> b.knownAs().equals(child)).orElse(false)) {
                return question + ", before and after the birth?";
            }
            if (baby.birth().isEmpty() && baby.pseudonym().equals(child)) {
                return question + " before the birth?";
            }
        }
        return question + "?";
    }

    private void caseAsAWhole(List<FormModel.Part> model) {
        model.add(new FormModel.Heading(
                "The family as a whole", "Looking across your agency's involvement with " + family.pseudonym() + ":"));
        for (String id : List.of(FormFields.IMPACT, FormFields.GOOD_PRACTICE, FormFields.AREAS_FOR_DEVELOPMENT)) {
            Question q = CoreQuestionText.of(tool, id);
            model.add(numbered(q.text(), q.guidance(), FormFields.text(id)));
        }
        Question overall = CoreQuestionText.of(tool, FormFields.OVERALL_JUDGEMENT);
        number++;
        model.add(choiceAndText(
                "Q" + number + "  " + overall.text(),
                overall.guidance(),
                overall.id(),
                "Q" + number + " " + overall.text(),
                "Grade",
                "grade",
                grades,
                "Rationale: why you made this judgement",
                "rationale"));
    }

    private FormModel.Item numbered(String text, String guidance, String field) {
        number++;
        return FormModel.Item.of(
                "Q" + number + "  " + text,
                guidance,
                FormModel.Entry.of(
                        field, "Your answer", "Q" + number + " " + text + " – your answer", FormModel.Size.TALL));
    }

    /** "Is there anything in this case that needs action now?", asked with the first questions, in two rows. */
    private void actionNow(List<FormModel.Part> model) {
        Question q = CoreQuestionText.of(tool, FormFields.ACTION_NOW);
        model.add(FormModel.Item.of(
                q.text(),
                q.guidance() + " Come back to this question if anything you read later needs action now.",
                new FormModel.Choice(
                        FormFields.choice(FormFields.ACTION_NOW), "Answer", q.text() + " – answer (No, Yes)", YES_NO),
                FormModel.Entry.of(
                        FormFields.text(FormFields.ACTION_NOW),
                        "What you did (if no: why nothing is needed)",
                        q.text() + " – what you did, or why nothing is needed",
                        FormModel.Size.BOX)));
        model.add(FormModel.Item.row(
                FormModel.Entry.of(
                        FormFields.actionNowTold(),
                        "Who you told (role)",
                        q.text() + " – who you told, by role",
                        FormModel.Size.BOX),
                new FormModel.Entry(
                        FormFields.actionNowDate(),
                        "Date (DD/MM/YYYY)",
                        q.text() + " – the day you raised it (DD/MM/YYYY)",
                        FormModel.Size.LINE,
                        OptionalDouble.of(110))));
    }

    private void completion(List<FormModel.Part> model) {
        model.add(new FormModel.Heading(
                "Completion",
                "Give the date you completed this form and your role (for example 'Named Nurse for Safeguarding')."
                        + " Do not give your name: returns record the auditor's role only."));
        model.add(FormModel.Item.of(
                "",
                "",
                new FormModel.Entry(
                        FormFields.COMPLETED_ON,
                        "Date completed (DD/MM/YYYY)",
                        "Date completed, as day, month and year (DD/MM/YYYY)",
                        FormModel.Size.LINE,
                        OptionalDouble.of(130)),
                FormModel.Entry.of(
                        FormFields.AUDITOR_ROLE,
                        "Your role (not your name)",
                        "Your role, not your name",
                        FormModel.Size.LINE)));
        model.add(FormModel.Prose.guidance(
                "Thank you. Return the saved form to the audit coordinator of " + scope.partnership() + "."));
    }
}
