package dev.maca.analysis;

import dev.maca.returns.AuditReturn;
import dev.maca.scope.AgencyRequirement;
import java.util.List;
import java.util.Map;

/**
 * The returns the analysis counts, indexed once by {@link AnalysisRun} and shared with {@link PanelRun}: cohort
 * families by position, the scope's agencies by position, the first return per family and agency in a grid, and one
 * {@link ReturnRef} per cell (ordinal = family position × agency count + agency position).
 *
 * <p>The arrays are owned by the analysis run and never changed once built; nothing outside the run sees them.
 *
 * @param cases the cohort families, in cohort order
 * @param caseIndex each family's position, by case id
 * @param agencies the scope's agencies, in the scope's order
 * @param grid the counted return of each family and agency, or null where there is none
 * @param table the reference naming each cell
 */
record CountedReturns(
        List<CaseRef> cases,
        Map<String, Integer> caseIndex,
        List<AgencyRequirement> agencies,
        AuditReturn[][] grid,
        ReturnRef[] table) {

    /** The reference for one family's return from one agency. */
    ReturnRef ref(int caseIndex, int agencyIndex) {
        return table[caseIndex * agencies.size() + agencyIndex];
    }
}
