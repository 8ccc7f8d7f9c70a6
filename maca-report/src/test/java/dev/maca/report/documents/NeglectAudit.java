package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Themes;
import dev.maca.scope.Timeline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second audit shaped nothing like Torbay's, for the writing rules: a thematic audit of neglect in primary-age
 * children in 2025, on a RAG scale, with four objectives and none about Covid-19, linked with no review and naming no
 * previous review, reported as OFFICIAL.
 */
public final class NeglectAudit {
    static final String SEEN = "child-seen";
    static final String HOME = "home-conditions";
    static final String HEALTH = "health-needs";
    static final String SCHOOL = "school-attendance";
    static final List<String> OBJECTIVES = List.of(SEEN, HOME, HEALTH, SCHOOL);

    private NeglectAudit() {}

    static AuditScope scope() {
        return AuditScope.builder()
                .reference("MACA 2025/03")
                .partnership("Riverside Safeguarding Children Partnership")
                .title("Thematic audit of neglect in primary-age children")
                .background(List.of("The partnership's neglect strategy asks for a yearly audit of practice."))
                .purposes(List.of("How well agencies recognise and respond to neglect of primary-age children"))
                .objectives(List.of(
                        new Objective(
                                SEEN,
                                "Seeing the child",
                                "Understand whether each child was seen and heard.",
                                List.of(Themes.VOICE_OF_THE_CHILD)),
                        new Objective(
                                HOME,
                                "Home conditions",
                                "Understand how home conditions were assessed.",
                                List.of(Themes.MULTIPLE_ADVERSITIES)),
                        new Objective(
                                HEALTH,
                                "Health needs",
                                "Understand whether health needs were met.",
                                List.of(Themes.INFORMATION_SHARING)),
                        new Objective(
                                SCHOOL,
                                "School attendance",
                                "Understand how absence from school was followed up.",
                                List.of(Themes.PROFESSIONAL_CURIOSITY))))
                .cohortCriteria(new CohortCriteria(
                        3,
                        "Children aged 5 to 11 open to services for neglect:",
                        List.of(new FeatureRequirement("Neglect", List.of("neglect"))),
                        new EngagementRequirement(
                                "open to services in 2025", YearMonth.of(2025, 1), YearMonth.of(2025, 9), List.of())))
                .agencies(List.of(
                        new AgencyRequirement("childrens-services", "Children's Services"),
                        new AgencyRequirement("education", "Education"),
                        new AgencyRequirement("school-nursing", "School Nursing")))
                .timeline(Timeline.of(
                        Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in October", YearMonth.of(2025, 10)),
                        Milestone.inMonth("panel", MilestoneKind.PANEL, "Panel in November", YearMonth.of(2025, 11)),
                        Milestone.inMonth("report", MilestoneKind.REPORT, "Report in January", YearMonth.of(2026, 1)),
                        Milestone.inMonth(
                                "event",
                                MilestoneKind.SEMINAR,
                                "Learning event for practitioners",
                                YearMonth.of(2026, 2)),
                        Milestone.inMonth("re-audit", MilestoneKind.REAUDIT, "Re-audit", YearMonth.of(2026, 11))))
                .gradingScale(GradingScale.rag())
                .reportMarking(ProtectiveMarking.OFFICIAL)
                .build();
    }

    static List<CaseRecord> families() {
        return List.of(family(1), family(2), family(3));
    }

    private static CaseRecord family(int n) {
        return new CaseRecord(
                "family-" + n,
                "Family " + (char) ('K' + n),
                List.of(new ChildRecord("Child " + n, AgeBand.AGE_5_TO_10)),
                List.of(),
                List.of(new AdultRecord("Adult " + n, AdultRole.MOTHER)),
                List.of("neglect"),
                List.of(
                        new AgencyInvolvement("childrens-services", YearMonth.of(2025, 1), Optional.empty()),
                        new AgencyInvolvement("education", YearMonth.of(2025, 1), Optional.empty())));
    }

    private static AuditReturn ret(String caseId, String agencyId, String grade) {
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        OBJECTIVES.forEach(o -> judgements.put(o, new Judgement(grade, "As the record shows.")));
        return new AuditReturn(
                caseId,
                agencyId,
                "v-" + agencyId,
                LocalDate.of(2025, 10, 14),
                "Designated safeguarding lead",
                ReturnStatus.COMPLETE,
                List.of(),
                Map.of(),
                judgements,
                Optional.of(new Judgement(grade, "As shown.")),
                "The child came to school hungry on Mondays.",
                "The class teacher noticed and told the DSL.",
                "Share attendance concerns with the social worker.");
    }

    private static PanelReview review(String caseId, String... grades) {
        PanelReview.Builder builder = PanelReview.builder(caseId, YearMonth.of(2025, 11))
                .attendee(PanelAttendee.partnership("Neglect Lead (chair)"))
                .attendee(PanelAttendee.of("education", "Designated Safeguarding Lead"))
                .keyLearning("Attendance is a welfare question, not only an education one.");
        for (int i = 0; i < OBJECTIVES.size(); i++) {
            builder.grade(OBJECTIVES.get(i), PanelGrade.of(grades[i], "The records agree on what was seen."));
        }
        return builder.build();
    }

    public static Audit audit() {
        List<ObjectiveFindings> findings = OBJECTIVES.stream()
                .map(o -> new ObjectiveFindings(
                        o,
                        Optional.empty(),
                        "The panel's key message for " + o + ".",
                        List.of("What the panel found for " + o + "."),
                        List.of("Good practice for " + o + "."),
                        List.of("Development for " + o + ".")))
                .toList();
        Recommendation recommendation = new Recommendation(
                "R1",
                "Agencies see every child on their own at each visit.",
                List.of(SEEN),
                "Chair, Neglect Subgroup",
                Optional.of(LocalDate.of(2026, 6, 30)),
                Optional.of(ImpactMeasure.ofObjective(SEEN, 3)),
                List.of(new Action(
                        "R1.1",
                        "Add seeing the child alone to the visit record.",
                        "Service Manager, Children's Services",
                        Optional.of("childrens-services"),
                        Optional.of(LocalDate.of(2026, 3, 31)),
                        ActionStatus.NOT_STARTED,
                        Optional.empty(),
                        "")));
        return new Audit(
                scope(),
                families(),
                List.of(
                        ret("family-1", "childrens-services", "green"),
                        ret("family-1", "education", "green"),
                        ret("family-2", "childrens-services", "amber"),
                        ret("family-2", "education", "green"),
                        ret("family-3", "childrens-services", "red"),
                        ret("family-3", "education", "amber")),
                List.of(
                        review("family-1", "green", "green", "amber", "green"),
                        review("family-2", "amber", "red", "amber", "green"),
                        review("family-3", "red", "red", "amber", "amber")),
                List.of(),
                findings,
                List.of(recommendation),
                List.of(),
                Optional.of(new ReportContent(
                        new DocumentControl("1.0", "Partnership Business Manager", List.of("Neglect Subgroup"), ""),
                        List.of("Neglect of primary-age children is recognised but not always acted on quickly."),
                        List.of(),
                        List.of())));
    }
}
