package dev.maca.report.forms;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a completed form is imported: whether it may replace a return already in the audit, which case and agency the
 * caller expects it to be for, and the day it was received (used as the completion date when the form gives none).
 *
 * <pre>{@code
 * ImportOptions.defaults().expecting("family-07", "police").replaceExisting()
 * }</pre>
 *
 * @param replacesExisting whether an existing return for the same case and agency may be replaced
 * @param expectedCaseId the case the form must be for, if the caller knows it
 * @param expectedAgencyId the agency the form must be from, if the caller knows it
 * @param receivedOn the day the form was received; empty means today
 */
public record ImportOptions(
        boolean replacesExisting,
        Optional<String> expectedCaseId,
        Optional<String> expectedAgencyId,
        Optional<LocalDate> receivedOn) {
    public ImportOptions {
        expectedCaseId = optional(expectedCaseId);
        expectedAgencyId = optional(expectedAgencyId);
        receivedOn = optional(receivedOn);
    }

    /** Never replace a return, expect any case and agency, received today. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These options, allowing the import to replace an existing return for the same case and agency. */
    public ImportOptions replaceExisting() {
        return new ImportOptions(true, expectedCaseId, expectedAgencyId, receivedOn);
    }

    /** These options, refusing a form that is not for this case and agency. */
    public ImportOptions expecting(String caseId, String agencyId) {
        return new ImportOptions(
                replacesExisting,
                Optional.of(present(caseId, "expected caseId")),
                Optional.of(present(agencyId, "expected agencyId")),
                receivedOn);
    }

    /** These options, refusing a form that is not for this case (as a panel record form for one family). */
    public ImportOptions expectingCase(String caseId) {
        return new ImportOptions(
                replacesExisting, Optional.of(present(caseId, "expected caseId")), expectedAgencyId, receivedOn);
    }

    /** These options, with the day the form was received. */
    public ImportOptions receivedOn(LocalDate day) {
        return new ImportOptions(replacesExisting, expectedCaseId, expectedAgencyId, Optional.of(present(day, "day")));
    }
}
