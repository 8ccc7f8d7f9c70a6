package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

/**
 * Names one agency return by its case and agency, so that every figure of an {@link AuditAnalysis} can list the
 * returns it was computed from and an auditor can check it against the returns themselves.
 *
 * <p>In a completeness matrix the same pair names a cell whether or not a return was sent (see
 * {@link CompletenessCell#source()}).
 *
 * @param caseId the case's id (its pseudonym is on {@link AuditAnalysis#caseRef(String)})
 * @param agencyId the agency's id
 */
public record ReturnRef(String caseId, String agencyId) {
    public ReturnRef {
        present(caseId, "return reference caseId");
        present(agencyId, "return reference agencyId");
    }
}
