package dev.maca.json;

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
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.cohort.UnbornRecord;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ChildExperience;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Governance;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.PreviousReview;
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
 * An invented, pseudonymised mini audit for the JSON tests: every kind of answer, every optional value both present and
 * absent, and (across {@link #rich()} and {@link #minimal()}) every value of every enum. No real person, place or case.
 */
final class SampleAudit {
    static final String DA = "domestic-abuse";
    static final String MALES = "fathers-and-males";
    static final String COVID = "covid-19";

    private SampleAudit() {}

    /** The whole mini audit: three objectives, four candidates, four returns, findings, a recommendation, learning. */
    static Audit rich() {
        return plan().withReport(new ReportContent(
                new DocumentControl(
                        "0.3",
                        "Partnership Business Manager",
                        List.of("Practice Review Group members", "Delegated Safeguarding Partners"),
                        "Not for onward circulation without the Business Manager's agreement."),
                List.of("The review's themes are common in current practice."),
                List.of("Two of the returns were completed by the practitioner's own manager."),
                List.of(new ReviewLearning(
                        "MACA 2019/01",
                        "Siblings were seen in two of the three families.",
                        "No difference can yet be shown: the practice audited began a year after that audit."))));
    }

    private static Audit plan() {
        return new Audit(
                scope(),
                List.of(family1(), family2(), family3(), family4()),
                List.of(policeReturn(), midwiferyReturn(), healthVisitingReturn(), gpIncompleteReturn()),
                List.of(family1Review()),
                List.of(
                        new ImmediateConcern(
                                "ic-01",
                                "family-01",
                                LocalDate.of(2021, 4, 14),
                                ConcernSource.RETURN,
                                Optional.of("police"),
                                "Adult 2 is back in the home although bail conditions bar him from it.",
                                "The auditor told the police public protection unit the same day.",
                                List.of(
                                        "Detective Inspector, Public Protection",
                                        "Duty team manager, Children's Services"),
                                "Detective Inspector, Public Protection",
                                ConcernStatus.CLOSED,
                                "Bail conditions enforced; a strategy discussion was held and the plan updated.",
                                Optional.of(LocalDate.of(2021, 4, 16))),
                        new ImmediateConcern(
                                "ic-02",
                                "family-03",
                                LocalDate.of(2021, 5, 6),
                                ConcernSource.PANEL,
                                Optional.empty(),
                                "Nobody has seen Child F since the spring.",
                                "The chair asked children's services to visit within a week.",
                                List.of("Head of Service, Children's Services"),
                                "Head of Service, Children's Services",
                                ConcernStatus.OPEN,
                                "",
                                Optional.empty())),
                List.of(
                        new ObjectiveFindings(
                                DA,
                                Optional.of("requires-improvement"),
                                "Curiosity about domestic abuse was strong at disclosure but faded afterwards.",
                                List.of(
                                        "In three of four families a DASH was completed at the first incident.",
                                        "Later incidents were not always linked to the earlier ones."),
                                List.of("Midwives asked about domestic abuse in private at every contact."),
                                List.of("Police notifications were not always shared with health visiting.")),
                        new ObjectiveFindings(
                                MALES,
                                Optional.empty(),
                                "Fathers and partners were often invisible in the record.",
                                List.of("Only one agency recorded the birth father's history."),
                                List.of(),
                                List.of("Record and assess every adult male in the household."))),
                List.of(new Recommendation(
                        "R1",
                        "Partners make fathers and other males visible in assessments and plans.",
                        List.of(MALES, DA),
                        "Chair, Quality Assurance Subgroup",
                        Optional.of(LocalDate.of(2022, 3, 31)),
                        Optional.of(ImpactMeasure.ofSharedMeasure("father-seen", 3)),
                        List.of(
                                new Action(
                                        "1.1",
                                        "Add the father's details to the pre-birth assessment template.",
                                        "Service Manager, Children's Services",
                                        Optional.of("childrens-services"),
                                        Optional.of(LocalDate.of(2021, 9, 30)),
                                        ActionStatus.ON_TRACK,
                                        Optional.of(LocalDate.of(2021, 7, 1)),
                                        "Template audit shows the section completed in 9 of 10 assessments."),
                                new Action(
                                        "1.2",
                                        "Brief health visitors on reading police notifications.",
                                        "Named Nurse, 0-19 Public Health Nursing",
                                        Optional.of("health-visiting"),
                                        Optional.of(LocalDate.of(2021, 7, 31)),
                                        ActionStatus.COMPLETE,
                                        Optional.of(LocalDate.of(2021, 7, 28)),
                                        ""),
                                new Action(
                                        "1.3",
                                        "Agree a way to share men's risk between adult and children's services.",
                                        "",
                                        Optional.empty(),
                                        Optional.empty(),
                                        ActionStatus.NOT_STARTED,
                                        Optional.empty(),
                                        ""),
                                new Action(
                                        "1.4",
                                        "Re-audit five cases for the visibility of men.",
                                        "Partnership Business Manager",
                                        Optional.empty(),
                                        Optional.empty(),
                                        ActionStatus.AT_RISK,
                                        Optional.of(LocalDate.of(2021, 8, 2)),
                                        "Re-audit findings reported to the Business Group."),
                                new Action(
                                        "1.5",
                                        "Publish a practice guide on working with fathers.",
                                        "Chair, Learning and Development Subgroup",
                                        Optional.empty(),
                                        Optional.of(LocalDate.of(2021, 6, 30)),
                                        ActionStatus.OVERDUE,
                                        Optional.of(LocalDate.of(2021, 7, 5)),
                                        "")))),
                List.of(new LearningContent(
                        MALES,
                        List.of("Babies are most at risk from the men around them that services do not see."),
                        List.of("Every adult in the household is named, seen and assessed."),
                        List.of("Ask who else lives in or visits the home.", "Check with other agencies."),
                        List.of("Record the father's details and history at every first contact."),
                        List.of("Who is the man in this baby's life, and what do we know about him?"),
                        List.of(
                                new LearningResource(
                                        "The Myth of Invisible Men", "Child Safeguarding Practice Review Panel, 2021"),
                                new LearningResource("Local professional differences policy", "")))));
    }

    /**
     * An audit whose only purpose is to use every value of the enums a whole audit cannot plausibly use at once: one
     * birth for each place a baby may go home to (with the gestation bands and plans in turn), and a panel review and a
     * concern for each consent and source the rich sample leaves out.
     */
    static Audit everyValue() {
        List<CaseRecord> families = new java.util.ArrayList<>();
        HomeAfterBirth[] homes = HomeAfterBirth.values();
        for (int i = 0; i < homes.length; i++) {
            Birth birth = new Birth(
                    "Baby " + (char) ('H' + i),
                    YearMonth.of(2020, 1 + i),
                    Gestation.values()[i % Gestation.values().length],
                    homes[i],
                    PlanAtBirth.values()[i % PlanAtBirth.values().length],
                    List.of(new FirstYearEvent(
                            YearMonth.of(2020, 2 + i),
                            FirstYearEvent.Kind.values()[i % FirstYearEvent.Kind.values().length],
                            "")));
            families.add(new CaseRecord(
                    "family-b" + i,
                    "Family B" + i,
                    List.of(),
                    List.of(new UnbornRecord(
                            "Unborn " + (char) ('H' + i), YearMonth.of(2020, 1 + i), Optional.of(birth))),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        return new Audit(
                minimal().scope(),
                families,
                List.of(),
                List.of(
                        PanelReview.builder("family-b0", YearMonth.of(2021, 5))
                                .familyVoice(FamilyVoice.notInvited("Care proceedings are under way."))
                                .build(),
                        PanelReview.builder("family-b1", YearMonth.of(2021, 5))
                                .familyVoice(new FamilyVoice(
                                        true, "Invited by the social worker.", Consent.DECLINED, List.of(), "", "", ""))
                                .practitionerVoice(PractitionerVoice.notHeard("The health visitor had left."))
                                .build()),
                List.of(new ImmediateConcern(
                        "ic-09",
                        "family-b2",
                        LocalDate.of(2021, 5, 1),
                        ConcernSource.COORDINATOR,
                        Optional.empty(),
                        "Baby J's injury was not followed up.",
                        "The coordinator told the designated doctor.",
                        List.of("Designated Doctor for Safeguarding"),
                        "Designated Doctor for Safeguarding",
                        ConcernStatus.OPEN,
                        "",
                        Optional.empty())),
                List.of(),
                List.of(),
                List.of());
    }

    /** The panel's review of Family 1: every part present, a moderated grade and a "not applicable" one. */
    private static PanelReview family1Review() {
        return PanelReview.builder("family-01", YearMonth.of(2021, 5))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
                .attendee(PanelAttendee.of("midwifery", "Named Midwife for Safeguarding"))
                .grade(
                        DA,
                        PanelGrade.of("good", "DASH was completed and shared, and the midwife asked in private.")
                                .moderated(
                                        "Practice was good: each agency did its part and shared it.",
                                        "Midwifery graded its own work outstanding; the panel agreed good, as the"
                                                + " later incidents were not linked."))
                .grade(MALES, PanelGrade.of("requires-improvement", "The birth father's history was not checked."))
                .grade(COVID, PanelGrade.notApplicable("No agency's contact with the family fell in the restrictions."))
                .keyLearning("Link each incident to the ones before it.")
                .illustration("A toddler told an officer that 'Daddy shouts'; it reached the health visitor next day.")
                .familyVoice(new FamilyVoice(
                        true,
                        "Invited by letter from the partnership.",
                        Consent.GIVEN,
                        List.of(
                                new FamilyConversation("Mother", "Independent reviewer"),
                                new FamilyConversation("Child A", "Play worker")),
                        "Mother said the midwife was the first to ask her on her own.",
                        "Child A drew the family with a big dog between Child A and Adult 2.",
                        ""))
                .practitionerVoice(new PractitionerVoice(
                        List.of(new PractitionerConversation("midwifery", "Community midwife")),
                        "Seeing the mother alone at every appointment.",
                        "Not knowing the father's history.",
                        ""))
                .build();
    }

    /**
     * A small audit using what {@link #rich()} cannot also use: the other protective marking, the RAG scale, no
     * linked reference, and no cases or returns yet.
     */
    static Audit minimal() {
        AuditScope scope = new AuditScope(
                "MACA 7",
                Optional.empty(),
                "Westmoor Safeguarding Children Partnership",
                "Scope for a small audit",
                List.of(),
                "",
                List.of(),
                "",
                List.of(new Objective(
                        COVID, "Covid-19", "Understand the impact of Covid-19 on contact.", List.of(Themes.COVID_19))),
                new CohortCriteria(
                        1,
                        "",
                        List.of(),
                        new EngagementRequirement(
                                "Engagement through 2020", YearMonth.of(2020, 1), YearMonth.of(2020, 12), List.of())),
                "",
                List.of(),
                new Timeline(List.of()),
                GradingScale.rag(),
                ProtectiveMarking.OFFICIAL_SENSITIVE);
        return new Audit(scope, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static AuditScope scope() {
        return new AuditScope(
                "MACA W12",
                Optional.of("W12"),
                "Westmoor Safeguarding Children Partnership",
                "Westmoor Safeguarding Children Partnership Scope for Multi Agency Case Audit (Linked with W12)",
                List.of(
                        "A Rapid Review followed a serious injury to a baby.",
                        "The Executive directed a multi-agency case audit of the themes it found."),
                "Multi-agency case audits consider:",
                List.of(
                        "The effectiveness of frontline practice in protecting children",
                        "How well learning from previous reviews has been embedded"),
                "Based on the themes of the Rapid Review, the audit will seek to:",
                List.of(
                        new Objective(
                                DA,
                                "Domestic abuse and professional curiosity",
                                "Understand how professional curiosity considers risk where domestic abuse is known.",
                                List.of(Themes.PROFESSIONAL_CURIOSITY, Themes.DOMESTIC_ABUSE)),
                        new Objective(
                                MALES,
                                "Birth fathers and males in the household",
                                "Understand how professionals consider the risk and protective factors of birth"
                                        + " fathers and males in the household.",
                                List.of(Themes.FATHERS_AND_MALES)),
                        new Objective(
                                COVID,
                                "The impact of Covid-19",
                                "Understand how Covid-19 affected interventions and engagement.",
                                List.of(Themes.COVID_19))),
                new CohortCriteria(
                        3,
                        "A cohort of 3 cases where the following are a feature:",
                        List.of(
                                new FeatureRequirement("An unborn baby & older sibling", List.of("unborn-baby")),
                                new FeatureRequirement(
                                        "Domestic abuse/substance misuse", List.of(DA, "substance-misuse"))),
                        new EngagementRequirement(
                                "Engagement with key services through 2020",
                                YearMonth.of(2020, 1),
                                YearMonth.of(2020, 12),
                                List.of("police", "midwifery", "health-visiting"))),
                "There should be contribution from the following partners:",
                List.of(
                        new AgencyRequirement("police", "Police"),
                        new AgencyRequirement("midwifery", "Midwifery"),
                        new AgencyRequirement("health-visiting", "Public Health Nursing – Health Visiting"),
                        new AgencyRequirement("gp", "Primary Care - GP")),
                new Timeline(List.of(
                        new Milestone(
                                "audit",
                                MilestoneKind.AUDIT,
                                "Audit to take place in April",
                                YearMonth.of(2021, 4),
                                Optional.empty(),
                                Optional.of(LocalDate.of(2021, 4, 30))),
                        new Milestone(
                                "panel",
                                MilestoneKind.PANEL,
                                "Practice learning event",
                                YearMonth.of(2021, 5),
                                Optional.of(LocalDate.of(2021, 5, 6)),
                                Optional.of(LocalDate.of(2021, 5, 6))),
                        new Milestone(
                                "report-to-business-group",
                                MilestoneKind.REPORT,
                                "Final draft of report presented to the Business Group in May",
                                YearMonth.of(2021, 5),
                                Optional.of(LocalDate.of(2021, 5, 20)),
                                Optional.empty()),
                        Milestone.inMonth(
                                "seminar",
                                MilestoneKind.SEMINAR,
                                "Best Practice Seminar/Learning to be disseminated in June",
                                YearMonth.of(2021, 6)),
                        Milestone.inMonth(
                                "re-audit", MilestoneKind.REAUDIT, "Re-audit of five cases", YearMonth.of(2022, 1)),
                        Milestone.inMonth(
                                "yearly-report",
                                MilestoneKind.OTHER,
                                "Findings in the partnership's yearly report",
                                YearMonth.of(2022, 3)))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL,
                Optional.of("Are the themes of the review common in current practice?"),
                new Governance(
                        "the Partnership Executive",
                        "the Practice Review Group",
                        List.of("the Practice Review Group", "the Partnership Executive")),
                List.of(new PreviousReview(
                        "MACA 2019/01",
                        "Multi-agency case audit of neglect in pre-school children",
                        2019,
                        List.of("See every child in the household, not only the one referred."))));
    }

    private static CaseRecord family1() {
        return new CaseRecord(
                "family-01",
                "Family 1",
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 9))
                        .born(new Birth(
                                "Baby B",
                                YearMonth.of(2020, 8),
                                Gestation.MODERATE_TO_LATE_PRETERM,
                                HomeAfterBirth.WITH_MOTHER,
                                PlanAtBirth.CHILD_PROTECTION,
                                List.of(new FirstYearEvent(
                                        YearMonth.of(2021, 1),
                                        FirstYearEvent.Kind.HOSPITAL_ATTENDANCE,
                                        "Baby B was taken to the emergency department with a cough."))))),
                List.of(
                        new AdultRecord("Adult 1", AdultRole.MOTHER),
                        new AdultRecord("Adult 2", AdultRole.BIRTH_FATHER)),
                List.of("unborn-baby", DA, "maternal-mental-health"),
                List.of(
                        new AgencyInvolvement("police", YearMonth.of(2019, 11), Optional.of(YearMonth.of(2020, 10))),
                        new AgencyInvolvement("midwifery", YearMonth.of(2020, 2), Optional.of(YearMonth.of(2020, 9))),
                        new AgencyInvolvement("health-visiting", YearMonth.of(2020, 7), Optional.empty())));
    }

    private static CaseRecord family2() {
        return new CaseRecord(
                "family-02",
                "Family 2",
                List.of(
                        new ChildRecord("Child C", AgeBand.UNDER_1),
                        new ChildRecord("Child D", AgeBand.AGE_5_TO_10),
                        new ChildRecord("Child E", AgeBand.AGE_11_TO_15)),
                List.of(),
                List.of(
                        new AdultRecord("Adult 3", AdultRole.MOTHER),
                        new AdultRecord("Adult 4", AdultRole.MOTHERS_PARTNER),
                        new AdultRecord("Adult 5", AdultRole.OTHER_MALE_IN_HOUSEHOLD)),
                List.of("substance-misuse"),
                List.of(new AgencyInvolvement("gp", YearMonth.of(2018, 1), Optional.empty())));
    }

    private static CaseRecord family3() {
        return new CaseRecord(
                "family-03",
                "Family 3",
                List.of(new ChildRecord("Child F", AgeBand.AGE_16_TO_17)),
                List.of(new UnbornRecord("Unborn G", YearMonth.of(2021, 1))),
                List.of(new AdultRecord("Adult 6", AdultRole.OTHER_ADULT)),
                List.of("unborn-baby", DA),
                List.of(new AgencyInvolvement("police", YearMonth.of(2020, 3), Optional.of(YearMonth.of(2020, 3)))));
    }

    /** A candidate with nothing recorded yet: every list empty. */
    private static CaseRecord family4() {
        return new CaseRecord("family-04", "Family 4", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static AuditReturn policeReturn() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("police-dash", new Answer.Evidenced(EvidenceRating.PARTLY, "DASH at two of three incidents."));
        answers.put("police-pregnancy", new Answer.Evidenced(EvidenceRating.YES, "Pregnancy question acted on."));
        answers.put("police-clares-law", new Answer.Evidenced(EvidenceRating.NO, ""));
        answers.put("police-marac", new Answer.Evidenced(EvidenceRating.NOT_APPLICABLE, "Risk was standard."));
        answers.put("police-covid-contact", new Answer.Contact(ContactMode.FACE_TO_FACE, "Attended in person."));
        answers.put(
                "police-overall", new Answer.Graded(new Judgement("good", "Risk was identified and shared promptly.")));
        answers.put(
                "police-voice", new Answer.FreeText("Child A was spoken to at the scene and said \"Daddy shouts\"."));
        return AuditReturn.builder("family-01", "police")
                .toolVersion("police/1")
                .completedOn(LocalDate.of(2021, 4, 14))
                .auditorRole("Detective Sergeant, Public Protection Unit")
                .answers(answers)
                .objectiveJudgements(mapOf(
                        DA, new Judgement("good", "DASH completed and shared."),
                        MALES, new Judgement("requires-improvement", "The birth father's history was not checked."),
                        COVID, Judgement.notApplicable("No police contact fell in the restrictions.")))
                .overall(Optional.of(new Judgement("good", "Sound practice with one gap.")))
                .livedExperienceByChild(List.of(
                        new ChildExperience("Child A", "Child A heard shouting most nights and was frightened."),
                        new ChildExperience("Baby B", "The record says nothing of Baby B after the birth.")))
                .impact("The notifications brought the health visitor back to the family within a week.")
                .goodPractice("Prompt sharing with children's services.")
                .areasForDevelopment("Link incidents to earlier ones.")
                .actionNow(ActionNow.raised(
                        "Told the public protection unit that Adult 2 was back in the home.",
                        "Detective Inspector, Public Protection",
                        LocalDate.of(2021, 4, 14)))
                .independence(new AuditorIndependence(true, "Supervised the investigation; a colleague checked."))
                .recordsExamined("Incident logs, the public protection notices and intelligence checks for 2020.")
                .build();
    }

    private static AuditReturn midwiferyReturn() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("midwifery-routine-enquiry", new Answer.Evidenced(EvidenceRating.YES, "Asked alone at booking."));
        answers.put("midwifery-covid-contact", new Answer.Contact(ContactMode.MIXED, "Booking by phone."));
        answers.put("midwifery-notes", new Answer.FreeText(""));
        return new AuditReturn(
                "family-01",
                "midwifery",
                "midwifery/1",
                LocalDate.of(2021, 4, 20),
                "Named Midwife for Safeguarding",
                ReturnStatus.COMPLETE,
                List.of(),
                answers,
                mapOf(DA, new Judgement("outstanding", "Routine enquiry at every contact.")),
                Optional.of(new Judgement("outstanding", "")),
                "",
                List.of(),
                "",
                "Routine enquiry in private.",
                "",
                Optional.of(ActionNow.nothingNeeded()),
                Optional.of(AuditorIndependence.independent()),
                "");
    }

    private static AuditReturn healthVisitingReturn() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("hv-antenatal-contact", new Answer.Contact(ContactMode.VIRTUAL, "Video call at 30 weeks."));
        answers.put("hv-father-seen", new Answer.Contact(ContactMode.NONE, ""));
        answers.put(
                "hv-overall",
                new Answer.Graded(new Judgement("inadequate", "The father was never seen or asked about.")));
        return new AuditReturn(
                "family-03",
                "health-visiting",
                "health-visiting/2",
                LocalDate.of(2021, 4, 28),
                "Specialist Public Health Nurse",
                ReturnStatus.COMPLETE,
                List.of(),
                answers,
                Map.of(),
                Optional.of(new Judgement("inadequate", "Contact was virtual throughout.")),
                "Nobody saw Child F at home during 2020.",
                "",
                "See the baby and the household face to face.");
    }

    /** A partly completed return: no overall judgement yet, required questions unanswered. */
    private static AuditReturn gpIncompleteReturn() {
        return new AuditReturn(
                "family-02",
                "gp",
                "gp/1",
                LocalDate.of(2021, 4, 30),
                "Named GP for Safeguarding",
                ReturnStatus.INCOMPLETE,
                List.of("gp-coding", "gp-overall"),
                Map.of("gp-father", new Answer.Evidenced(EvidenceRating.NO, "No record of Adult 4.")),
                Map.of(),
                Optional.empty(),
                "",
                "",
                "");
    }

    private static <K, V> Map<K, V> mapOf(K k1, V v1) {
        Map<K, V> map = new LinkedHashMap<>();
        map.put(k1, v1);
        return map;
    }

    private static <K, V> Map<K, V> mapOf(K k1, V v1, K k2, V v2, K k3, V v3) {
        Map<K, V> map = mapOf(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }
}
