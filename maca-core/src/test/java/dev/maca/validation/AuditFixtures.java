package dev.maca.validation;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.LearningContent;
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
import dev.maca.cohort.UnbornRecord;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Timeline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small valid audit (two objectives, two agencies, three candidates of which two are selected) to vary in tests. */
final class AuditFixtures {
    private AuditFixtures() {}

    static AuditScope scope(int targetSize) {
        return new AuditScope(
                "MACA T1",
                Optional.of("T1"),
                "Test Safeguarding Children Partnership",
                "Scope for a test audit",
                List.of("A review found themes worth testing."),
                "Audits consider:",
                List.of("The effectiveness of frontline practice"),
                "The audit will seek to:",
                List.of(
                        new Objective(
                                "fathers-and-males",
                                "Fathers and males",
                                "Understand how professionals consider fathers.",
                                List.of("fathers-and-males")),
                        new Objective(
                                "covid-19-impact",
                                "Covid-19",
                                "Understand the impact of Covid-19.",
                                List.of("covid-19"))),
                new CohortCriteria(
                        targetSize,
                        "Cases where the following are a feature:",
                        List.of(
                                new FeatureRequirement("An unborn baby & older sibling", List.of("unborn-and-sibling")),
                                new FeatureRequirement(
                                        "Domestic abuse/substance misuse",
                                        List.of("domestic-abuse", "substance-misuse"))),
                        new EngagementRequirement(
                                "engagement with key services through 2020",
                                YearMonth.of(2020, 1),
                                YearMonth.of(2020, 12),
                                List.of())),
                "Contributions from:",
                List.of(new AgencyRequirement("police", "Police"), new AgencyRequirement("midwifery", "Midwifery")),
                Timeline.of(
                        Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4)),
                        Milestone.inMonth("report", MilestoneKind.REPORT, "Report in May", YearMonth.of(2021, 5)),
                        Milestone.inMonth(
                                "re-audit", MilestoneKind.REAUDIT, "Re-audit in April 2022", YearMonth.of(2022, 4))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL_SENSITIVE);
    }

    static CaseRecord family(String id, String pseudonym, List<String> features, AgencyInvolvement... involvements) {
        return new CaseRecord(
                id,
                pseudonym,
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 9))),
                List.of(
                        new AdultRecord("Adult 1", AdultRole.MOTHER),
                        new AdultRecord("Adult 2", AdultRole.BIRTH_FATHER)),
                features,
                List.of(involvements));
    }

    static AgencyInvolvement involved(String agencyId, YearMonth from) {
        return new AgencyInvolvement(agencyId, from, Optional.empty());
    }

    static List<CaseRecord> candidates() {
        return List.of(
                family(
                        "family-01",
                        "Family 1",
                        List.of("unborn-and-sibling", "domestic-abuse"),
                        involved("police", YearMonth.of(2019, 6)),
                        involved("midwifery", YearMonth.of(2020, 2))),
                family(
                        "family-02",
                        "Family 2",
                        List.of("unborn-and-sibling", "substance-misuse"),
                        involved("police", YearMonth.of(2020, 3))),
                family("family-03", "Family 3", List.of("domestic-abuse"), involved("police", YearMonth.of(2020, 3))));
    }

    static AuditReturn policeReturn(String caseId, String grade) {
        return new AuditReturn(
                caseId,
                "police",
                "v1",
                LocalDate.of(2021, 4, 20),
                "Detective Sergeant, Public Protection",
                ReturnStatus.COMPLETE,
                List.of(),
                Map.of(
                        "pol-dash",
                        new Answer.Evidenced(EvidenceRating.YES, "DASH completed at each incident."),
                        "pol-grade",
                        new Answer.Graded(new Judgement(grade, "Consistent."))),
                Map.of("fathers-and-males", new Judgement(grade, "Father was seen.")),
                Optional.of(new Judgement(grade, "Overall sound.")),
                "Child A was frightened by shouting at home.",
                "Prompt DASH.",
                "Record the child's voice.");
    }

    static Recommendation recommendation(Action... actions) {
        return new Recommendation(
                "R1", "Include fathers in assessments.", List.of("fathers-and-males"), List.of(actions));
    }

    /** The recommendation made SMART: an owner's role, a target date and a measure of impact. */
    static Recommendation smart(Recommendation r) {
        return new Recommendation(
                r.id(),
                r.text(),
                r.objectiveIds(),
                "Chair, Quality Assurance Subgroup",
                Optional.of(LocalDate.of(2022, 3, 31)),
                Optional.of(ImpactMeasure.ofObjective("fathers-and-males", 2)),
                r.actions());
    }

    static Action action(String ref, Optional<String> owner, Optional<LocalDate> date) {
        return new Action(
                ref,
                "Train staff on including fathers.",
                owner.isPresent() ? "Head of Public Protection" : "",
                owner,
                date,
                ActionStatus.NOT_STARTED,
                Optional.empty(),
                "");
    }

    /** A complete review of a cohort family: both objectives graded, the family and the practitioners heard. */
    static PanelReview review(String caseId, String fathersGrade) {
        return PanelReview.builder(caseId, YearMonth.of(2021, 4))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                .attendee(PanelAttendee.of("midwifery", "Named Midwife for Safeguarding"))
                .grade("fathers-and-males", PanelGrade.of(fathersGrade, "The father was seen but not assessed."))
                .grade("covid-19-impact", PanelGrade.notApplicable("No agency's contact fell in the restrictions."))
                .keyLearning("Ask who the men in the household are.")
                .familyVoice(new FamilyVoice(
                        true,
                        "Invited by letter from the partnership.",
                        Consent.GIVEN,
                        List.of(new FamilyConversation("Mother", "Independent reviewer")),
                        "Mother said the midwife listened.",
                        "",
                        ""))
                .practitionerVoice(new PractitionerVoice(
                        List.of(new PractitionerConversation("police", "Response officer")),
                        "Knowing the midwife by name.",
                        "No time to read the history.",
                        ""))
                .build();
    }

    /** The report's own content, complete: document control and the conclusion. */
    static ReportContent reportContent() {
        return new ReportContent(
                new DocumentControl("1.0", "Partnership Business Manager", List.of("Business Group members"), ""),
                List.of("The themes of the review are common in current practice."),
                List.of(),
                List.of());
    }

    static Audit valid() {
        return plan().withReport(reportContent());
    }

    private static Audit plan() {
        return new Audit(
                scope(2),
                candidates(),
                List.of(policeReturn("family-01", "good"), policeReturn("family-02", "requires-improvement")),
                List.of(review("family-01", "good"), review("family-02", "requires-improvement")),
                List.of(),
                List.of(new ObjectiveFindings(
                        "fathers-and-males",
                        Optional.of("requires-improvement"),
                        "Fathers are too often unseen.",
                        List.of("In most cases the father was not assessed."),
                        List.of("Police recorded fathers."),
                        List.of("Assess fathers."))),
                List.of(smart(
                        recommendation(action("R1.1", Optional.of("police"), Optional.of(LocalDate.of(2021, 9, 30)))))),
                List.of(new LearningContent(
                        "fathers-and-males",
                        List.of("Men are often invisible to services."),
                        List.of("Fathers are seen and assessed."),
                        List.of("Ask who lives in the house."),
                        List.of("Record the father's details."),
                        List.of("Who is the father in your current cases?"),
                        List.of())));
    }
}
