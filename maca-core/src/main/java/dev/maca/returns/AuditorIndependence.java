package dev.maca.returns;

import static dev.maca.model.Preconditions.present;

/**
 * An auditor's answer to "Were you involved in this case?": auditors should not audit their own work, and a report
 * says how far its audits were independent.
 *
 * @param involved whether the auditor worked with the family or supervised or managed the work audited
 * @param how how the auditor was involved and how their answers were checked (empty when not involved)
 */
public record AuditorIndependence(boolean involved, String how) {
    public AuditorIndependence {
        present(how, "auditor independence how");
    }

    /** "No: I had no part in the work with this family." */
    public static AuditorIndependence independent() {
        return new AuditorIndependence(false, "");
    }
}
