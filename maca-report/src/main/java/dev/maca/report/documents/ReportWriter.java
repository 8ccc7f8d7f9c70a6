package dev.maca.report.documents;

import dev.maca.analysis.AgencyCompleteness;
import dev.maca.analysis.AgencyGrade;
import dev.maca.analysis.AgencyGrades;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.CaseOfConcern;
import dev.maca.analysis.CaseRef;
import dev.maca.analysis.CompletenessRate;
import dev.maca.analysis.Divergence;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.analysis.ReturnRef;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.cohort.CohortSelection;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.Objective;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
        ReportThemes themes = new ReportThemes(analysis, agencies);
        ReportPlan plan = new ReportPlan(audit, analysis.panel(), report.dueBy());
        Document.Builder document = Document.builder(BusinessGroupReport.TITLE, created)
                .author(scope.partnership())
                .subject("Multi-agency case audit " + scope.reference() + ": findings, recommendations and action plan"
                        + " for the Business Group")
                .keywords("multi-agency case audit", "safeguarding children", scope.reference())
                .marking(marking)
                .cover(c -> c.subtitle(subtitle())
                        .partnership(scope.partnership())
                        .status("Status: " + status.label())
                        .date("Presented to the Business Group, " + month))
                .section("Contents", s -> s.tableOfContents().pageBreak())
                .section(executiveSummary())
                .section(background())
                .section(purpose())
                .section(objectives())
                .section(methodology.section())
                .section(methodology.cohortProfile());
        for (int i = 0; i < scope.objectives().size(); i++) {
            document.section(findings(i));
        }
        document.section(participation())
                .section(consistency())
                .section(themes.covid())
                .section(themes.learningFromReviews())
                .section(plan.recommendations())
                .section(plan.actionPlan());
        ReportAppendices appendices = new ReportAppendices(analysed, selection, agencies);
        document.section(appendices.questions())
                .section(appendices.gradingDefinitions())
                .section(appendices.cohortSelection());
        return document.build();
    }

    private String subtitle() {
        String linked = scope.linkedReference()
                .filter(ref -> !scope.reference().contains(ref))
                .map(ref -> ", linked with " + ref)
                .orElse("");
        return "Audit reference: " + scope.reference() + linked;
    }

    private ObjectiveFigures figures(ObjectiveAnalysis objective) {
        return new ObjectiveFigures(objective, analysis.scale());
    }

    private ObjectiveFindings findingsOf(Objective objective) {
        return audit.findingsFor(objective.id()).orElseThrow();
    }

    private String grade(ObjectiveFindings findings) {
        return analysis.scale().label(findings.grade().orElseThrow());
    }

    private Section executiveSummary() {
        CompletenessRate overall = analysis.completeness().overall();
        return Section.of("Executive summary", s -> {
            s.paragraph(scope.partnership() + " audited "
                    + Figures.count(analysis.cases().size(), "case", "cases")
                    + " with " + Figures.count(scope.agencies().size(), "agency", "agencies") + ". Agencies sent "
                    + Figures.share(overall.returnRate(), "expected return", "expected returns")
                    + ". For each objective the panel agreed"
                    + " a multi-agency judgement on the " + analysis.scale().name() + "; the figures below are the"
                    + " agencies' own judgements of their practice.");
            for (ObjectiveAnalysis objective : analysis.objectives()) {
                ObjectiveFindings findings = findingsOf(objective.objective());
                s.subheading(objective.objective().title());
                s.paragraph(
                        p -> p.text("Panel judgement: ").bold(grade(findings)).keepWithNext());
                s.bullets(l -> figures(objective).headlines().forEach(l::item));
                s.callout("Key message", c -> c.paragraph(findings.keyMessage()));
            }
        });
    }

    private Section background() {
        return Section.of("Background", s -> {
            scope.background().forEach(s::paragraph);
            scope.linkedReference()
                    .ifPresent(ref -> s.paragraph("This audit is linked with review " + ref + ". It was commissioned"
                            + " to establish how far the review's themes are common to current practice."));
        });
    }

    private Section purpose() {
        return Section.of("Purpose", s -> {
            if (!scope.purposeIntroduction().isBlank()) {
                s.paragraph(scope.purposeIntroduction());
            }
            s.bullets(l -> scope.purposes().forEach(l::item));
        });
    }

    private Section objectives() {
        return Section.of("Objectives", s -> {
            if (!scope.objectivesIntroduction().isBlank()) {
                s.paragraph(scope.objectivesIntroduction());
            }
            s.numbered(l -> scope.objectives().forEach(o -> l.item(o.statement())));
        });
    }

    private Section findings(int index) {
        ObjectiveAnalysis objective = analysis.objectives().get(index);
        ObjectiveFindings findings = findingsOf(objective.objective());
        ObjectiveFigures figures = figures(objective);
        int number = index + 1;
        return Section.of("Findings: " + objective.objective().title(), s -> {
            s.paragraph(p -> p.text("Objective " + number + ": ")
                    .italic(objective.objective().statement()));
            s.paragraph(p -> p.text("Panel judgement: ").bold(grade(findings)).keepWithNext());
            s.callout("Key message", c -> c.paragraph(findings.keyMessage()));
            s.subheading("What the panel found");
            findings.narrative().forEach(s::paragraph);
            s.subheading("The figures");
            s.bullets(l -> {
                figures.headlines().forEach(l::item);
                figures.divergence().ifPresent(l::item);
            });
            s.figure(f -> f.chart(figures.chart())
                    .altText(figures.chartAltText())
                    .caption("Figure " + number + ": agency judgements of "
                            + Figures.lowerFirst(objective.objective().title()))
                    .withDataTable());
            s.table(t -> {
                List<String> header = new ArrayList<>();
                header.add("Agency");
                header.addAll(analysis.scale().grades().stream()
                        .map(dev.maca.scope.Grade::label)
                        .toList());
                float[] widths = new float[header.size()];
                widths[0] = 2.6f;
                for (int c = 1; c < widths.length; c++) {
                    widths[c] = Math.max(1.2f, header.get(c).length() / 13f);
                }
                t.caption("Table " + number + ": agency judgements of "
                                + Figures.lowerFirst(objective.objective().title()) + ", by agency")
                        .header(header.toArray(String[]::new))
                        .widths(widths)
                        .rowHeaders();
                for (AgencyGrades agency : objective.judgements().byAgency()) {
                    List<String> row = new ArrayList<>();
                    row.add(agencies.name(agency.agency().id()));
                    agency.grades().counts().forEach(c -> row.add(String.valueOf(c)));
                    t.row(row);
                }
            });
            s.subheading("Good practice");
            s.bullets(l -> findings.goodPractice().forEach(l::item));
            s.subheading("Areas for development");
            s.bullets(l -> findings.areasForDevelopment().forEach(l::item));
            s.subheading("Cases of concern");
            List<CaseOfConcern> concerns = objective.casesOfConcern();
            if (concerns.isEmpty()) {
                s.paragraph("No agency judged practice in any case below " + figures.standard() + " for this"
                        + " objective.");
            } else {
                s.paragraph("In " + Figures.share(objective.judgements().concern(), "case judged", "cases judged")
                        + " at least one" + " agency judged practice below " + figures.standard() + ":");
                s.bullets(l -> concerns.forEach(c -> l.item(c.caseRef().pseudonym() + ": " + grades(c.concerns()))));
            }
        });
    }

    /** A case's concerns grouped by grade, best first: "Requires improvement (Police, Midwifery); Inadequate (GP)". */
    private String grades(List<AgencyGrade> grades) {
        Map<String, List<String>> byGrade = new LinkedHashMap<>();
        grades.stream().sorted(Comparator.comparingInt(AgencyGrade::rank)).forEach(g -> byGrade.computeIfAbsent(
                        g.grade().label(), k -> new ArrayList<>())
                .add(agencies.name(g.agencyId())));
        return byGrade.entrySet().stream()
                .map(e -> e.getKey() + " (" + Figures.inWords(e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    private Section participation() {
        CompletenessRate overall = analysis.completeness().overall();
        return Section.of("Agency participation and completeness", s -> {
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
            } else {
                s.paragraph("Returns still missing:");
                s.bullets(l -> overall.missing().forEach(ref -> l.item(describe(ref))));
            }
            if (!overall.incomplete().isEmpty()) {
                s.paragraph("Returns received but incomplete (their answers are counted):");
                s.bullets(l -> overall.incomplete().forEach(ref -> l.item(describe(ref))));
            }
        });
    }

    private String describe(ReturnRef ref) {
        String pseudonym = pseudonyms.getOrDefault(ref.caseId(), ref.caseId());
        return pseudonym + ": " + agencies.name(ref.agencyId());
    }

    private Section consistency() {
        return Section.of("Multi-agency consistency", s -> {
            s.paragraph("Where agencies' judgements of the same case are two or more grades apart, the difference is a"
                    + " finding in itself and a prompt to use the Professional Differences (escalation) policy.");
            s.table(t -> {
                t.caption("Cases with judgements two or more grades apart, by objective")
                        .header("Objective", "Cases compared", "Two or more grades apart")
                        .widths(3, 1, 1.4f)
                        .rowHeaders();
                for (ObjectiveAnalysis objective : analysis.objectives()) {
                    t.row(
                            objective.objective().title(),
                            String.valueOf(objective.judgements().casesCompared()),
                            Figures.share(objective.judgements().divergence(), "case", "cases"));
                }
                t.row(
                        "Overall judgement of the case",
                        String.valueOf(analysis.overallJudgements().casesCompared()),
                        Figures.share(analysis.overallJudgements().divergence(), "case", "cases"));
            });
            List<String> lines = new ArrayList<>();
            for (ObjectiveAnalysis objective : analysis.objectives()) {
                for (Divergence divergence : objective.divergences()) {
                    lines.add(divergence.caseRef().pseudonym() + ", "
                            + Figures.lowerFirst(objective.objective().title()) + ": from "
                            + spread(divergence.best()) + " to " + spread(divergence.worst()));
                }
            }
            if (lines.isEmpty()) {
                s.paragraph("In no case were agencies' judgements of an objective two or more grades apart.");
            } else {
                s.paragraph("The cases where agencies' judgements of an objective were two or more grades apart:");
                s.bullets(l -> lines.forEach(l::item));
            }
        });
    }

    private String spread(List<AgencyGrade> grades) {
        return grades.get(0).grade().label() + " ("
                + Figures.inWords(
                        grades.stream().map(g -> agencies.name(g.agencyId())).toList()) + ")";
    }
}
