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
 * One agency's completed audit tool for one case: its answers, its judgement per objective and overall, each child's
 * lived experience, the difference the agency made, good practice and areas for development, whether anything needs
 * action now, and how independent the auditor was and what they read.
 *
 * <p>The auditor is recorded by role, never by name. A return written by MACA 0.1 has none of the later answers
 * ({@code livedExperienceByChild}, {@code impact}, {@code actionNow}, {@code independence}, {@code recordsExamined}):
 * they read as empty, and validation says what the current tool asks that the return does not answer.
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
 * @param livedExperience what life was like for the children, as one text (how MACA 0.1 asked it; may be empty when
 *     {@code livedExperienceByChild} answers for each child)
 * @param livedExperienceByChild what life was like for each child, in the order the case lists them
 * @param impact what difference the agency's involvement made for the child
 * @param goodPractice good practice found
 * @param areasForDevelopment areas for development found
 * @param actionNow whether anything in the case needs action now, and what was done (empty when not answered)
 * @param independence whether the auditor was involved in the case (empty when not answered)
 * @param recordsExamined which records the auditor examined (systems, files, periods; may be empty)
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
        List<ChildExperience> livedExperienceByChild,
        String impact,
        String goodPractice,
        String areasForDevelopment,
        Optional<ActionNow> actionNow,
        Optional<AuditorIndependence> independence,
        String recordsExamined) {
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
        livedExperienceByChild = list(livedExperienceByChild, "return livedExperienceByChild");
        present(impact, "return impact");
        present(goodPractice, "return goodPractice");
        present(areasForDevelopment, "return areasForDevelopment");
        actionNow = optional(actionNow);
        independence = optional(independence);
        present(recordsExamined, "return recordsExamined");
    }

    /** A return with the answers MACA 0.1 asked for, and none of the later ones. */
    public AuditReturn(
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
        this(
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
                List.of(),
                "",
                goodPractice,
                areasForDevelopment,
                Optional.empty(),
                Optional.empty(),
                "");
    }

    /** What life was like for one child, if the return says. */
    public Optional<String> livedExperienceOf(String child) {
        return livedExperienceByChild.stream()
                .filter(c -> c.child().equals(child))
                .map(ChildExperience::experience)
                .findFirst();
    }

    /** Whether the auditor says something in the case needs action now. */
    public boolean raisesActionNow() {
        return actionNow.map(ActionNow::needed).orElse(false);
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
        builder.livedExperienceByChild = livedExperienceByChild;
        builder.impact = impact;
        builder.goodPractice = goodPractice;
        builder.areasForDevelopment = areasForDevelopment;
        builder.actionNow = actionNow;
        builder.independence = independence;
        builder.recordsExamined = recordsExamined;
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
        private List<ChildExperience> livedExperienceByChild = List.of();
        private String impact = "";
        private String goodPractice = "";
        private String areasForDevelopment = "";
        private Optional<ActionNow> actionNow = Optional.empty();
        private Optional<AuditorIndependence> independence = Optional.empty();
        private String recordsExamined = "";

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

        /** What life was like for the children, as one text (empty by default). */
        public Builder livedExperience(String value) {
            this.livedExperience = value;
            return this;
        }

        /** What life was like for each child (none by default). */
        public Builder livedExperienceByChild(List<ChildExperience> value) {
            this.livedExperienceByChild = value;
            return this;
        }

        /** What difference the agency's involvement made for the child (empty by default). */
        public Builder impact(String value) {
            this.impact = value;
            return this;
        }

        /** Whether anything needs action now (not answered by default). */
        public Builder actionNow(ActionNow value) {
            this.actionNow = Optional.of(value);
            return this;
        }

        /** Whether the auditor was involved in the case (not answered by default). */
        public Builder independence(AuditorIndependence value) {
            this.independence = Optional.of(value);
            return this;
        }

        /** Which records the auditor examined (empty by default). */
        public Builder recordsExamined(String value) {
            this.recordsExamined = value;
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
                    livedExperienceByChild,
                    impact,
                    goodPractice,
                    areasForDevelopment,
                    actionNow,
                    independence,
                    recordsExamined);
        }
    }
}
