package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.cohort.CohortCriteria;
import java.util.List;
import java.util.Optional;

/**
 * What an audit sets out to do, as its scope document states it: background, purposes, objectives, cohort, the
 * agencies that must contribute, the timeline, and how practice is graded and documents are marked.
 *
 * <p>Every statement of a scope document has a field here, so a scope can be reproduced without loss; the
 * introductory sentences of its lists are kept too.
 *
 * @param reference this audit's reference (e.g. "MACA 2021/02")
 * @param linkedReference the review the audit is linked with, if any (e.g. a Rapid Review's reference)
 * @param partnership the commissioning partnership (e.g. "Northtown Safeguarding Children Partnership")
 * @param title the scope's title
 * @param background the background, one paragraph per entry
 * @param purposeIntroduction the sentence that introduces the purposes (may be empty)
 * @param purposes what multi-agency case audits consider
 * @param objectivesIntroduction the sentence that introduces the objectives (may be empty)
 * @param objectives the objectives, in the scope's order
 * @param cohortCriteria how the cases are identified
 * @param agenciesIntroduction the sentence that introduces the contributing partners (may be empty)
 * @param agencies the partners that must contribute, in the scope's order
 * @param timeline the audit's milestones
 * @param gradingScale the scale practice is judged on
 * @param reportMarking the protective marking of the report to the Business Group
 * @param commissioningQuestion the question the commissioning body asked, which the report's conclusion answers
 * @param governance the bodies the audit answers to; Working Together 2023's when a file names none
 * @param previousReviews the previous audits and reviews whose learning the audit tests, in the scope's order
 */
public record AuditScope(
        String reference,
        Optional<String> linkedReference,
        String partnership,
        String title,
        List<String> background,
        String purposeIntroduction,
        List<String> purposes,
        String objectivesIntroduction,
        List<Objective> objectives,
        CohortCriteria cohortCriteria,
        String agenciesIntroduction,
        List<AgencyRequirement> agencies,
        Timeline timeline,
        GradingScale gradingScale,
        ProtectiveMarking reportMarking,
        Optional<String> commissioningQuestion,
        Governance governance,
        List<PreviousReview> previousReviews) {
    public AuditScope {
        nonBlank(reference, "scope reference");
        linkedReference = optional(linkedReference);
        nonBlank(partnership, "scope partnership");
        nonBlank(title, "scope title");
        background = list(background, "scope background");
        present(purposeIntroduction, "scope purposeIntroduction");
        purposes = list(purposes, "scope purposes");
        present(objectivesIntroduction, "scope objectivesIntroduction");
        objectives = list(objectives, "scope objectives");
        present(cohortCriteria, "scope cohortCriteria");
        present(agenciesIntroduction, "scope agenciesIntroduction");
        agencies = list(agencies, "scope agencies");
        present(timeline, "scope timeline");
        present(gradingScale, "scope gradingScale");
        present(reportMarking, "scope reportMarking");
        commissioningQuestion = optional(commissioningQuestion);
        governance = governance == null ? Governance.workingTogether2023() : governance;
        previousReviews = list(previousReviews, "scope previousReviews");
    }

    /** A scope as MACA 0.1 recorded it: no commissioning question, previous reviews or governance of its own. */
    public AuditScope(
            String reference,
            Optional<String> linkedReference,
            String partnership,
            String title,
            List<String> background,
            String purposeIntroduction,
            List<String> purposes,
            String objectivesIntroduction,
            List<Objective> objectives,
            CohortCriteria cohortCriteria,
            String agenciesIntroduction,
            List<AgencyRequirement> agencies,
            Timeline timeline,
            GradingScale gradingScale,
            ProtectiveMarking reportMarking) {
        this(
                reference,
                linkedReference,
                partnership,
                title,
                background,
                purposeIntroduction,
                purposes,
                objectivesIntroduction,
                objectives,
                cohortCriteria,
                agenciesIntroduction,
                agencies,
                timeline,
                gradingScale,
                reportMarking,
                Optional.empty(),
                Governance.workingTogether2023(),
                List.of());
    }

    /** A builder holding this scope's values, to change some and build another. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.reference = reference;
        builder.linkedReference = linkedReference;
        builder.partnership = partnership;
        builder.title = title;
        builder.background = background;
        builder.purposeIntroduction = purposeIntroduction;
        builder.purposes = purposes;
        builder.objectivesIntroduction = objectivesIntroduction;
        builder.objectives = objectives;
        builder.cohortCriteria = cohortCriteria;
        builder.agenciesIntroduction = agenciesIntroduction;
        builder.agencies = agencies;
        builder.timeline = timeline;
        builder.gradingScale = gradingScale;
        builder.reportMarking = reportMarking;
        builder.commissioningQuestion = commissioningQuestion;
        builder.governance = governance;
        builder.previousReviews = previousReviews;
        return builder;
    }

    /** A builder of a new scope; the values whose setters name a default are optional, the others required. */
    public static Builder builder() {
        return new Builder();
    }

    /** This scope with these objectives in place of its own. */
    public AuditScope withObjectives(List<Objective> newObjectives) {
        return toBuilder().objectives(newObjectives).build();
    }

    /** This scope with these cohort criteria in place of its own. */
    public AuditScope withCohortCriteria(CohortCriteria newCriteria) {
        return toBuilder().cohortCriteria(newCriteria).build();
    }

    /** This scope with these required agencies in place of its own. */
    public AuditScope withAgencies(List<AgencyRequirement> newAgencies) {
        return toBuilder().agencies(newAgencies).build();
    }

    /** This scope with this timeline in place of its own. */
    public AuditScope withTimeline(Timeline newTimeline) {
        return toBuilder().timeline(newTimeline).build();
    }

    /** This scope with this grading scale in place of its own. */
    public AuditScope withGradingScale(GradingScale newScale) {
        return toBuilder().gradingScale(newScale).build();
    }

    /** This scope with this report marking in place of its own. */
    public AuditScope withReportMarking(ProtectiveMarking newMarking) {
        return toBuilder().reportMarking(newMarking).build();
    }

    /** The previous review with this reference. */
    public Optional<PreviousReview> previousReview(String reference) {
        return previousReviews.stream()
                .filter(r -> r.reference().equals(reference))
                .findFirst();
    }

    /** The objective with this id. */
    public Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The required agency with this id. */
    public Optional<AgencyRequirement> agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The ids of the agencies that must contribute, in the scope's order. */
    public List<String> agencyIds() {
        return agencies.stream().map(AgencyRequirement::id).toList();
    }

    /** Builds a scope a value at a time; {@link #build()} checks it as the constructor does. */
    public static final class Builder {
        private String reference;
        private Optional<String> linkedReference = Optional.empty();
        private String partnership;
        private String title;
        private List<String> background = List.of();
        private String purposeIntroduction = "";
        private List<String> purposes = List.of();
        private String objectivesIntroduction = "";
        private List<Objective> objectives;
        private CohortCriteria cohortCriteria;
        private String agenciesIntroduction = "";
        private List<AgencyRequirement> agencies;
        private Timeline timeline;
        private GradingScale gradingScale = GradingScale.ofsted();
        private ProtectiveMarking reportMarking = ProtectiveMarking.OFFICIAL;
        private Optional<String> commissioningQuestion = Optional.empty();
        private Governance governance = Governance.workingTogether2023();
        private List<PreviousReview> previousReviews = List.of();

        private Builder() {}

        /** The reference (required). */
        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        /** The review the audit is linked with (none by default). */
        public Builder linkedReference(Optional<String> value) {
            this.linkedReference = value;
            return this;
        }

        /** The partnership (required). */
        public Builder partnership(String value) {
            this.partnership = value;
            return this;
        }

        /** The title (required). */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** The background paragraphs (none by default). */
        public Builder background(List<String> value) {
            this.background = value;
            return this;
        }

        /** The sentence introducing the purposes (empty by default). */
        public Builder purposeIntroduction(String value) {
            this.purposeIntroduction = value;
            return this;
        }

        /** The purposes (none by default). */
        public Builder purposes(List<String> value) {
            this.purposes = value;
            return this;
        }

        /** The sentence introducing the objectives (empty by default). */
        public Builder objectivesIntroduction(String value) {
            this.objectivesIntroduction = value;
            return this;
        }

        /** The objectives (required). */
        public Builder objectives(List<Objective> value) {
            this.objectives = value;
            return this;
        }

        /** The cohortCriteria (required). */
        public Builder cohortCriteria(CohortCriteria value) {
            this.cohortCriteria = value;
            return this;
        }

        /** The sentence introducing the contributing partners (empty by default). */
        public Builder agenciesIntroduction(String value) {
            this.agenciesIntroduction = value;
            return this;
        }

        /** The agencies (required). */
        public Builder agencies(List<AgencyRequirement> value) {
            this.agencies = value;
            return this;
        }

        /** The timeline (required). */
        public Builder timeline(Timeline value) {
            this.timeline = value;
            return this;
        }

        /** The grading scale (Ofsted's four points by default). */
        public Builder gradingScale(GradingScale value) {
            this.gradingScale = value;
            return this;
        }

        /** The report marking (OFFICIAL by default). */
        public Builder reportMarking(ProtectiveMarking value) {
            this.reportMarking = value;
            return this;
        }

        /** The question the commissioning body asked, which the report's conclusion answers (none by default). */
        public Builder commissioningQuestion(Optional<String> value) {
            this.commissioningQuestion = value;
            return this;
        }

        /** The bodies the audit answers to (Working Together 2023's by default). */
        public Builder governance(Governance value) {
            this.governance = value;
            return this;
        }

        /** The previous audits and reviews whose learning the audit tests (none by default). */
        public Builder previousReviews(List<PreviousReview> value) {
            this.previousReviews = value;
            return this;
        }

        /** The scope; throws as the constructor does when a required value is missing. */
        public AuditScope build() {
            return new AuditScope(
                    reference,
                    linkedReference,
                    partnership,
                    title,
                    background,
                    purposeIntroduction,
                    purposes,
                    objectivesIntroduction,
                    objectives,
                    cohortCriteria,
                    agenciesIntroduction,
                    agencies,
                    timeline,
                    gradingScale,
                    reportMarking,
                    commissioningQuestion,
                    governance,
                    previousReviews);
        }
    }
}
