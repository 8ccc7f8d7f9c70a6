package dev.maca.examples.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.examples.torbay.TorbayAudit;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.report.documents.AgencyFeedbacks;
import dev.maca.report.documents.AnalysedAudit;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.report.documents.LearningBriefs;
import dev.maca.report.documents.MissingContentException;
import dev.maca.report.documents.PanelPacks;
import dev.maca.report.documents.ReportAnnex;
import dev.maca.report.documents.SeminarPack;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Timeline;
import dev.maca.tool.AgencyToolsCheck;
import dev.maca.tool.AuditTool;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.Problem;
import dev.maca.validation.Stage;
import dev.maca.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate --for final-report} reports exactly what the renderers would refuse: for each broken audit (the
 * Torbay audit, built in code, with one thing taken away), every refusal of every document is a validator error with
 * the same path and fix, and the audit validates as soon as the renderers accept it.
 */
@DisplayName("Validation for the final report and the renderers' refusals")
class ValidateMatchesRenderersTest {
    private static AgencyRegistry registry;
    private static Map<String, AuditTool> tools;
    private static Audit torbay;

    @BeforeAll
    static void build() {
        registry = AgencyRegistry.discover();
        tools = TorbayAudit.tools(registry);
        torbay = TorbayAudit.audit(tools);
    }

    private static ValidationReport validate(Audit audit) {
        return AuditValidator.ready(Stage.FINAL_REPORT)
                .with(AgencyToolsCheck.of(registry))
                .validate(audit);
    }

    /** What every renderer of the final-report stage refuses, without laying out a brief that it accepts. */
    private static List<Problem> refusals(Audit audit) {
        AnalysedAudit analysed = AnalysedAudit.of(PrivacyGuard.builder().build().apply(audit), tools);
        List<Runnable> renderers = List.of(
                () -> PanelPacks.of(analysed).all(),
                () -> BusinessGroupReport.of(analysed).toDocument(),
                () -> ReportAnnex.of(analysed).toDocument(),
                () -> AgencyFeedbacks.of(analysed).all(),
                () -> LearningBriefs.of(analysed).all(),
                () -> LearningBriefs.of(analysed).huddles(),
                () -> SeminarPack.of(analysed).toDocument());
        List<Problem> refused = new ArrayList<>();
        for (Runnable renderer : renderers) {
            try {
                renderer.run();
            } catch (MissingContentException e) {
                refused.addAll(e.problems());
            }
        }
        return refused;
    }

    private static Audit withoutMilestone(Audit audit, MilestoneKind kind) {
        List<Milestone> kept = audit.scope().timeline().milestones().stream()
                .filter(m -> m.kind() != kind)
                .toList();
        return audit.withScope(
                audit.scope().toBuilder().timeline(new Timeline(kept)).build());
    }

    private static Audit notApplicableEverywhere(Audit audit, String objectiveId) {
        List<PanelReview> reviews = audit.panelReviews().stream()
                .map(r -> r.toBuilder()
                        .grade(objectiveId, PanelGrade.notApplicable("Not seen in this family."))
                        .build())
                .toList();
        return audit.withPanelReviews(reviews);
    }

    static Stream<Arguments> brokenAudits() {
        String first = "professional-curiosity";
        List<Arguments> cases = List.of(
                Arguments.of("no report month", (UnaryOperator<Audit>) a -> withoutMilestone(a, MilestoneKind.REPORT)),
                Arguments.of("no seminar", (UnaryOperator<Audit>) a -> withoutMilestone(a, MilestoneKind.SEMINAR)),
                Arguments.of(
                        "no findings for an objective", (UnaryOperator<Audit>) a -> a.withFindings(a.findings().stream()
                                .filter(f -> !f.objectiveId().equals(first))
                                .toList())),
                Arguments.of("a key message that names a family", (UnaryOperator<Audit>)
                        a -> a.withFindings(a.findings().stream()
                                .map(f -> f.objectiveId().equals(first) ? named(f, a) : f)
                                .toList())),
                Arguments.of(
                        "no learning content", (UnaryOperator<Audit>) a -> a.withLearning(List.<LearningContent>of())),
                Arguments.of("no recommendations", (UnaryOperator<Audit>) a -> a.withRecommendations(List.of())),
                Arguments.of("an objective not applicable to every family", (UnaryOperator<Audit>)
                        a -> notApplicableEverywhere(a, first)),
                Arguments.of("no panel reviews", (UnaryOperator<Audit>) a -> a.withPanelReviews(List.of())));
        return cases.stream();
    }

    private static ObjectiveFindings named(ObjectiveFindings f, Audit audit) {
        String pseudonym = audit.cohort().cohort().get(0).pseudonym();
        return new ObjectiveFindings(
                f.objectiveId(),
                f.grade(),
                "In " + pseudonym + " the risk was missed.",
                f.narrative(),
                f.goodPractice(),
                f.areasForDevelopment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAudits")
    @DisplayName("every refusal of a renderer is an error of validation for the final report")
    void everyRefusalIsAnError(String name, UnaryOperator<Audit> breakIt) {
        Audit broken = breakIt.apply(torbay);

        List<Problem> refused = refusals(broken);
        List<String> errors = validate(broken).errors().stream()
                .map(p -> p.path() + " | " + p.fix())
                .toList();

        assertThat(refused).as(name + ": the renderers refuse it").isNotEmpty();
        assertThat(refused.stream().map(p -> p.path() + " | " + p.fix()).toList())
                .as(name)
                .allSatisfy(r -> assertThat(errors).contains(r));
    }

    @Test
    @DisplayName("the Torbay audit, which every renderer accepts, has no error and exactly its two warnings")
    void torbayIsReady() {
        ValidationReport report = validate(torbay);

        assertThat(refusals(torbay)).isEmpty();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(Problem::path)
                .containsExactly("/returns/80/independence", "/immediateConcerns/0/status");
        assertThat(Stage.strictestFor(torbay).stage()).isEqualTo(Stage.FINAL_REPORT);
    }
}
