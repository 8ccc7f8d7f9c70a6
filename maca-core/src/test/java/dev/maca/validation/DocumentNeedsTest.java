package dev.maca.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ReportContent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Timeline;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What each document needs before it renders, as validation asks it for a stage")
class DocumentNeedsTest {
    private final Audit audit = AuditFixtures.valid();

    private static Audit withoutMilestone(Audit audit, MilestoneKind kind) {
        List<Milestone> kept = audit.scope().timeline().milestones().stream()
                .filter(m -> m.kind() != kind)
                .toList();
        return audit.withScope(
                audit.scope().toBuilder().timeline(new Timeline(kept)).build());
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    @DisplayName("the standard validator asks nothing of the documents")
    void standardAsksNoDocument() {
        assertThat(messages(AuditValidator.standard().validate(audit).problems()))
                .noneMatch(m -> m.contains(" needs "));
    }

    @Test
    @DisplayName("validation for a draft report is an error wherever the report lacks findings for an objective")
    void draftReportNeedsFindings() {
        ValidationReport report = AuditValidator.ready(Stage.DRAFT_REPORT).validate(audit);

        assertThat(report.errors())
                .filteredOn(p -> p.path().equals("/findings"))
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .startsWith("The report to the Business Group needs")
                        .contains("'covid-19-impact'"));
    }

    @Test
    @DisplayName("validation for the forms does not ask for what only the report needs")
    void formsDoNotNeedTheReport() {
        assertThat(messages(AuditValidator.ready(Stage.FORMS).validate(audit).problems()))
                .noneMatch(m -> m.contains("report to the Business Group needs"));
    }

    @Test
    @DisplayName("a gap two documents of a stage share is reported once")
    void sharedGapOnce() {
        Audit noReportMonth = withoutMilestone(audit, MilestoneKind.REPORT);

        assertThat(DocumentNeeds.of(AuditDocument.ANNEX, noReportMonth)).hasSize(1);
        assertThat(DocumentNeeds.forStage(Stage.DRAFT_REPORT, noReportMonth))
                .filteredOn(p -> p.message().contains("REPORT milestone"))
                .hasSize(1);
    }

    @Test
    @DisplayName("the briefs' needs, such as the seminar month, are asked only for the final report")
    void briefsOnlyForFinal() {
        assertThat(messages(DocumentNeeds.forStage(Stage.DRAFT_REPORT, audit))).noneMatch(m -> m.contains("SEMINAR"));
        assertThat(messages(DocumentNeeds.forStage(Stage.FINAL_REPORT, audit)))
                .anyMatch(m -> m.startsWith("The 7-minute briefing needs a SEMINAR milestone"));
    }

    @Test
    @DisplayName("the report accepts an objective not applicable to every family; the brief refuses it and says why")
    void notApplicableEverywhere() {
        assertThat(DocumentNeeds.of(AuditDocument.REPORT, audit))
                .noneMatch(p -> p.path().equals("/panelReviews"));
        assertThat(DocumentNeeds.of(AuditDocument.BRIEFING, audit))
                .filteredOn(p -> p.path().equals("/panelReviews"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("'covid-19-impact'");
                    assertThat(p.fix()).contains("applies to no family").doesNotContain("with a grade (or");
                });
    }

    @Test
    @DisplayName("an objective no agency's return judges is named as such in the fix for its missing grades")
    void noAgencyJudgesIt() {
        Audit ungraded = audit.withPanelReviews(List.of());

        assertThat(DocumentNeeds.of(AuditDocument.REPORT, ungraded))
                .filteredOn(p -> p.path().equals("/panelReviews") && p.message().contains("'covid-19-impact'"))
                .singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("No agency's return judges this objective"));
    }

    @Test
    @DisplayName("the brief of a single objective is asked only what that objective's brief needs")
    void oneBrief() {
        var fathers = audit.scope().objective("fathers-and-males").orElseThrow();

        assertThat(messages(DocumentNeeds.briefs(AuditDocument.HUDDLE, audit, List.of(fathers))))
                .allMatch(m -> m.startsWith("The Team huddle needs"))
                .noneMatch(m -> m.contains("covid-19-impact"));
    }

    @Test
    @DisplayName("a final version in the report's document control makes the final report the default stage")
    void finalByVersion() {
        ReportContent content = audit.report().orElseThrow();
        Audit last = audit.withReport(new ReportContent(
                new DocumentControl("0.9 (final draft)", "Partnership Business Manager", List.of("Board"), ""),
                content.conclusion(),
                content.limitations(),
                content.reviewLearning()));

        assertThat(Stage.strictestFor(last).stage()).isEqualTo(Stage.FINAL_REPORT);
        assertThat(Stage.strictestFor(last).reason()).contains("0.9 (final draft)");
        assertThat(Stage.strictestFor(audit).stage()).isEqualTo(Stage.DRAFT_REPORT);
    }

    @Test
    @DisplayName("returns without panel reviews default to the panel, a scope and cohort alone to the forms")
    void earlierStages() {
        Audit returnsOnly =
                new Audit(audit.scope(), audit.candidates(), audit.returns(), List.of(), List.of(), List.of());
        Audit formsOnly = new Audit(audit.scope(), audit.candidates(), List.of(), List.of(), List.of(), List.of());

        assertThat(Stage.strictestFor(returnsOnly).stage()).isEqualTo(Stage.PANEL);
        assertThat(Stage.strictestFor(formsOnly).stage()).isEqualTo(Stage.FORMS);
        assertThat(Stage.byId("final-report")).contains(Stage.FINAL_REPORT);
        assertThat(Stage.byId("finished")).isEmpty();
    }
}
