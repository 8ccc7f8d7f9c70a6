package dev.maca.returns;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.map;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agency's completed audit tool for one case: its answers, its judgement per objective and overall, the child's
 * lived experience, good practice and areas for development.
 *
 * <p>The auditor is recorded by role, never by name.
 *
 * @param caseId the case audited
 * @param agencyId the agency that audited its own record
 * @param toolVersion the version of the audit tool answered (its checksum or version string)
 * @param completedOn the day the return was completed
 * @param auditorRole the auditor's role (e.g. "Named Nurse for Safeguarding")
 * @param status complete, or incomplete with {@code unanswered} listing the missing required questions
 * @param unanswered ids of required questions left unanswered
 * @param answers answers by question id
 * @param objectiveJudgements the agency's judgement for each objective, by objective id
 * @param overall the agency's overall judgement of practice in the case
 * @param livedExperience what life was like for the child
 * @param goodPractice good practice found
 * @param areasForDevelopment areas for development found
 */
public record AuditReturn(
        String caseId,
        String agencyId,
        String toolVersion,
        LocalDate completedOn,
        String auditorRole,
        ReturnStatus status,
        List<String> unanswered,
        Map<String, Answer> answers,
        Map<String, Judgement> objectiveJudgements,
        Optional<Judgement> overall,
        String livedExperience,
        String goodPractice,
        String areasForDevelopment) {
    public AuditReturn {
        present(caseId, "return caseId");
        present(agencyId, "return agencyId");
        present(toolVersion, "return toolVersion");
        present(completedOn, "return completedOn");
        present(auditorRole, "return auditorRole");
        present(status, "return status");
        unanswered = list(unanswered, "return unanswered");
        answers = map(answers, "return answers");
        objectiveJudgements = map(objectiveJudgements, "return objectiveJudgements");
        overall = optional(overall);
        present(livedExperience, "return livedExperience");
        present(goodPractice, "return goodPractice");
        present(areasForDevelopment, "return areasForDevelopment");
    }

    /** The answer to a question, if given. */
    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** The judgement for an objective, if given. */
    public Optional<Judgement> judgementFor(String objectiveId) {
        return Optional.ofNullable(objectiveJudgements.get(objectiveId));
    }
}
