package dev.maca.privacy;

import static dev.maca.model.Preconditions.list;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link PrivacyGuard} found in an audit: every finding by path and kind, in file order, with counts per kind.
 *
 * @param findings the findings, in the order of the audit file
 */
public record PrivacyReport(List<PrivacyFinding> findings) implements Serializable {
    public PrivacyReport {
        findings = list(findings, "privacy findings");
    }

    /** Whether the audit holds no personal data the guard looks for. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** How many findings there are of a kind. */
    public int count(Kind kind) {
        return (int) findings.stream().filter(f -> f.kind() == kind).count();
    }

    /** How many findings there are of each kind found, in the order of {@link Kind}; kinds not found are left out. */
    public Map<Kind, Integer> counts() {
        var counts = new EnumMap<Kind, Integer>(Kind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
