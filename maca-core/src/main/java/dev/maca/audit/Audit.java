package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.CohortSelector;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One whole audit: its scope, the candidate cases, the agencies' returns, the multi-agency panel's review of each
 * family, the immediate concerns found on the way, the panel's findings, the recommendations with their action plan,
 * and the learning content for the briefs.
 *
 * <p>The cohort is not stored: it is selected from the candidates by the scope's criteria ({@link #cohort()}), so it
 * can never disagree with them. A host that chose its cases elsewhere lists just those cases as candidates.
 *
 * <p>Two stages of judgement are kept apart: a {@link AuditReturn return} is an agency grading its own practice, and a
 * {@link PanelReview panel review} is the grade the agencies agreed together for the family. An audit file written
 * before the panel stage existed has no panel reviews and no immediate concerns, and reads with both empty.
 *
 * @param scope what the audit sets out to do
 * @param candidates the candidate cases, in the order the partnership listed them
 * @param returns the agencies' returns
 * @param panelReviews the panel's review of each cohort family, in cohort order
 * @param immediateConcerns everything found during the audit that needed action now, in the order raised
 * @param findings the panel's findings, one per objective
 * @param recommendations the recommendations and their actions
 * @param learning the learning content, one per objective
 * @param report what the partnership writes for its report beyond the findings: document control, conclusion,
 *     limitations and what was found of previous reviews' learning
 */
public record Audit(
        AuditScope scope,
        List<CaseRecord> candidates,
        List<AuditReturn> returns,
        List<PanelReview> panelReviews,
        List<ImmediateConcern> immediateConcerns,
        List<ObjectiveFindings> findings,
        List<Recommendation> recommendations,
        List<LearningContent> learning,
        Optional<ReportContent> report) {
    public Audit {
        present(scope, "audit scope");
        candidates = list(candidates, "audit candidates");
        returns = list(returns, "audit returns");
        panelReviews = list(panelReviews, "audit panelReviews");
        immediateConcerns = list(immediateConcerns, "audit immediateConcerns");
        findings = list(findings, "audit findings");
        recommendations = list(recommendations, "audit recommendations");
        learning = list(learning, "audit learning");
        report = optional(report);
    }

    /** An audit whose partnership has not yet written the report's own content (document control, conclusion). */
    public Audit(
            AuditScope scope,
            List<CaseRecord> candidates,
            List<AuditReturn> returns,
            List<PanelReview> panelReviews,
            List<ImmediateConcern> immediateConcerns,
            List<ObjectiveFindings> findings,
            List<Recommendation> recommendations,
            List<LearningContent> learning) {
        this(
                scope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                learning,
                Optional.empty());
    }

    /** An audit with no panel reviews and no immediate concerns yet (as every audit of MACA 0.1 was). */
    public Audit(
            AuditScope scope,
            List<CaseRecord> candidates,
            List<AuditReturn> returns,
            List<ObjectiveFindings> findings,
            List<Recommendation> recommendations,
            List<LearningContent> learning) {
        this(scope, candidates, returns, List.of(), List.of(), findings, recommendations, learning);
    }

    /** The cohort selected from the candidates by the scope's criteria, with every exclusion and its reasons. */
    public CohortSelection cohort() {
        return CohortSelector.select(scope.cohortCriteria(), candidates);
    }

    /** The panel's findings for an objective. */
    public Optional<ObjectiveFindings> findingsFor(String objectiveId) {
        return findings.stream()
                .filter(f -> f.objectiveId().equals(objectiveId))
                .findFirst();
    }

    /** The learning content for an objective. */
    public Optional<LearningContent> learningFor(String objectiveId) {
        return learning.stream()
                .filter(l -> l.objectiveId().equals(objectiveId))
                .findFirst();
    }

    /** The returns for one case, in file order. */
    public List<AuditReturn> returnsFor(String caseId) {
        return returns.stream().filter(r -> r.caseId().equals(caseId)).toList();
    }

    /** The panel's review of one case: the first, when (wrongly) there are several. */
    public Optional<PanelReview> panelReviewFor(String caseId) {
        return panelReviews.stream().filter(r -> r.caseId().equals(caseId)).findFirst();
    }

    /** The immediate concerns about one case, in the order raised. */
    public List<ImmediateConcern> concernsFor(String caseId) {
        return immediateConcerns.stream().filter(c -> c.caseId().equals(caseId)).toList();
    }

    /** This audit with another scope (e.g. a different report marking or grading scale). */
    public Audit withScope(AuditScope newScope) {
        return new Audit(
                newScope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                learning,
                report);
    }

    /** This audit with these candidate cases in place of its own. */
    public Audit withCandidates(List<CaseRecord> newCandidates) {
        return new Audit(
                scope,
                newCandidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                learning,
                report);
    }

    /** This audit with these returns in place of its own. */
    public Audit withReturns(List<AuditReturn> newReturns) {
        return new Audit(
                scope,
                candidates,
                newReturns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                learning,
                report);
    }

    /** This audit with these panel reviews in place of its own. */
    public Audit withPanelReviews(List<PanelReview> newReviews) {
        return new Audit(
                scope, candidates, returns, newReviews, immediateConcerns, findings, recommendations, learning, report);
    }

    /** This audit with these immediate concerns in place of its own. */
    public Audit withImmediateConcerns(List<ImmediateConcern> newConcerns) {
        return new Audit(
                scope, candidates, returns, panelReviews, newConcerns, findings, recommendations, learning, report);
    }

    /** This audit with these panel findings in place of its own. */
    public Audit withFindings(List<ObjectiveFindings> newFindings) {
        return new Audit(
                scope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                newFindings,
                recommendations,
                learning,
                report);
    }

    /** This audit with these recommendations in place of its own. */
    public Audit withRecommendations(List<Recommendation> newRecommendations) {
        return new Audit(
                scope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                newRecommendations,
                learning,
                report);
    }

    /** This audit with this learning content in place of its own. */
    public Audit withLearning(List<LearningContent> newLearning) {
        return new Audit(
                scope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                newLearning,
                report);
    }

    /** This audit with this report content in place of its own. */
    public Audit withReport(ReportContent newReport) {
        return new Audit(
                scope,
                candidates,
                returns,
                panelReviews,
                immediateConcerns,
                findings,
                recommendations,
                learning,
                Optional.of(newReport));
    }

    /** This audit with one more return, or with {@code replacement} in place of the return for the same case and agency. */
    public Audit withReturn(AuditReturn replacement) {
        present(replacement, "return");
        return withReturns(replaced(
                returns,
                replacement,
                r -> r.caseId().equals(replacement.caseId()) && r.agencyId().equals(replacement.agencyId())));
    }

    /** This audit with one more panel review, or with {@code replacement} in place of the review of the same case. */
    public Audit withPanelReview(PanelReview replacement) {
        present(replacement, "panel review");
        return withPanelReviews(
                replaced(panelReviews, replacement, r -> r.caseId().equals(replacement.caseId())));
    }

    /** This audit with one more immediate concern, or with {@code replacement} in place of the one with its id. */
    public Audit withImmediateConcern(ImmediateConcern replacement) {
        present(replacement, "immediate concern");
        return withImmediateConcerns(replaced(immediateConcerns, replacement, c -> c.id().equals(replacement.id())));
    }

    /** {@code values} with {@code replacement} in place of the first that {@code same} matches, or at the end. */
    private static <T> List<T> replaced(List<T> values, T replacement, java.util.function.Predicate<T> same) {
        List<T> updated = new ArrayList<>(values.size() + 1);
        boolean done = false;
        for (T existing : values) {
            if (!done && same.test(existing)) {
                updated.add(replacement);
                done = true;
            } else {
                updated.add(existing);
            }
        }
        if (!done) {
            updated.add(replacement);
        }
        return updated;
    }
}
