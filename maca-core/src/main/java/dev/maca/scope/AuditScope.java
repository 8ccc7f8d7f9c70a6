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
 * @param reference this audit's reference (e.g. "MACA C86")
 * @param linkedReference the review the audit is linked with, if any (e.g. "C86")
 * @param partnership the commissioning partnership (e.g. "Torbay Safeguarding Children Partnership")
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
        ProtectiveMarking reportMarking) {
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
    }

    /** This scope with these objectives in place of its own. */
    public AuditScope withObjectives(List<Objective> newObjectives) {
        return new AuditScope(
                reference,
                linkedReference,
                partnership,
                title,
                background,
                purposeIntroduction,
                purposes,
                objectivesIntroduction,
                newObjectives,
                cohortCriteria,
                agenciesIntroduction,
                agencies,
                timeline,
                gradingScale,
                reportMarking);
    }

    /** This scope with these cohort criteria in place of its own. */
    public AuditScope withCohortCriteria(CohortCriteria newCriteria) {
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
                newCriteria,
                agenciesIntroduction,
                agencies,
                timeline,
                gradingScale,
                reportMarking);
    }

    /** This scope with these required agencies in place of its own. */
    public AuditScope withAgencies(List<AgencyRequirement> newAgencies) {
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
                newAgencies,
                timeline,
                gradingScale,
                reportMarking);
    }

    /** This scope with this timeline in place of its own. */
    public AuditScope withTimeline(Timeline newTimeline) {
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
                newTimeline,
                gradingScale,
                reportMarking);
    }

    /** This scope with this grading scale in place of its own. */
    public AuditScope withGradingScale(GradingScale newScale) {
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
                newScale,
                reportMarking);
    }

    /** This scope with this report marking in place of its own. */
    public AuditScope withReportMarking(ProtectiveMarking newMarking) {
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
                newMarking);
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
}
