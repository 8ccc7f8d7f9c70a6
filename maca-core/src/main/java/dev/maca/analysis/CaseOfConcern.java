package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * A case in which at least one agency judged practice below the scale's expected standard, with the judgements that
 * made it a concern.
 *
 * @param caseRef the case
 * @param concerns the judgements below the expected standard, in the scope's agency order (never empty)
 */
public record CaseOfConcern(CaseRef caseRef, List<AgencyGrade> concerns) {
    public CaseOfConcern {
        present(caseRef, "case of concern caseRef");
        concerns = list(concerns, "case of concern concerns");
        if (concerns.isEmpty()) {
            throw new IllegalArgumentException("a case of concern needs at least one judgement below the standard");
        }
    }

    /** The agencies whose judgements were below the expected standard, in the scope's order. */
    public List<String> agencyIds() {
        return concerns.stream().map(AgencyGrade::agencyId).toList();
    }

    /** The returns that made the case a concern. */
    public List<ReturnRef> sources() {
        return concerns.stream().map(AgencyGrade::source).toList();
    }
}
