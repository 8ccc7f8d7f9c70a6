package dev.maca.examples.torbay;

import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Governance;
import dev.maca.scope.GradingScale;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Themes;
import dev.maca.scope.Timeline;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Torbay scope for a Multi Agency Case Audit linked with Rapid Review C86, exactly as the partnership's scope
 * document states it, so the worked example starts from the real words a Business Group agreed.
 *
 * <p>Every statement of the scope document appears here word for word. Three things are the example's own, because the
 * document does not state them: the objectives' short titles; the year of the timeline, which the document gives only as
 * months — the example assumes {@value #AUDIT_YEAR_VALUE} (cohort engagement through 2020, audit the following spring);
 * and the grading scale (Ofsted's four points) and report marking (OFFICIAL-SENSITIVE), which are the partnership's
 * usual choices.
 *
 * <p>What the report needs beyond the document is added, not reworded: the commissioning question is the background's
 * own purpose put as a question; the governance names the TSCP Executive that commissioned the audit and the Business
 * Group the timeline reports to; the previous reviews are those of {@link TorbayReviews}; and a re-audit in April
 * 2022 follows the scope's three milestones.
 */
public final class TorbayScope {
    /** The year the timeline's months fall in, as a number; see {@link #AUDIT_YEAR}. */
    public static final int AUDIT_YEAR_VALUE = 2021;

    /**
     * The year the timeline's months fall in. The scope gives only months (April, May, June); the example assumes
     * {@value #AUDIT_YEAR_VALUE}, the spring after the cohort's engagement through 2020.
     */
    public static final Year AUDIT_YEAR = Year.of(AUDIT_YEAR_VALUE);

    /** The audit's reference: the scope names only the review it is linked with, so the example invents no number. */
    public static final String REFERENCE = "MACA (linked with C86)";

    /** The Rapid Review the audit is linked with. */
    public static final String LINKED_REFERENCE = "C86";

    /** The commissioning partnership. */
    public static final String PARTNERSHIP = "Torbay Safeguarding Children Partnership";

    /** The scope's title. */
    public static final String TITLE = "Scope for Multi Agency Case Audit";

    /** Objective 1: professional curiosity where multiple adversities are known. */
    public static final String PROFESSIONAL_CURIOSITY = "professional-curiosity";

    /** Objective 2: birth fathers and males within the household. */
    public static final String FATHERS_AND_MALES = "fathers-and-males";

    /** Objective 3: safety planning for unborn children when an older sibling is the focus. */
    public static final String UNBORN_SAFETY_PLANNING = "unborn-safety-planning";

    /** Objective 4: the Professional Differences Policy and challenge between professionals. */
    public static final String PROFESSIONAL_DIFFERENCES = "professional-differences";

    /** Objective 5: the impact of maternal ill mental health on parenting capacity. */
    public static final String MATERNAL_MENTAL_HEALTH = "maternal-mental-health";

    /** Objective 6: the impact of Covid-19 on interventions and parents' engagement. */
    public static final String COVID_19_IMPACT = "covid-19-impact";

    /** The objective ids in the scope's order. */
    public static final List<String> OBJECTIVE_IDS = List.of(
            PROFESSIONAL_CURIOSITY,
            FATHERS_AND_MALES,
            UNBORN_SAFETY_PLANNING,
            PROFESSIONAL_DIFFERENCES,
            MATERNAL_MENTAL_HEALTH,
            COVID_19_IMPACT);

    /** Case feature: an unborn baby and an older sibling. */
    public static final String UNBORN_AND_OLDER_SIBLING = "unborn-and-older-sibling";

    /** Case feature: domestic abuse. */
    public static final String DOMESTIC_ABUSE = Themes.DOMESTIC_ABUSE;

    /** Case feature: substance misuse. */
    public static final String SUBSTANCE_MISUSE = Themes.SUBSTANCE_MISUSE;

    /** Case feature: maternal ill mental health. */
    public static final String MATERNAL_ILL_MENTAL_HEALTH = Themes.MATERNAL_MENTAL_HEALTH;

    /** Agency id: Children's Services. */
    public static final String CHILDRENS_SERVICES = "childrens-services";

    /** Agency id: Midwifery. */
    public static final String MIDWIFERY = "midwifery";

    /** Agency id: Public Health Nursing – Health Visiting. */
    public static final String HEALTH_VISITING = "health-visiting";

    /** Agency id: Primary Care - GP. */
    public static final String PRIMARY_CARE_GP = "primary-care-gp";

    /** Agency id: Adult Substance Misuse services. */
    public static final String ADULT_SUBSTANCE_MISUSE = "adult-substance-misuse";

    /** Agency id: Adult Mental Health Services. */
    public static final String ADULT_MENTAL_HEALTH = "adult-mental-health";

    /** Agency id: Early Years. */
    public static final String EARLY_YEARS = "early-years";

    /** Agency id: Police. */
    public static final String POLICE = "police";

    /** The agency ids in the scope's order. */
    public static final List<String> AGENCY_IDS = List.of(
            CHILDRENS_SERVICES,
            MIDWIFERY,
            HEALTH_VISITING,
            PRIMARY_CARE_GP,
            ADULT_SUBSTANCE_MISUSE,
            ADULT_MENTAL_HEALTH,
            EARLY_YEARS,
            POLICE);

    /** The first month of the engagement period: "through 2020". */
    public static final YearMonth ENGAGEMENT_FROM = YearMonth.of(2020, 1);

    /** The last month of the engagement period. */
    public static final YearMonth ENGAGEMENT_TO = YearMonth.of(2020, 12);

    private TorbayScope() {}

    /** The scope, every statement word for word as the Torbay scope document gives it. */
    public static AuditScope scope() {
        return new AuditScope(
                REFERENCE,
                Optional.of(LINKED_REFERENCE),
                PARTNERSHIP,
                TITLE,
                List.of(
                        "A Rapid Review (RR) was undertaken following serious injury to an 8 month old baby resulting"
                                + " in 20% burns and a fractured skull.",
                        "Whilst the Rapid Review panel did not make recommendation for a Local Safeguarding Practice"
                                + " Review to be undertaken, the TSCP Executive have directed that a Multi-Agency Case"
                                + " Audit (MACA) be undertaken to establish the extent to which the themes identified"
                                + " within the RR are common to practice across the Partnership at the current time."),
                "Multi-agency case audits consider:",
                List.of(
                        "The effectiveness of frontline practice in protecting children and young people",
                        "How well the learning from previous MACAs, recent SCRs/CSPRs has been embedded and translated"
                                + " into practice",
                        "The impact of that learning on improving outcomes for children and young people"),
                "Based on themes identified within the Rapid Review, the MACA will seek to:",
                objectives(),
                cohortCriteria(),
                "To ensure that the objectives of the audit are effectively met, and to support robust analysis of the"
                        + " cases, there should be contribution from the following partners:",
                agencies(),
                withReaudit(timeline()),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL_SENSITIVE,
                Optional.of(COMMISSIONING_QUESTION),
                governance(),
                TorbayReviews.previousReviews());
    }

    /**
     * The Executive's question, in the words of the scope's background: "to establish the extent to which the themes
     * identified within the RR are common to practice across the Partnership at the current time".
     */
    static final String COMMISSIONING_QUESTION = "To what extent are the themes identified within the Rapid Review"
            + " common to practice across the Partnership at the current time?";

    /**
     * Commissioned by the TSCP Executive, as the scope says; reported to the Business Group, as its timeline says; and
     * approved as a May 2021 paper was under Working Together 2018: by the Business Group, then the Executive, then the
     * three safeguarding partners (the Delegated and Lead Safeguarding Partners of Working Together 2023 came later).
     */
    private static Governance governance() {
        return new Governance(
                "the TSCP Executive",
                "the Business Group",
                List.of(
                        "the Business Group",
                        "the TSCP Executive",
                        "the three safeguarding partners (Torbay Council, NHS Devon CCG and Devon and Cornwall"
                                + " Police)"));
    }

    /**
     * The timeline with the re-audit the recommendations are measured at, in April 2022: within a year of the report,
     * and a year after this audit, so the same months of practice can be compared.
     */
    private static Timeline withReaudit(Timeline timeline) {
        List<Milestone> milestones = new ArrayList<>(timeline.milestones());
        milestones.add(Milestone.inMonth(
                "reaudit",
                MilestoneKind.REAUDIT,
                "Re-audit of 15 families in April 2022 to measure the recommendations' impact, reported to the"
                        + " Business Group in May 2022",
                YearMonth.of(AUDIT_YEAR_VALUE + 1, 4)));
        return new Timeline(milestones);
    }

    private static List<Objective> objectives() {
        return List.of(
                new Objective(
                                PROFESSIONAL_CURIOSITY,
                                "Professional curiosity where there are multiple adversities",
                                "Understand the extent to which professional curiosity effectively considers risk to children"
                                        + " and young people where multiple adversities are known within the family, for"
                                        + " example domestic abuse or substance misuse",
                                List.of(
                                        Themes.PROFESSIONAL_CURIOSITY,
                                        Themes.MULTIPLE_ADVERSITIES,
                                        Themes.DOMESTIC_ABUSE,
                                        Themes.SUBSTANCE_MISUSE))
                        .withQuestion(
                                "When a family lives with domestic abuse, drugs or drink, or poor mental health, do we ask, check and piece together what it means for the child?"),
                new Objective(
                                FATHERS_AND_MALES,
                                "Birth fathers and males in the household",
                                "Understand how professionals consider the risk and protective factors associated with birth"
                                        + " fathers/males within the household",
                                List.of(Themes.FATHERS_AND_MALES))
                        .withQuestion("Do we know, see and check the men in a baby's life, or only hear about them?"),
                new Objective(
                                UNBORN_SAFETY_PLANNING,
                                "Safety planning for unborn babies",
                                "Understand the extent to which safety planning considers risk to unborn children where the"
                                        + " primary focus of an assessment is an older sibling",
                                List.of(Themes.UNBORN_BABY, Themes.SAFETY_PLANNING))
                        .withQuestion(
                                "When our work is about an older brother or sister, do we still see the risk to the baby on the way?"),
                new Objective(
                                PROFESSIONAL_DIFFERENCES,
                                "Professional differences and challenge",
                                "Understand the extent to which the Professional Differences Policy is used to support effective"
                                        + " challenge between professionals, resulting in a positive outcome for children and"
                                        + " young people",
                                List.of(Themes.PROFESSIONAL_CHALLENGE))
                        .withQuestion(
                                "When we disagree with another agency's decision about a child, do we say so and see it through?"),
                new Objective(
                                MATERNAL_MENTAL_HEALTH,
                                "Maternal mental health and parenting capacity",
                                "Understand the extent to which the impact of maternal ill mental health upon parenting"
                                        + " capacity is understood by professionals",
                                List.of(Themes.MATERNAL_MENTAL_HEALTH))
                        .withQuestion(
                                "Do we understand what a mother's mental ill health means for her children's days?"),
                new Objective(
                                COVID_19_IMPACT,
                                "The impact of Covid-19",
                                "Understand the extent to which Covid-19 had an impact on the interventions and engagement by"
                                        + " parents on outcomes for children and young people",
                                List.of(Themes.COVID_19))
                        .withQuestion(
                                "When we could not visit in 2020, did we still see the children and what their lives were like?"));
    }

    private static CohortCriteria cohortCriteria() {
        return new CohortCriteria(
                15,
                "A cohort of 15 cases to be identified where there was engagement with key services through 2020, and"
                        + " the following are a feature:",
                List.of(
                        new FeatureRequirement("An unborn baby & older sibling", List.of(UNBORN_AND_OLDER_SIBLING)),
                        new FeatureRequirement(
                                "Domestic abuse/substance misuse", List.of(DOMESTIC_ABUSE, SUBSTANCE_MISUSE)),
                        new FeatureRequirement("Maternal ill mental health", List.of(MATERNAL_ILL_MENTAL_HEALTH))),
                new EngagementRequirement(
                        "engagement with key services through 2020", ENGAGEMENT_FROM, ENGAGEMENT_TO, AGENCY_IDS));
    }

    private static List<AgencyRequirement> agencies() {
        return List.of(
                new AgencyRequirement(CHILDRENS_SERVICES, "Children's Services"),
                new AgencyRequirement(MIDWIFERY, "Midwifery"),
                new AgencyRequirement(HEALTH_VISITING, "Public Health Nursing – Health Visiting"),
                new AgencyRequirement(PRIMARY_CARE_GP, "Primary Care - GP"),
                new AgencyRequirement(ADULT_SUBSTANCE_MISUSE, "Adult Substance Misuse services"),
                new AgencyRequirement(ADULT_MENTAL_HEALTH, "Adult Mental Health Services"),
                new AgencyRequirement(EARLY_YEARS, "Early Years"),
                new AgencyRequirement(POLICE, "Police"));
    }

    private static Timeline timeline() {
        return Timeline.of(
                Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit to take place in April", AUDIT_YEAR.atMonth(4)),
                Milestone.inMonth(
                        "report-to-business-group",
                        MilestoneKind.REPORT,
                        "Final draft of report presented to the Business Group in May",
                        AUDIT_YEAR.atMonth(5)),
                Milestone.inMonth(
                                "best-practice-seminar",
                                MilestoneKind.SEMINAR,
                                "Best Practice Seminar/Learning to be disseminated in June",
                                AUDIT_YEAR.atMonth(6))
                        .heldOn(AUDIT_YEAR.atMonth(6).atDay(24), seminar()));
    }

    /** The seminar as the partnership would hold it in June 2021: online, a morning, facilitated by role. */
    private static LearningEvent seminar() {
        return new LearningEvent(
                "Best Practice Seminar",
                LocalTime.of(9, 30),
                LocalTime.of(12, 30),
                "Online (Microsoft Teams): the joining link is sent with each booking",
                Optional.empty(),
                List.of(
                        "Partnership Business Manager (chair)",
                        "Designated Nurse for Safeguarding Children (case study and group work)",
                        "Service Manager, Children's Services (what the partnership is doing)",
                        "Named Midwife for Safeguarding (the family's and practitioners' voice)"));
    }
}
