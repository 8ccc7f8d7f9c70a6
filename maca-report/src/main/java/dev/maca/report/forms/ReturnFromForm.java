package dev.maca.report.forms;

import dev.maca.cohort.CaseRecord;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ChildExperience;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AuditScope;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ReturnGaps;
import dev.maca.tool.ToolQuestion;
import dev.maca.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the checked values of a completed audit-tool form ({@link AgencyFormModel}) into the agency's return: complete
 * when every required question is answered, each child described and each objective judged; otherwise incomplete,
 * listing what is unanswered.
 */
final class ReturnFromForm {
    private final AuditScope scope;
    private final CaseRecord family;
    private final AuditTool tool;
    private final FormValues values;
    private final List<Problem> problems;

    private ReturnFromForm(
            AuditScope scope, CaseRecord family, AuditTool tool, FormValues values, List<Problem> problems) {
        this.scope = scope;
        this.family = family;
        this.tool = tool;
        this.values = values;
        this.problems = problems;
    }

    /**
     * The return the form's values give.
     *
     * @param problems the problems already found in the form, to which this adds its own
     * @throws FormImportException listing every problem, when there is any (a date that is not a date, say)
     */
    static AuditReturn read(
            AuditScope scope,
            CaseRecord family,
            AuditTool tool,
            FormValues values,
            List<Problem> problems,
            String fileName,
            ImportOptions options) {
        return new ReturnFromForm(scope, family, tool, values, problems).read(fileName, options);
    }

    private AuditReturn read(String fileName, ImportOptions options) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ToolQuestion q : tool.questions()) {
            answer(q).ifPresent(a -> answers.put(q.id(), a));
        }
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (String objectiveId : tool.objectiveIds()) {
            objectiveJudgement(objectiveId).ifPresent(j -> judgements.put(objectiveId, j));
        }
        Optional<Judgement> overall = judgement(
                FormFields.choice(FormFields.OVERALL_JUDGEMENT), FormFields.text(FormFields.OVERALL_JUDGEMENT));
        List<ChildExperience> children = new ArrayList<>();
        for (String child : family.childrenAskedAbout()) {
            String text = values.text(FormFields.childExperience(child));
            if (!text.isEmpty()) {
                children.add(new ChildExperience(child, text));
            }
        }
        String dateText = values.text(FormFields.COMPLETED_ON);
        Optional<LocalDate> completedOn = date(FormFields.COMPLETED_ON, dateText, "completion date");
        Optional<ActionNow> actionNow = actionNow();
        if (!problems.isEmpty()) {
            throw new FormImportException(fileName, problems);
        }
        AuditReturn draft = AuditReturn.builder(family.id(), tool.agencyId())
                .toolVersion(tool.version())
                .completedOn(completedOn.orElseGet(() -> options.receivedOn().orElseGet(LocalDate::now)))
                .auditorRole(values.text(FormFields.AUDITOR_ROLE))
                .answers(answers)
                .objectiveJudgements(judgements)
                .overall(overall)
                .livedExperience(
                        family.childrenAskedAbout().isEmpty()
                                ? values.text(FormFields.text(FormFields.LIVED_EXPERIENCE))
                                : "")
                .livedExperienceByChild(children)
                .impact(values.text(FormFields.text(FormFields.IMPACT)))
                .goodPractice(values.text(FormFields.text(FormFields.GOOD_PRACTICE)))
                .areasForDevelopment(values.text(FormFields.text(FormFields.AREAS_FOR_DEVELOPMENT)))
                .recordsExamined(values.text(FormFields.text(FormFields.RECORDS_EXAMINED)))
                .build();
        AuditReturn.Builder builder = draft.toBuilder();
        actionNow.ifPresent(builder::actionNow);
        independence().ifPresent(builder::independence);
        AuditReturn complete = builder.build();
        ReturnGaps gaps = ReturnGaps.of(tool, family, complete);
        if (gaps.isComplete()) {
            return complete;
        }
        return complete.toBuilder()
                .status(ReturnStatus.INCOMPLETE)
                .unanswered(gaps.unanswered())
                .build();
    }

    private Optional<Answer> answer(ToolQuestion q) {
        String choice = FormFields.choice(q.id());
        String text = FormFields.text(q.id());
        return switch (q.question().responseType()) {
            case FREE_TEXT -> values.text(text).isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Answer.FreeText(values.text(text)));
            case EVIDENCED -> values.choice(choice)
                    .map(label -> new Answer.Evidenced(rating(label), values.text(text)));
            case CONTACT_MODE -> values.choice(choice).map(label -> new Answer.Contact(mode(label), values.text(text)));
            case GRADED -> judgement(choice, text).map(Answer.Graded::new);
        };
    }

    private Optional<Judgement> objectiveJudgement(String objectiveId) {
        String rationale = values.text(FormFields.objectiveRationale(objectiveId));
        return values.choice(FormFields.objectiveGrade(objectiveId))
                .map(label -> new Judgement(GradeOptions.gradeId(scope.gradingScale(), label), rationale));
    }

    private Optional<Judgement> judgement(String gradeField, String rationaleField) {
        return values.choice(gradeField)
                .map(label ->
                        new Judgement(GradeOptions.gradeId(scope.gradingScale(), label), values.text(rationaleField)));
    }

    private Optional<ActionNow> actionNow() {
        Optional<String> answer = values.choice(FormFields.choice(FormFields.ACTION_NOW));
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (answer.get().equals("No")) {
            String why = values.text(FormFields.text(FormFields.ACTION_NOW));
            return Optional.of(why.isEmpty() ? ActionNow.nothingNeeded() : ActionNow.notNeeded(why));
        }
        String dateText = values.text(FormFields.actionNowDate());
        Optional<LocalDate> raised = date(FormFields.actionNowDate(), dateText, "date the concern was raised");
        return Optional.of(new ActionNow(
                true,
                values.text(FormFields.text(FormFields.ACTION_NOW)),
                values.text(FormFields.actionNowTold()),
                raised));
    }

    private Optional<AuditorIndependence> independence() {
        return values.choice(FormFields.choice(FormFields.INDEPENDENCE))
                .map(answer -> answer.equals(AgencyFormModel.INVOLVED)
                        ? new AuditorIndependence(true, values.text(FormFields.text(FormFields.INDEPENDENCE)))
                        : AuditorIndependence.independent());
    }

    private Optional<LocalDate> date(String field, String text, String what) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = CompletionDate.parse(text);
        if (date.isEmpty()) {
            problems.add(Problem.error(
                    field,
                    "The " + what + " written is not a date.",
                    "Write the date as DD/MM/YYYY, for example 20/04/2021."));
        }
        return date;
    }

    private static EvidenceRating rating(String label) {
        for (EvidenceRating rating : EvidenceRating.values()) {
            if (rating.label().equals(label)) {
                return rating;
            }
        }
        throw new IllegalStateException("checked against the options: " + label);
    }

    private static ContactMode mode(String label) {
        for (ContactMode mode : ContactMode.values()) {
            if (mode.label().equals(label)) {
                return mode;
            }
        }
        throw new IllegalStateException("checked against the options: " + label);
    }
}
