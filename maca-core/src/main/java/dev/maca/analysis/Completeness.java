package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.AgencyRequirement;
import java.util.List;

/**
 * Agency participation: a case × required-agency matrix of {@link ReturnState}s, with return rates per case, per
 * agency and overall.
 *
 * <pre>{@code
 * Completeness c = analysis.completeness();
 * c.overall().returnRate();                        // e.g. 37 of 40
 * c.agency("police").rate().missing();             // which cases the police have still to return
 * c.state("family-07", "police");                  // one cell
 * }</pre>
 *
 * @param agencies the required agencies (the matrix's columns), in the scope's order
 * @param cases one row per cohort case, in cohort order
 * @param byAgency one rate per required agency, in the scope's order
 * @param overall every required agency for every case
 */
public record Completeness(
        List<AgencyRequirement> agencies,
        List<CaseCompleteness> cases,
        List<AgencyCompleteness> byAgency,
        CompletenessRate overall) {
    public Completeness {
        agencies = list(agencies, "completeness agencies");
        cases = list(cases, "completeness cases");
        byAgency = list(byAgency, "completeness byAgency");
        present(overall, "completeness overall");
    }

    /**
     * One agency's rate.
     *
     * @throws IllegalArgumentException when the scope does not require that agency
     */
    public AgencyCompleteness agency(String agencyId) {
        return byAgency.stream()
                .filter(a -> a.agencyId().equals(agencyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("agency '" + agencyId
                        + "' is not required by the scope; the agencies are "
                        + agencies.stream().map(AgencyRequirement::id).toList()));
    }

    /**
     * One cell of the matrix.
     *
     * <p>This scans {@link #cases()} for the case; a caller looking up many cells should index {@code cases()} by case
     * id once instead.
     *
     * @throws IllegalArgumentException when the case is not in the cohort or the scope does not require the agency
     */
    public ReturnState state(String caseId, String agencyId) {
        return cases.stream()
                .filter(c -> c.caseRef().id().equals(caseId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("case '" + caseId + "' is not in the cohort"))
                .state(agencyId);
    }
}
