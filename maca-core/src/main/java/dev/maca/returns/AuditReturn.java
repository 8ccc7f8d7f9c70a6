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

    /** A builder of a return from an agency for a case; set at least the tool version, date and auditor role. */
    public static Builder builder(String caseId, String agencyId) {
        return new Builder().caseId(caseId).agencyId(agencyId);
    }

    /** A builder holding this return's values, to change some and build another. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.caseId = caseId;
        builder.agencyId = agencyId;
        builder.toolVersion = toolVersion;
        builder.completedOn = completedOn;
        builder.auditorRole = auditorRole;
        builder.status = status;
        builder.unanswered = unanswered;
        builder.answers = answers;
        builder.objectiveJudgements = objectiveJudgements;
        builder.overall = overall;
        builder.livedExperience = livedExperience;
        builder.goodPractice = goodPractice;
        builder.areasForDevelopment = areasForDevelopment;
        return builder;
    }

    /** Builds a return a value at a time; {@link #build()} checks it as the constructor does. */
    public static final class Builder {
        private String caseId;
        private String agencyId;
        private String toolVersion;
        private LocalDate completedOn;
        private String auditorRole;
        private ReturnStatus status = ReturnStatus.COMPLETE;
        private List<String> unanswered = List.of();
        private Map<String, Answer> answers = Map.of();
        private Map<String, Judgement> objectiveJudgements = Map.of();
        private Optional<Judgement> overall = Optional.empty();
        private String livedExperience = "";
        private String goodPractice = "";
        private String areasForDevelopment = "";

        private Builder() {}

        /** The caseId (required). */
        public Builder caseId(String value) {
            this.caseId = value;
            return this;
        }

        /** The agencyId (required). */
        public Builder agencyId(String value) {
            this.agencyId = value;
            return this;
        }

        /** The toolVersion (required). */
        public Builder toolVersion(String value) {
            this.toolVersion = value;
            return this;
        }

        /** The completedOn (required). */
        public Builder completedOn(LocalDate value) {
            this.completedOn = value;
            return this;
        }

        /** The auditorRole (required). */
        public Builder auditorRole(String value) {
            this.auditorRole = value;
            return this;
        }

        /** Complete (the default) or incomplete. */
        public Builder status(ReturnStatus value) {
            this.status = value;
            return this;
        }

        /** Ids of required questions left unanswered (none by default). */
        public Builder unanswered(List<String> value) {
            this.unanswered = value;
            return this;
        }

        /** Answers by question id (none by default). */
        public Builder answers(Map<String, Answer> value) {
            this.answers = value;
            return this;
        }

        /** Judgements by objective id (none by default). */
        public Builder objectiveJudgements(Map<String, Judgement> value) {
            this.objectiveJudgements = value;
            return this;
        }

        /** The overall judgement (none by default). */
        public Builder overall(Optional<Judgement> value) {
            this.overall = value;
            return this;
        }

        /** What life was like for the child (empty by default). */
        public Builder livedExperience(String value) {
            this.livedExperience = value;
            return this;
        }

        /** Good practice found (empty by default). */
        public Builder goodPractice(String value) {
            this.goodPractice = value;
            return this;
        }

        /** Areas for development found (empty by default). */
        public Builder areasForDevelopment(String value) {
            this.areasForDevelopment = value;
            return this;
        }

        /** The return; throws as the constructor does when a required value is missing. */
        public AuditReturn build() {
            return new AuditReturn(
                    caseId,
                    agencyId,
                    toolVersion,
                    completedOn,
                    auditorRole,
                    status,
                    unanswered,
                    answers,
                    objectiveJudgements,
                    overall,
                    livedExperience,
                    goodPractice,
                    areasForDevelopment);
        }
    }
}
