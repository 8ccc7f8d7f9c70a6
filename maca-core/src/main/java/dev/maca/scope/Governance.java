package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;

import java.util.List;

/**
 * The partnership's bodies an audit answers to, by the names the partnership uses: who commissioned it, who the
 * report goes to, and the route by which it is approved; documents name them from here and never assume them.
 *
 * @param commissionedBy the body that commissioned the audit (e.g. "the Safeguarding Partnership Executive")
 * @param reportTo the body that receives the report first (e.g. "the Business Group")
 * @param approvalRoute the bodies that approve the report, in order, the first being {@code reportTo}
 */
public record Governance(String commissionedBy, String reportTo, List<String> approvalRoute) {
    public Governance {
        nonBlank(commissionedBy, "governance commissionedBy");
        nonBlank(reportTo, "governance reportTo");
        approvalRoute = list(approvalRoute, "governance approvalRoute");
        if (approvalRoute.isEmpty()) {
            throw new IllegalArgumentException("governance approvalRoute must name at least one body");
        }
        approvalRoute.forEach(body -> nonBlank(body, "governance approvalRoute entry"));
    }

    /**
     * The arrangements of <i>Working Together to Safeguard Children 2023</i> in England, for a scope that names none:
     * the safeguarding partners commission, the Business Group receives the report, and it is approved by the Business
     * Group, then the Delegated Safeguarding Partners and the Lead Safeguarding Partners.
     */
    public static Governance workingTogether2023() {
        return new Governance(
                "the safeguarding partners",
                "the Business Group",
                List.of("the Business Group", "the Delegated Safeguarding Partners", "the Lead Safeguarding Partners"));
    }
}
