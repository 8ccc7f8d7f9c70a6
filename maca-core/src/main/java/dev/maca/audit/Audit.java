package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.CohortSelector;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import java.util.List;
import java.util.Optional;

/**
 * One whole audit: its scope, the candidate cases, the agencies' returns, the panel's findings, the recommendations
 * with their action plan, and the learning content for the briefs.
 *
 * <p>The cohort is not stored: it is selected from the candidates by the scope's criteria ({@link #cohort()}), so it
 * can never disagree with them. A host that chose its cases elsewhere lists just those cases as candidates.
 *
 * @param scope what the audit sets out to do
 * @param candidates the candidate cases, in the order the partnership listed them
 * @param returns the agencies' returns
 * @param findings the panel's findings, one per objective
 * @param recommendations the recommendations and their actions
 * @param learning the learning content, one per objective
 */
public record Audit(
        AuditScope scope,
        List<CaseRecord> candidates,
        List<AuditReturn> returns,
        List<ObjectiveFindings> findings,
        List<Recommendation> recommendations,
        List<LearningContent> learning) {
    public Audit {
        present(scope, "audit scope");
        candidates = list(candidates, "audit candidates");
        returns = list(returns, "audit returns");
        findings = list(findings, "audit findings");
        recommendations = list(recommendations, "audit recommendations");
        learning = list(learning, "audit learning");
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

    /** This audit with another scope (e.g. a different report marking or grading scale). */
    public Audit withScope(AuditScope newScope) {
        return new Audit(newScope, candidates, returns, findings, recommendations, learning);
    }

    /** This audit with these candidate cases in place of its own. */
    public Audit withCandidates(List<CaseRecord> newCandidates) {
        return new Audit(scope, newCandidates, returns, findings, recommendations, learning);
    }

    /** This audit with these returns in place of its own. */
    public Audit withReturns(List<AuditReturn> newReturns) {
        return new Audit(scope, candidates, newReturns, findings, recommendations, learning);
    }

    /** This audit with these panel findings in place of its own. */
    public Audit withFindings(List<ObjectiveFindings> newFindings) {
        return new Audit(scope, candidates, returns, newFindings, recommendations, learning);
    }

    /** This audit with these recommendations in place of its own. */
    public Audit withRecommendations(List<Recommendation> newRecommendations) {
        return new Audit(scope, candidates, returns, findings, newRecommendations, learning);
    }

    /** This audit with this learning content in place of its own. */
    public Audit withLearning(List<LearningContent> newLearning) {
        return new Audit(scope, candidates, returns, findings, recommendations, newLearning);
    }

    /** This audit with one more return, or with {@code replacement} in place of the return for the same case and agency. */
    public Audit withReturn(AuditReturn replacement) {
        var updated = new java.util.ArrayList<AuditReturn>();
        boolean replaced = false;
        for (AuditReturn existing : returns) {
            if (existing.caseId().equals(replacement.caseId())
                    && existing.agencyId().equals(replacement.agencyId())) {
                updated.add(replacement);
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(replacement);
        }
        return new Audit(scope, candidates, updated, findings, recommendations, learning);
    }
}
