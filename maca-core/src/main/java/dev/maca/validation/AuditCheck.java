package dev.maca.validation;

import dev.maca.audit.Audit;
import java.util.List;

/**
 * One more check run by {@link AuditValidator} over a whole audit — the seam through which checks that need more than
 * the audit (such as answers against the agencies' audit tools) join validation.
 */
@FunctionalInterface
public interface AuditCheck {
    /** The problems this check finds in the audit; empty when there are none. */
    List<Problem> check(Audit audit);
}
