package dev.maca.privacy;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;

/**
 * An audit that has passed the {@link PrivacyGuard}, redacted if the guard's policy is {@link Policy#REDACT}: the only
 * form in which renderers accept an audit, so that no document can be produced from an unguarded one.
 *
 * <p>Only the guard creates instances (the constructor is package-private and the class final).
 */
public final class GuardedAudit {
    private final Audit audit;
    private final PrivacyReport redactions;

    GuardedAudit(Audit audit, PrivacyReport redactions) {
        this.audit = present(audit, "guarded audit");
        this.redactions = present(redactions, "guarded audit redactions");
    }

    /** The audit to render: the original when nothing was redacted, otherwise a copy with markers in place of values. */
    public Audit audit() {
        return audit;
    }

    /** How many values were replaced by markers, so the document can say so; 0 when nothing was redacted. */
    public int redactionCount() {
        return redactions.findings().size();
    }

    /** Whether any value was redacted. */
    public boolean isRedacted() {
        return !redactions.isClean();
    }

    /** What was redacted, by path and kind. */
    public PrivacyReport redactions() {
        return redactions;
    }

    @Override
    public String toString() {
        return "GuardedAudit[" + audit.scope().reference() + ", " + redactionCount() + " redactions]";
    }
}
