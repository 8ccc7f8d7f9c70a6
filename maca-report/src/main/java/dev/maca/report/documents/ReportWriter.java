package dev.maca.report.documents;

import dev.maca.analysis.AgencyCompleteness;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.CaseRef;
import dev.maca.analysis.CompletenessRate;
import dev.maca.analysis.ReturnRef;
import dev.maca.audit.Audit;
import dev.maca.cohort.CohortSelection;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

/** Lays out the report to the Business Group as a {@link Document}, section by section, in the order readers expect. */
final class ReportWriter {
    private final AnalysedAudit analysed;
    private final Audit audit;
    private final AuditScope scope;
    private final AuditAnalysis analysis;
    private final CohortSelection selection;
    private final AgencyNames agencies;
    /** Pseudonyms by case id, indexed once: the missing and incomplete returns look one up per row. */
    private final Map<String, String> pseudonyms;

    ReportWriter(AnalysedAudit analysed) {
        this.analysed = analysed;
        this.audit = analysed.guarded().audit();
        this.scope = audit.scope();
        this.analysis = analysed.analysis();
        this.selection = audit.cohort();
        this.agencies = new AgencyNames(scope, analysed.tools());
        this.pseudonyms = analysis.cases().stream()
                .collect(Collectors.toMap(CaseRef::id, CaseRef::pseudonym, (first, second) -> first));
    }

    Document build(ReportStatus status, ProtectiveMarking marking, OffsetDateTime created, Milestone report) {
        String month = Timing.month(report.month());
        ReportMethodology methodology = new ReportMethodology(analysed, selection, agencies);
        ReportSummary summary = new ReportSummary(audit, analysis.panel());
        ReportFindings findings = new ReportFindings(audit, analysis.panel(), analysed.tools());
        ReportVoices voices = new ReportVoices(audit, analysis.panel());
        ReportPlan plan = new ReportPlan(audit, analysis.panel(), report.dueBy());
        boolean sensitive = marking.equals(ProtectiveMarking.OFFICIAL_SENSITIVE);
        Document.Builder document = Document.builder(BusinessGroupReport.TITLE, created)
                .author(scope.partnership())
                .subject("Multi-agency case audit " + scope.reference() + ": findings, recommendations and action plan"
                        + " for " + scope.governance().reportTo())
                .keywords("multi-agency case audit", "safeguarding children", scope.reference())
                .marking(marking)
                .cover(c -> c.subtitle(subtitle())
                        .partnership(scope.partnership())
                        .status("Status: " + status.label())
                        .date("Presented to " + scope.governance().reportTo() + ", " + month))
                .section(summary.documentControl(status, report.dueBy()))
                .section("Contents", s -> s.tableOfContents().pageBreak())
                .section(summary.executiveSummary())
                .section(summary.background())
                .section(methodology.section())
                .section(returns(sensitive))
                .section(new ReportLimitations(audit, analysis).section())
                .section(methodology.cohortProfile());
        for (int i = 0; i < scope.objectives().size(); i++) {
            document.section(findings.section(i, i + 1));
        }
        if (sensitive) {
            document.section(new ReportFamilyGrid(audit, analysis.panel()).section());
        }
        document.section(voices.livedExperience()).section(voices.immediateConcerns());
        new ReportReviews(audit).section().ifPresent(document::section);
        document.section(plan.recommendations()).section(plan.actionPlan());
        return document.build();
    }

    private String subtitle() {
        String linked = scope.linkedReference()
                .filter(ref -> !scope.reference().contains(ref))
                .map(ref -> ", linked with " + ref)
                .orElse("");
        return "Audit reference: " + scope.reference() + linked;
    }

    private Section returns(boolean sensitive) {
        CompletenessRate overall = analysis.completeness().overall();
        return Section.of("Returns received", s -> {
            s.paragraph("An agency was expected to audit every cohort case it was involved in. Agencies sent "
                    + Figures.share(overall.returnRate(), "expected return", "expected returns") + ", and "
                    + Figures.share(overall.completeRate(), "expected return", "expected returns") + " were complete.");
            s.table(t -> {
                t.caption("Returns expected and received, by agency")
                        .header("Agency", "Expected", "Received", "Complete", "Missing")
                        .widths(3, 1, 1, 1, 1)
                        .rowHeaders();
                for (AgencyCompleteness agency : analysis.completeness().byAgency()) {
                    CompletenessRate rate = agency.rate();
                    t.row(
                            agencies.name(agency.agency().id()),
                            String.valueOf(rate.expected()),
                            String.valueOf(rate.returned().size()),
                            String.valueOf(rate.complete()),
                            String.valueOf(rate.missing().size()));
                }
                t.row(
                        "All agencies",
                        String.valueOf(overall.expected()),
                        String.valueOf(overall.returned().size()),
                        String.valueOf(overall.complete()),
                        String.valueOf(overall.missing().size()));
            });
            if (overall.missing().isEmpty()) {
                s.paragraph("Every return expected was received.");
            } else if (sensitive) {
                s.paragraph("Returns not received, so that the panel judged the family without them:");
                s.bullets(l -> overall.missing().forEach(ref -> l.item(describe(ref))));
            }
            if (!overall.incomplete().isEmpty() && sensitive) {
                s.paragraph("Returns received but incomplete, read by the panel as they stood:");
                s.bullets(l -> overall.incomplete().forEach(ref -> l.item(describe(ref))));
            }
        });
    }

    private String describe(ReturnRef ref) {
        String pseudonym = pseudonyms.getOrDefault(ref.caseId(), ref.caseId());
        return pseudonym + ": " + agencies.name(ref.agencyId());
    }
}
