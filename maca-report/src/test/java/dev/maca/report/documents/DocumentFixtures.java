package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.DocumentControl;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.audit.ReviewLearning;
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
import dev.maca.panel.Moderation;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import dev.maca.privacy.GuardedAudit;
import dev.maca.privacy.PrivacyGuard;
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
import dev.maca.scope.PreviousReview;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Themes;
import dev.maca.scope.Timeline;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact but complete audit for the document tests: two objectives, three agencies, four candidate families (three
 * selected), returns with judgements that make cases of concern, a divergence and a missing return, the panel's
 * findings, one recommendation with two actions, and learning content.
 */
final class DocumentFixtures {
    static final String FATHERS = "fathers-and-males";
    static final String COVID = "covid-19-impact";
    static final List<String> AGENCY_NAMES = List.of("Police", "Midwifery", "Health Visiting");

    private DocumentFixtures() {}

    static AuditScope scope() {
        return new AuditScope(
                "MACA T1",
                Optional.of("R7"),
                "Seaside Safeguarding Children Partnership",
                "Scope for a multi-agency case audit",
                List.of(
                        "A Rapid Review followed a serious injury to a baby.",
                        "The Executive directed a multi-agency case audit of current practice."),
                "Multi-agency case audits consider:",
                List.of(
                        "The effectiveness of frontline practice",
                        "How well learning from previous reviews is embedded"),
                "The audit will seek to:",
                List.of(
                        new Objective(
                                FATHERS,
                                "Fathers and males in the household",
                                "Understand how professionals consider the risk and protective factors of birth fathers"
                                        + " and males in the household",
                                List.of(Themes.FATHERS_AND_MALES)),
                        new Objective(
                                COVID,
                                "The impact of Covid-19",
                                "Understand the extent to which Covid-19 had an impact on interventions with families",
                                List.of(Themes.COVID_19))),
                new CohortCriteria(
                        3,
                        "A cohort of 3 cases where the following are a feature:",
                        List.of(new FeatureRequirement("Domestic abuse", List.of("domestic-abuse"))),
                        new EngagementRequirement(
                                "engagement with services through 2020",
                                YearMonth.of(2020, 1),
                                YearMonth.of(2020, 12),
                                List.of())),
                "These partners contribute:",
                List.of(
                        new AgencyRequirement("police", "Police"),
                        new AgencyRequirement("midwifery", "Midwifery"),
                        new AgencyRequirement("health-visiting", "Health Visiting")),
                Timeline.of(
                        Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4)),
                        Milestone.inMonth("report", MilestoneKind.REPORT, "Report in May", YearMonth.of(2021, 5)),
                        Milestone.inMonth("seminar", MilestoneKind.SEMINAR, "Seminar in June", YearMonth.of(2021, 6))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL_SENSITIVE);
    }

    static List<CaseRecord> candidates() {
        return List.of(
                family(1, List.of("police", "midwifery", "health-visiting")),
                family(2, List.of("police", "midwifery")),
                family(3, List.of("police", "midwifery", "health-visiting")),
                new CaseRecord(
                        "family-04",
                        "Family 4",
                        List.of(new ChildRecord("Child D", AgeBand.AGE_1_TO_4)),
                        List.of(),
                        List.of(new AdultRecord("Adult D1", AdultRole.MOTHER)),
                        List.of("substance-misuse"),
                        List.of(new AgencyInvolvement("police", YearMonth.of(2020, 3), Optional.empty()))));
    }

    private static CaseRecord family(int n, List<String> agencies) {
        return new CaseRecord(
                "family-0" + n,
                "Family " + n,
                List.of(new ChildRecord("Child " + (char) ('A' + n - 1), AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn " + (char) ('A' + n - 1), YearMonth.of(2020, 9))),
                List.of(
                        new AdultRecord("Adult " + n + "M", AdultRole.MOTHER),
                        new AdultRecord("Adult " + n + "F", AdultRole.BIRTH_FATHER)),
                List.of("domestic-abuse", "maternal-mental-health"),
                agencies.stream()
                        .map(a -> new AgencyInvolvement(a, YearMonth.of(2020, 1), Optional.empty()))
                        .toList());
    }

    static Map<String, AuditTool> tools() {
        Map<String, AuditTool> tools = new LinkedHashMap<>();
        tools.put(
                "police",
                tool(
                        "police",
                        "Police",
                        question(
                                "police-dash",
                                "Was a DASH completed and the father's history checked?",
                                Themes.FATHERS_AND_MALES,
                                ResponseType.EVIDENCED,
                                FATHERS),
                        question(
                                "police-contact",
                                "How was the family seen during the restrictions?",
                                Themes.COVID_19,
                                ResponseType.CONTACT_MODE,
                                COVID)));
        tools.put(
                "midwifery",
                tool(
                        "midwifery",
                        "Midwifery",
                        question(
                                "mw-father",
                                "Is the father's identity and history recorded?",
                                Themes.FATHERS_AND_MALES,
                                ResponseType.EVIDENCED,
                                FATHERS),
                        question(
                                "mw-learning",
                                "Is learning from previous reviews evident?",
                                Themes.LEARNING_FROM_REVIEWS,
                                ResponseType.EVIDENCED,
                                null)));
        tools.put(
                "health-visiting",
                tool(
                        "health-visiting",
                        "Health Visiting",
                        question(
                                "hv-father",
                                "Was the father seen and included?",
                                Themes.FATHERS_AND_MALES,
                                ResponseType.EVIDENCED,
                                FATHERS),
                        question(
                                "hv-contact",
                                "How were mandated contacts made in 2020?",
                                Themes.COVID_19,
                                ResponseType.CONTACT_MODE,
                                COVID)));
        return tools;
    }

    private static ToolQuestion question(String id, String text, String theme, ResponseType type, String objectiveId) {
        return new ToolQuestion(
                new Question(id, text, "Look in the record.", type, true, List.of(theme)),
                objectiveId == null ? List.of() : List.of(objectiveId));
    }

    private static AuditTool tool(String id, String name, ToolQuestion... questions) {
        return new AuditTool("MACA T1", id, name, "1.0", "v-" + id, List.of(questions), List.of());
    }

    static List<AuditReturn> returns() {
        return List.of(
                ret(
                        "family-01",
                        "police",
                        "good",
                        "good",
                        Map.of("police-dash", yes(), "police-contact", contact(ContactMode.VIRTUAL))),
                ret("family-01", "midwifery", "outstanding", "good", Map.of("mw-father", yes(), "mw-learning", yes())),
                ret(
                        "family-01",
                        "health-visiting",
                        "requires-improvement",
                        "good",
                        Map.of("hv-father", rated(EvidenceRating.NO), "hv-contact", contact(ContactMode.MIXED))),
                ret(
                        "family-02",
                        "police",
                        "inadequate",
                        "requires-improvement",
                        Map.of(
                                "police-dash",
                                rated(EvidenceRating.PARTLY),
                                "police-contact",
                                contact(ContactMode.NONE))),
                ret(
                        "family-02",
                        "midwifery",
                        "good",
                        "good",
                        Map.of("mw-father", rated(EvidenceRating.NO), "mw-learning", rated(EvidenceRating.PARTLY))),
                ret(
                        "family-03",
                        "police",
                        "good",
                        "good",
                        Map.of("police-dash", yes(), "police-contact", contact(ContactMode.FACE_TO_FACE))),
                ret("family-03", "midwifery", "good", "outstanding", Map.of("mw-father", yes(), "mw-learning", yes())));
    }

    private static Answer yes() {
        return rated(EvidenceRating.YES);
    }

    private static Answer rated(EvidenceRating rating) {
        return new Answer.Evidenced(rating, "Seen in the record.");
    }

    private static Answer contact(ContactMode mode) {
        return new Answer.Contact(mode, "Seen in the record.");
    }

    private static AuditReturn ret(
            String caseId, String agencyId, String fathers, String covid, Map<String, Answer> answers) {
        return new AuditReturn(
                caseId,
                agencyId,
                "v-" + agencyId,
                LocalDate.of(2021, 4, 20),
                "Safeguarding lead",
                ReturnStatus.COMPLETE,
                List.of(),
                answers,
                Map.of(
                        FATHERS, new Judgement(fathers, "As the record shows."),
                        COVID, new Judgement(covid, "As the record shows.")),
                Optional.of(new Judgement(fathers, "As the record shows.")),
                "The child's days were shaped by the adults' arguments.",
                "Prompt information sharing.",
                "Ask about the father.");
    }

    static List<ObjectiveFindings> findings() {
        return List.of(
                new ObjectiveFindings(
                        FATHERS,
                        Optional.of("requires-improvement"),
                        "Fathers were too often known about but not seen.",
                        List.of(
                                "Where men were engaged, practice was strong.",
                                "In several cases what agencies knew about the father came only from the mother."),
                        List.of("Police checks on new partners."),
                        List.of("See fathers in their own right.")),
                new ObjectiveFindings(
                        COVID,
                        Optional.of("good"),
                        "Agencies adapted well, but virtual contact hid the child.",
                        List.of("Most agencies kept in touch with families throughout the restrictions."),
                        List.of("Health visitors kept face-to-face contact for the most vulnerable."),
                        List.of("Check the child is seen when contact is virtual.")));
    }

    static List<Recommendation> recommendations() {
        return List.of(new Recommendation(
                "R1",
                "Agencies identify, see and assess every man in the household.",
                List.of(FATHERS),
                "Chair, Quality Assurance Subgroup",
                Optional.of(LocalDate.of(2022, 3, 31)),
                Optional.of(ImpactMeasure.ofObjective(FATHERS, 3)),
                List.of(
                        new Action(
                                "1.1",
                                "Add the father's details to the police vulnerability screening.",
                                "Detective Inspector, Public Protection",
                                Optional.of("police"),
                                Optional.of(LocalDate.of(2021, 9, 30)),
                                ActionStatus.AT_RISK,
                                Optional.of(LocalDate.of(2021, 7, 1)),
                                ""),
                        new Action(
                                "1.2",
                                "Record the father's identity at booking.",
                                "Named Midwife for Safeguarding",
                                Optional.of("midwifery"),
                                Optional.of(LocalDate.of(2021, 12, 31)),
                                ActionStatus.NOT_STARTED,
                                Optional.empty(),
                                "A re-audit shows fathers recorded in most bookings."))));
    }

    static List<LearningContent> learning() {
        return List.of(
                new LearningContent(
                        FATHERS,
                        List.of("Most injuries to babies are caused by male carers, yet services often know little"
                                + " about the men in a baby's life."),
                        List.of("Every man in or around the household is identified."),
                        List.of("\"Dad wasn't there\" is a reason to find out more."),
                        List.of("Ask every mother who else lives in or visits the home."),
                        List.of("How many fathers have you met in person?", "What do you know about the men at home?"),
                        List.of(new LearningResource(
                                "The Myth of Invisible Men", "Child Safeguarding Practice Review" + " Panel, 2021"))),
                new LearningContent(
                        COVID,
                        List.of("Virtual contact reduced sight of the child."),
                        List.of(),
                        List.of("A phone call is not a home visit."),
                        List.of("See the child, and the home, whenever you can."),
                        List.of("When did you last see the children you work with?"),
                        List.of()));
    }

    static Audit audit() {
        AuditScope scope = scope().toBuilder()
                .commissioningQuestion(Optional.of("Are the Rapid Review's themes common in current practice?"))
                .previousReviews(List.of(new PreviousReview(
                        "MACA 2019/02",
                        "Multi-agency case audit of domestic abuse in families with babies",
                        2019,
                        List.of("Ask every mother about domestic abuse when she is on her own."))))
                .timeline(Timeline.of(
                        Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4)),
                        Milestone.inMonth("panel", MilestoneKind.PANEL, "Panel in April", YearMonth.of(2021, 4)),
                        Milestone.inMonth("report", MilestoneKind.REPORT, "Report in May", YearMonth.of(2021, 5)),
                        Milestone.inMonth("seminar", MilestoneKind.SEMINAR, "Seminar in June", YearMonth.of(2021, 6)),
                        Milestone.inMonth(
                                "re-audit", MilestoneKind.REAUDIT, "Re-audit in April 2022", YearMonth.of(2022, 4))))
                .build();
        return new Audit(
                scope,
                candidates(),
                returns(),
                panelReviews(),
                List.of(),
                findings(),
                recommendations(),
                learning(),
                Optional.of(
                        new ReportContent(
                                new DocumentControl(
                                        "0.4",
                                        "Partnership Business Manager",
                                        List.of("Business Group members"),
                                        "Not for onward circulation."),
                                List.of(
                                        "The review's themes are common in current practice: the panel found fathers unseen"
                                                + " in two of the three families."),
                                List.of("The panel did not hear from any family's midwife in person."),
                                List.of(
                                        new ReviewLearning(
                                                "MACA 2019/02",
                                                "Mothers were asked about domestic abuse alone in two of the three families.",
                                                "Routine enquiry is now recorded at booking; no change in outcomes can yet be shown.")))));
    }

    /** The panel's review of the three cohort families, Family 1 with a disguised illustration and its voices. */
    static List<PanelReview> panelReviews() {
        return List.of(
                PanelReview.builder("family-01", YearMonth.of(2021, 4))
                        .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                        .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                        .attendee(PanelAttendee.of("midwifery", "Named Midwife for Safeguarding"))
                        .grade(FATHERS, PanelGrade.of("requires-improvement", "The father was seen but not assessed."))
                        .grade(COVID, PanelGrade.of("good", "Contact stayed face to face where it mattered."))
                        .keyLearning("Ask who the men in the household are.")
                        .illustration(BriefFixtures.ILLUSTRATION)
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
                        .build(),
                PanelReview.builder("family-02", YearMonth.of(2021, 4))
                        .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                        .grade(
                                FATHERS,
                                new PanelGrade(
                                        "inadequate",
                                        "No agency saw the father.",
                                        Optional.of(new Moderation(
                                                "Midwifery's Good rested on the booking alone.",
                                                "The panel read both records together and agreed Inadequate."))))
                        .grade(COVID, PanelGrade.of("requires-improvement", "Visits stopped in the first lockdown."))
                        .keyLearning("A name at booking is not knowing the father.")
                        .build(),
                PanelReview.builder("family-03", YearMonth.of(2021, 4))
                        .attendee(PanelAttendee.of("midwifery", "Named Midwife for Safeguarding"))
                        .grade(FATHERS, PanelGrade.of("good", "Both agencies saw and included the father."))
                        .grade(COVID, PanelGrade.of("good", "The family was seen at home throughout."))
                        .keyLearning("Seeing the father together with the mother worked.")
                        .build());
    }

    static GuardedAudit guarded(Audit audit) {
        return PrivacyGuard.builder().build().apply(audit);
    }

    static AnalysedAudit analysed() {
        return AnalysedAudit.of(guarded(audit()), tools());
    }
}
