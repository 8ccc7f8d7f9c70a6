package dev.maca.examples.bench;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.document.Document;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.tool.AuditTool;
import java.util.Map;

/** What the benchmarks share: the eight agencies' Torbay tools, the guarded audits and the Torbay report document. */
final class BenchFixtures {
    private BenchFixtures() {}

    /** The Torbay audit tools of the bundled agencies, assembled once per JVM. */
    static Map<String, AuditTool> tools() {
        return Tools.TOOLS;
    }

    /** The audit through the privacy guard (default policy: fail on personal data), as renderers require. */
    static GuardedAudit guard(Audit audit) {
        return PrivacyGuard.builder().build().apply(audit);
    }

    /** The Torbay worked example, guarded. */
    static GuardedAudit torbay() {
        return guard(TorbayAudit.audit(tools()));
    }

    /** The Torbay report to the Business Group as a document model, ready for any renderer. */
    static Document torbayReport() {
        return BusinessGroupReport.of(torbay(), tools()).toDocument();
    }

    private static final class Tools {
        static final Map<String, AuditTool> TOOLS = TorbayAudit.tools(AgencyRegistry.discover());
    }
}
