package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Torbay scope reproduces every fact of the seed document, word for word. */
@DisplayName("The Torbay scope")
class TorbayScopeTest {
    private final AuditScope scope = TorbayAudit.scope();

    @Test
    @DisplayName("names the partnership, the title, and the review it is linked with, inventing no number")
    void identity() {
        assertThat(scope.partnership()).isEqualTo("Torbay Safeguarding Children Partnership");
        assertThat(scope.title()).isEqualTo("Scope for Multi Agency Case Audit");
        assertThat(scope.linkedReference()).contains("C86");
        assertThat(scope.reference()).isEqualTo("MACA (linked with C86)");
    }

    @Test
    @DisplayName("gives the background in the seed's two paragraphs")
    void background() {
        assertThat(scope.background())
                .containsExactly(
                        "A Rapid Review (RR) was undertaken following serious injury to an 8 month old baby resulting"
                                + " in 20% burns and a fractured skull.",
                        "Whilst the Rapid Review panel did not make recommendation for a Local Safeguarding Practice"
                                + " Review to be undertaken, the TSCP Executive have directed that a Multi-Agency Case"
                                + " Audit (MACA) be undertaken to establish the extent to which the themes identified"
                                + " within the RR are common to practice across the Partnership at the current time.");
    }

    @Test
    @DisplayName("states the purpose of the MACA with its introduction")
    void purposes() {
        assertThat(scope.purposeIntroduction()).isEqualTo("Multi-agency case audits consider:");
        assertThat(scope.purposes())
                .containsExactly(
                        "The effectiveness of frontline practice in protecting children and young people",
                        "How well the learning from previous MACAs, recent SCRs/CSPRs has been embedded and translated"
                                + " into practice",
                        "The impact of that learning on improving outcomes for children and young people");
    }

    @Test
    @DisplayName("states the six objectives verbatim, with their fixed ids and themes")
    void objectives() {
        assertThat(scope.objectivesIntroduction())
                .isEqualTo("Based on themes identified within the Rapid Review, the MACA will seek to:");
        assertThat(scope.objectives())
                .extracting(Objective::id, Objective::statement, Objective::themes)
                .containsExactly(
                        objective(
                                "professional-curiosity",
                                "Understand the extent to which professional curiosity effectively considers risk to"
                                        + " children and young people where multiple adversities are known within the"
                                        + " family, for example domestic abuse or substance misuse",
                                "professional-curiosity",
                                "multiple-adversities",
                                "domestic-abuse",
                                "substance-misuse"),
                        objective(
                                "fathers-and-males",
                                "Understand how professionals consider the risk and protective factors associated with"
                                        + " birth fathers/males within the household",
                                "fathers-and-males"),
                        objective(
                                "unborn-safety-planning",
                                "Understand the extent to which safety planning considers risk to unborn children where"
                                        + " the primary focus of an assessment is an older sibling",
                                "unborn-baby",
                                "safety-planning"),
                        objective(
                                "professional-differences",
                                "Understand the extent to which the Professional Differences Policy is used to support"
                                        + " effective challenge between professionals, resulting in a positive outcome"
                                        + " for children and young people",
                                "professional-challenge"),
                        objective(
                                "maternal-mental-health",
                                "Understand the extent to which the impact of maternal ill mental health upon parenting"
                                        + " capacity is understood by professionals",
                                "maternal-mental-health"),
                        objective(
                                "covid-19-impact",
                                "Understand the extent to which Covid-19 had an impact on the interventions and"
                                        + " engagement by parents on outcomes for children and young people",
                                "covid-19"));
    }

    @Test
    @DisplayName("gives every objective a short title for headings")
    void objectiveTitles() {
        assertThat(scope.objectives()).allSatisfy(o -> assertThat(o.title())
                .isNotBlank()
                .hasSizeLessThan(o.statement().length()));
    }

    @Test
    @DisplayName("identifies a cohort of 15 by the seed's three features and engagement through 2020")
    void cohortCriteria() {
        CohortCriteria criteria = scope.cohortCriteria();
        assertThat(criteria.targetSize()).isEqualTo(15);
        assertThat(criteria.introduction())
                .isEqualTo("A cohort of 15 cases to be identified where there was engagement with key services"
                        + " through 2020, and the following are a feature:");
        assertThat(criteria.features())
                .containsExactly(
                        new FeatureRequirement("An unborn baby & older sibling", List.of("unborn-and-older-sibling")),
                        new FeatureRequirement(
                                "Domestic abuse/substance misuse", List.of("domestic-abuse", "substance-misuse")),
                        new FeatureRequirement("Maternal ill mental health", List.of("maternal-mental-health")));
        assertThat(criteria.engagement().description()).isEqualTo("engagement with key services through 2020");
        assertThat(criteria.engagement().from()).isEqualTo(YearMonth.of(2020, 1));
        assertThat(criteria.engagement().to()).isEqualTo(YearMonth.of(2020, 12));
        assertThat(criteria.engagement().keyServices()).isEqualTo(scope.agencyIds());
    }

    @Test
    @DisplayName("asks the eight partners the seed names to contribute, in its order and words")
    void agencies() {
        assertThat(scope.agenciesIntroduction())
                .isEqualTo("To ensure that the objectives of the audit are effectively met, and to support robust"
                        + " analysis of the cases, there should be contribution from the following partners:");
        assertThat(scope.agencies())
                .containsExactly(
                        new AgencyRequirement("childrens-services", "Children's Services"),
                        new AgencyRequirement("midwifery", "Midwifery"),
                        new AgencyRequirement("health-visiting", "Public Health Nursing – Health Visiting"),
                        new AgencyRequirement("primary-care-gp", "Primary Care - GP"),
                        new AgencyRequirement("adult-substance-misuse", "Adult Substance Misuse services"),
                        new AgencyRequirement("adult-mental-health", "Adult Mental Health Services"),
                        new AgencyRequirement("early-years", "Early Years"),
                        new AgencyRequirement("police", "Police"));
    }

    @Test
    @DisplayName("keeps the seed's timeline in April, May and June of the assumed year 2021")
    void timeline() {
        assertThat(TorbayScope.AUDIT_YEAR.getValue()).isEqualTo(2021);
        assertThat(scope.timeline().milestones())
                .filteredOn(m -> m.kind() != MilestoneKind.REAUDIT) // the example's own; see TorbayReportTest
                .extracting(Milestone::kind, Milestone::description, Milestone::month)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                MilestoneKind.AUDIT, "Audit to take place in April", YearMonth.of(2021, 4)),
                        org.assertj.core.groups.Tuple.tuple(
                                MilestoneKind.REPORT,
                                "Final draft of report presented to the Business Group in May",
                                YearMonth.of(2021, 5)),
                        org.assertj.core.groups.Tuple.tuple(
                                MilestoneKind.SEMINAR,
                                "Best Practice Seminar/Learning to be disseminated in June",
                                YearMonth.of(2021, 6)));
        assertThat(scope.timeline().milestones())
                .filteredOn(m -> m.kind() != MilestoneKind.SEMINAR) // the seminar's day is the example's own
                .allSatisfy(m -> assertThat(m.date()).isEqualTo(Optional.empty()));
    }

    @Test
    @DisplayName("grades on the Ofsted scale and marks the report OFFICIAL-SENSITIVE")
    void gradingAndMarking() {
        assertThat(scope.gradingScale()).isEqualTo(GradingScale.ofsted());
        assertThat(scope.reportMarking()).isEqualTo(ProtectiveMarking.OFFICIAL_SENSITIVE);
    }

    private static org.assertj.core.groups.Tuple objective(String id, String statement, String... themes) {
        return org.assertj.core.groups.Tuple.tuple(id, statement, List.of(themes));
    }
}
