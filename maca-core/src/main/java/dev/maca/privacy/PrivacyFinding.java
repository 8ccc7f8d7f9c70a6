package dev.maca.privacy;

import static dev.maca.model.Preconditions.present;

import java.io.Serializable;

/**
 * One piece of personal data found in an audit: where it is and what kind it is, never the value itself, so a finding
 * can be logged, shown and stored without repeating the breach.
 *
 * @param path the JSON Pointer of the field in the audit file, e.g. {@code /returns/3/answers/pol-dash/evidence}; when
 *     a map key itself holds personal data, the pointer stops at the map so that the key is not repeated
 * @param kind what kind of personal data it is
 */
public record PrivacyFinding(String path, Kind kind) implements Serializable {
    public PrivacyFinding {
        present(path, "finding path");
        present(kind, "finding kind");
    }

    @Override
    public String toString() {
        return path + ": " + kind.label();
    }
}
