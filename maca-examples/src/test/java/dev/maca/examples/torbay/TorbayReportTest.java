package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.FamilyCount;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.audit.ReviewLearning;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.PreviousReview;
import dev.maca.tool.AuditTool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the partnership wrote for its report: SMART recommendations, the conclusion and the previous reviews. */
@DisplayName("The Torbay report content")
class TorbayReportTest {
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(many|few|rarely|most|often|usually|several|some|a similar number|minority|majority)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The roles that own the partnership's own work, which no single agency carries out. */
    private static final Set<String> PARTNERSHIP_ROLES = Set.of(
            TorbayRecommendations.BUSINESS_MANAGER,
            TorbayRecommendations.POLICY_CHAIR,
            TorbayRecommendations.DESIGNATED_NURSE);

    private static Audit audit;
    private static PanelAnalysis panel;

    @BeforeAll
    static void analyse() {
        Map<String, AuditTool> tools = TorbayAudit.tools(AgencyRegistry.discover());
        audit = TorbayAudit.audit(tools);
        panel = AuditAnalysis.of(audit, tools).panel();
    }

    @Test
    @DisplayName("measure every recommendation against a baseline from this audit that is below its target")
    void measuresAboveBaseline() {
        assertThat(audit.recommendations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.measure()).as("%s has a measure", r.id()).isPresent();
            FamilyCount baseline = panel.baseline(r.measure().get()).orElseThrow();
            assertThat(r.measure().get().targetFamilies())
                    .as("%s's target against its baseline of %s", r.id(), baseline)
                    .isGreaterThan(baseline.count())
                    .isLessThanOrEqualTo(baseline.families());
        });
    }

    @Test
    @DisplayName("give every recommendation an owner by role and a date before the re-audit is reported")
    void smartRecommendations() {
        assertThat(audit.recommendations()).allSatisfy(r -> {
            assertThat(r.ownerRole()).isNotBlank();
            assertThat(r.targetDate()).get().satisfies(d -> assertThat(d)
                    .isBetween(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 5, 31)));
        });
        assertThat(audit.recommendations())
                .flatExtracting(Recommendation::objectiveIds)
                .containsAll(TorbayScope.OBJECTIVE_IDS);
    }

    @Test
    @DisplayName("cover the voice of the child, safer sleep, men's information in adult services and a re-audit")
    void missingRecommendationsAdded() {
        List<String> texts =
                audit.recommendations().stream().map(Recommendation::text).toList();
        assertThat(texts)
                .anySatisfy(t -> assertThat(t).contains("what life is like for each child"))
                .anySatisfy(t -> assertThat(t).contains("safer sleep", "ICON"))
                .anySatisfy(t -> assertThat(t).contains("expecting a baby", "the GP", "the midwife"))
                .anySatisfy(t -> assertThat(t).contains("re-audit 15 families"))
                .anySatisfy(t -> assertThat(t).contains("log every escalation", "each quarter"))
                .anySatisfy(t -> assertThat(t).contains("service-disruption standard"));
    }

    @Test
    @DisplayName("leave every action Not started and never updated, as at the May 2021 Business Group")
    void actionsNotStarted() {
        assertThat(actions()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.NOT_STARTED);
            assertThat(a.lastUpdated()).isEmpty();
        });
    }

    @Test
    @DisplayName("name one agency only for single-agency work, and an owner's role for every action")
    void actionOwners() {
        assertThat(actions()).allSatisfy(a -> {
            assertThat(a.ownerRole()).isNotBlank().isNotIn(TorbayScope.AGENCY_IDS);
            if (PARTNERSHIP_ROLES.contains(a.ownerRole())) {
                assertThat(a.ownerAgencyId())
                        .as("%s is partnership work", a.ref())
                        .isEmpty();
            } else {
                assertThat(a.ownerAgencyId())
                        .as("%s is one agency's work", a.ref())
                        .get()
                        .isIn(TorbayScope.AGENCY_IDS);
            }
        });
    }

    @Test
    @DisplayName(
            "date every action after the June seminar and measure its evidence in a count or a check of every case")
    void actionDatesAndEvidence() {
        LocalDate seminarEnd = audit.scope()
                .timeline()
                .first(MilestoneKind.SEMINAR)
                .orElseThrow()
                .dueBy();
        assertThat(actions()).allSatisfy(a -> {
            assertThat(a.targetDate())
                    .get()
                    .satisfies(d -> assertThat(d).isAfter(seminarEnd).isBefore(LocalDate.of(2022, 6, 1)));
            assertThat(a.evidenceOfImpact()).containsPattern("\\d|\\bevery\\b");
        });
    }

    @Test
    @DisplayName("plan a re-audit within twelve months of the report to the Business Group")
    void reauditWithinAYear() {
        Milestone report = audit.scope().timeline().first(MilestoneKind.REPORT).orElseThrow();
        Milestone reaudit =
                audit.scope().timeline().first(MilestoneKind.REAUDIT).orElseThrow();
        assertThat(reaudit.month())
                .isAfter(report.month())
                .isBeforeOrEqualTo(report.month().plusMonths(12));
    }

    @Test
    @DisplayName(
            "answer the Executive's question in two or three paragraphs, with the panel's counts and no vague words")
    void conclusion() {
        ReportContent content = audit.report().orElseThrow();
        assertThat(content.conclusion()).hasSizeBetween(2, 3).noneMatch(p -> VAGUE.matcher(p)
                .find());
        String all = String.join(" ", content.conclusion());
        int menBelow = panel.objective(TorbayScope.FATHERS_AND_MALES)
                .orElseThrow()
                .belowExpected()
                .count();
        int curiosityBelow = panel.objective(TorbayScope.PROFESSIONAL_CURIOSITY)
                .orElseThrow()
                .belowExpected()
                .count();
        int unbornMet = panel.objective(TorbayScope.UNBORN_SAFETY_PLANNING)
                .orElseThrow()
                .atOrAboveExpected()
                .count();
        var unbornAssessed = panel.measure("unborn-risk-assessed-separately").orElseThrow();
        var birthPlan = panel.measure("birth-plan-in-place").orElseThrow();
        assertThat(all)
                .contains("In " + menBelow + " of the 15 families the men in the household")
                .contains("In " + curiosityBelow + " agencies did not put together")
                .contains("graded planning for the unborn baby Good in " + unbornMet + " families")
                .contains("assessed in its own right in "
                        + unbornAssessed.anyAgency().count() + " of the "
                        + (15
                                - unbornAssessed.notAsked().count()
                                - unbornAssessed.notApplicable().count())
                        + " families where agencies were asked")
                .contains("no agency's birth plan with a contingency in "
                        + birthPlan.noAgency().count())
                .contains(panel.concerns().total() + " immediate concerns raised, "
                        + panel.concerns().closed() + " are closed");
    }

    @Test
    @DisplayName("name only reviews published before June 2021, and say for each what was embedded and its impact")
    void previousReviews() {
        List<PreviousReview> reviews = audit.scope().previousReviews();
        assertThat(reviews).hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> {
            assertThat(r.year()).isLessThanOrEqualTo(2020);
            assertThat(r.keyMessages()).isNotEmpty();
        });
        assertThat(audit.report().orElseThrow().reviewLearning())
                .extracting(ReviewLearning::reference)
                .containsExactlyInAnyOrderElementsOf(
                        reviews.stream().map(PreviousReview::reference).toList());
        assertThat(audit.report().orElseThrow().reviewLearning()).allSatisfy(l -> {
            assertThat(l.embedded()).containsPattern("\\d+ of the 15 families");
            assertThat(l.embedded() + l.impact()).doesNotContainPattern(VAGUE.pattern());
        });
    }

    @Test
    @DisplayName(
            "carry the Executive's commission, the Business Group and the approval route to the safeguarding partners")
    void governance() {
        assertThat(audit.scope().governance().commissionedBy()).isEqualTo("the TSCP Executive");
        assertThat(audit.scope().governance().approvalRoute())
                .containsExactly(
                        "the Business Group",
                        "the TSCP Executive",
                        "the three safeguarding partners (Torbay Council, NHS Devon CCG and Devon and Cornwall"
                                + " Police)");
        assertThat(audit.scope().commissioningQuestion()).get().asString().contains("common to practice");
        assertThat(audit.report().orElseThrow().control().handling()).startsWith("Not for onward circulation");
    }

    private static List<Action> actions() {
        return audit.recommendations().stream()
                .flatMap(r -> r.actions().stream())
                .toList();
    }
}
