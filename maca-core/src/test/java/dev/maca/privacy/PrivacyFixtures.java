package dev.maca.privacy;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
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
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small audit with no personal data in it (two families, four returns, findings, a recommendation and learning), and
 * ways to put text into one of its fields.
 */
final class PrivacyFixtures {
    /** The names the guard of these tests looks for. */
    static final List<String> NAMES = List.of("Jane Smith", "Jane", "Smith", "Kai O'Brien", "Zoë");
    /** The places the guard of these tests looks for. */
    static final List<String> PLACES = List.of("Riverside Primary School", "Harbour Surgery");

    private PrivacyFixtures() {}

    static PrivacyGuard guard(Policy policy) {
        return PrivacyGuard.builder().names(NAMES).places(PLACES).policy(policy).build();
    }

    static Audit clean() {
        return new Audit(
                scope(),
                List.of(family("family-01", "Family 1"), family("family-02", "Family 2")),
                List.of(
                        policeReturn("family-01"),
                        midwiferyReturn("family-01"),
                        policeReturn("family-02"),
                        midwiferyReturn("family-02")),
                List.of(new ObjectiveFindings(
                        "fathers-and-males",
                        Optional.of("requires-improvement"),
                        "Fathers were too often unseen in April 2020.",
                        List.of(
                                "In most cases the father was not assessed.",
                                "Police shared 3 of 4 notifications within 24 hours.",
                                "Midwives asked about domestic abuse at booking."),
                        List.of("Police recorded fathers."),
                        List.of("Assess fathers, not just the mother."))),
                List.of(new Recommendation(
                        "R1",
                        "Include fathers in pre-birth assessments.",
                        List.of("fathers-and-males"),
                        List.of(new Action(
                                "R1.1",
                                "Train 40 staff on including fathers by September 2021.",
                                "Head of Public Protection",
                                Optional.of("police"),
                                Optional.of(LocalDate.of(2021, 9, 30)),
                                ActionStatus.AT_RISK,
                                Optional.of(LocalDate.of(2021, 6, 1)),
                                "Audit of 10 cases in 2022.")))),
                List.of(new LearningContent(
                        "fathers-and-males",
                        List.of("Men are often invisible to services (The Myth of Invisible Men, 2021)."),
                        List.of("Fathers are seen and assessed."),
                        List.of("Ask who lives in the house."),
                        List.of("Record the father's details."),
                        List.of("Who is the father in your current cases?"),
                        List.of(new LearningResource(
                                "The Myth of Invisible Men", "Child Safeguarding Practice Review Panel, 2021")))));
    }

    static AuditScope scope() {
        return new AuditScope(
                "MACA T1",
                Optional.of("T1"),
                "Test Safeguarding Children Partnership",
                "Scope for a test audit",
                List.of("A Rapid Review after an 8-month-old baby was injured found themes worth testing."),
                "Audits consider:",
                List.of("The effectiveness of frontline practice"),
                "The audit will seek to:",
                List.of(new Objective(
                        "fathers-and-males",
                        "Fathers and males",
                        "Understand how professionals consider fathers.",
                        List.of("fathers-and-males"))),
                new CohortCriteria(
                        2,
                        "Cases where the following are a feature:",
                        List.of(new FeatureRequirement("Domestic abuse", List.of("domestic-abuse"))),
                        new EngagementRequirement(
                                "engagement with key services through 2020",
                                YearMonth.of(2020, 1),
                                YearMonth.of(2020, 12),
                                List.of())),
                "Contributions from:",
                List.of(new AgencyRequirement("police", "Police"), new AgencyRequirement("midwifery", "Midwifery")),
                Timeline.of(Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL);
    }

    static CaseRecord family(String id, String pseudonym) {
        return new CaseRecord(
                id,
                pseudonym,
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 9))),
                List.of(
                        new AdultRecord("Adult 1", AdultRole.MOTHER),
                        new AdultRecord("Adult 2", AdultRole.BIRTH_FATHER)),
                List.of("domestic-abuse"),
                List.of(new AgencyInvolvement("police", YearMonth.of(2020, 3), Optional.empty())));
    }

    static AuditReturn policeReturn(String caseId) {
        var answers = new LinkedHashMap<String, Answer>();
        answers.put("pol-dash", new Answer.Evidenced(EvidenceRating.YES, "DASH completed at each of 3 incidents."));
        answers.put("pol-grade", new Answer.Graded(new Judgement("good", "Consistent in 2020.")));
        return new AuditReturn(
                caseId,
                "police",
                "v1",
                LocalDate.of(2021, 4, 20),
                "Detective Sergeant, Public Protection",
                ReturnStatus.COMPLETE,
                List.of(),
                answers,
                Map.of("fathers-and-males", new Judgement("good", "Father was seen twice.")),
                Optional.of(new Judgement("good", "Overall sound.")),
                "Child A was frightened by shouting at home.",
                "Prompt DASH within 24 hours.",
                "Record the child's voice.");
    }

    static AuditReturn midwiferyReturn(String caseId) {
        var answers = new LinkedHashMap<String, Answer>();
        answers.put("mw-routine-enquiry", new Answer.Evidenced(EvidenceRating.PARTLY, "Asked at booking, 12 weeks."));
        answers.put("mw-contacts", new Answer.Contact(ContactMode.MIXED, "Virtual from March 2020."));
        answers.put("mw-father", new Answer.FreeText("Father's name recorded, history not explored."));
        return new AuditReturn(
                caseId,
                "midwifery",
                "v1",
                LocalDate.of(2021, 4, 22),
                "Named Midwife for Safeguarding",
                ReturnStatus.COMPLETE,
                List.of(),
                answers,
                Map.of("fathers-and-males", new Judgement("requires-improvement", "Father not assessed.")),
                Optional.empty(),
                "Unborn B's needs were considered from 20 weeks.",
                "Whooley questions asked.",
                "Explore the father's history.");
    }

    /** The audit with one return replaced by what {@code change} makes of it. */
    static Audit withReturn(Audit audit, int index, java.util.function.UnaryOperator<AuditReturn> change) {
        var returns = new ArrayList<>(audit.returns());
        returns.set(index, change.apply(returns.get(index)));
        return new Audit(
                audit.scope(),
                audit.candidates(),
                returns,
                audit.findings(),
                audit.recommendations(),
                audit.learning());
    }

    /** The audit with the answer to one question of one return replaced. */
    static Audit withAnswer(Audit audit, int index, String questionId, Answer answer) {
        return withReturn(audit, index, r -> {
            var answers = new LinkedHashMap<>(r.answers());
            answers.put(questionId, answer);
            return copy(r, answers, r.objectiveJudgements(), r.livedExperience());
        });
    }

    /** The audit with the rationale of one objective judgement of one return replaced. */
    static Audit withRationale(Audit audit, int index, String objectiveId, String rationale) {
        return withReturn(audit, index, r -> {
            var judgements = new LinkedHashMap<>(r.objectiveJudgements());
            judgements.put(
                    objectiveId, new Judgement(judgements.get(objectiveId).grade(), rationale));
            return copy(r, r.answers(), judgements, r.livedExperience());
        });
    }

    /** The audit with the lived experience of one return replaced. */
    static Audit withLivedExperience(Audit audit, int index, String text) {
        return withReturn(audit, index, r -> copy(r, r.answers(), r.objectiveJudgements(), text));
    }

    /** The audit with one paragraph of the first findings' narrative replaced. */
    static Audit withNarrative(Audit audit, int paragraph, String text) {
        ObjectiveFindings f = audit.findings().get(0);
        var narrative = new ArrayList<>(f.narrative());
        narrative.set(paragraph, text);
        var findings = List.of(new ObjectiveFindings(
                f.objectiveId(), f.grade(), f.keyMessage(), narrative, f.goodPractice(), f.areasForDevelopment()));
        return new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                findings,
                audit.recommendations(),
                audit.learning());
    }

    /** The audit with the pseudonym of the first child of the first case replaced. */
    static Audit withChildPseudonym(Audit audit, String pseudonym) {
        CaseRecord c = audit.candidates().get(0);
        var child = new ChildRecord(pseudonym, c.children().get(0).ageBand());
        var first = new CaseRecord(
                c.id(), c.pseudonym(), List.of(child), c.unborn(), c.adults(), c.features(), c.involvements());
        return new Audit(
                audit.scope(),
                List.of(first, audit.candidates().get(1)),
                audit.returns(),
                audit.findings(),
                audit.recommendations(),
                audit.learning());
    }

    /** The audit with the action's evidence of impact replaced. */
    static Audit withEvidenceOfImpact(Audit audit, String text) {
        Recommendation r = audit.recommendations().get(0);
        Action a = r.actions().get(0);
        var action = new Action(
                a.ref(), a.text(), a.ownerRole(), a.ownerAgencyId(), a.targetDate(), a.status(), a.lastUpdated(), text);
        var recommendation = new Recommendation(r.id(), r.text(), r.objectiveIds(), List.of(action));
        return new Audit(
                audit.scope(),
                audit.candidates(),
                audit.returns(),
                audit.findings(),
                List.of(recommendation),
                audit.learning());
    }

    /** The audit with its scope's background replaced. */
    static Audit withBackground(Audit audit, String paragraph) {
        AuditScope s = audit.scope();
        var scope = new AuditScope(
                s.reference(),
                s.linkedReference(),
                s.partnership(),
                s.title(),
                List.of(paragraph),
                s.purposeIntroduction(),
                s.purposes(),
                s.objectivesIntroduction(),
                s.objectives(),
                s.cohortCriteria(),
                s.agenciesIntroduction(),
                s.agencies(),
                s.timeline(),
                s.gradingScale(),
                s.reportMarking());
        return new Audit(
                scope,
                audit.candidates(),
                audit.returns(),
                audit.findings(),
                audit.recommendations(),
                audit.learning());
    }

    /** The audit with the case id of the first return replaced (an identifier). */
    static Audit withCaseId(Audit audit, String caseId) {
        return withReturn(audit, 0, r -> r.toBuilder().caseId(caseId).build());
    }

    private static AuditReturn copy(
            AuditReturn r, Map<String, Answer> answers, Map<String, Judgement> judgements, String livedExperience) {
        return r.toBuilder()
                .answers(answers)
                .objectiveJudgements(judgements)
                .livedExperience(livedExperience)
                .build();
    }
}
