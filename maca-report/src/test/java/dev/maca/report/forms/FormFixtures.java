package dev.maca.report.forms;

import dev.maca.audit.Audit;
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
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.cohort.UnbornRecord;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Timeline;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.CoreQuestions;
import dev.maca.tool.ToolQuestion;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small audit for form tests: two objectives, two agencies, two cases (police in both, midwifery in the first), and
 * a police tool with one question of each response type across the two objectives.
 */
final class FormFixtures {
    static final String REFERENCE = "MACA T7";
    static final String FAMILY_1 = "family-01";
    static final String FAMILY_2 = "family-02";
    static final String POLICE = "police";
    static final String MIDWIFERY = "midwifery";
    static final String FATHERS = "fathers-and-males";
    static final String COVID = "covid-19-impact";

    static final String DASH = "police-dash-completed";
    static final String VOICE = "police-child-voice";
    static final String RISK_GRADE = "police-risk-grading";
    static final String CONTACT = "police-contact-in-lockdown";
    static final String LOCKDOWN_NOTES = "police-lockdown-notes";

    private FormFixtures() {}

    /** The fixture audit as the privacy guard lets it through, as renderers take it. */
    static dev.maca.privacy.GuardedAudit guarded() {
        return dev.maca.privacy.PrivacyGuard.builder().build().apply(audit());
    }

    /** An audit as the privacy guard lets it through. */
    static dev.maca.privacy.GuardedAudit guarded(Audit audit) {
        return dev.maca.privacy.PrivacyGuard.builder().build().apply(audit);
    }

    static Audit audit() {
        return audit(REFERENCE);
    }

    static Audit audit(String reference) {
        return new Audit(scope(reference), cases(), List.of(), List.of(), List.of(), List.of());
    }

    static AuditScope scope(String reference) {
        return new AuditScope(
                reference,
                Optional.empty(),
                "Test Safeguarding Children Partnership",
                "Unborn babies and their older siblings",
                List.of("A rapid review found themes worth testing across current practice."),
                "Audits consider:",
                List.of("The effectiveness of frontline practice"),
                "The audit will seek to:",
                List.of(
                        new Objective(
                                FATHERS,
                                "Birth fathers and males in the household",
                                "Understand how well professionals identify, assess and include birth fathers and"
                                        + " other males in the household.",
                                List.of("fathers-and-males", "domestic-abuse")),
                        new Objective(
                                COVID,
                                "The impact of Covid-19",
                                "Understand how the Covid-19 restrictions affected contact with the family.",
                                List.of("covid-19"))),
                new CohortCriteria(
                        10,
                        "Cases where the following are a feature:",
                        List.of(new FeatureRequirement(
                                "An unborn baby & older sibling", List.of("unborn-and-sibling"))),
                        new EngagementRequirement(
                                "engagement with key services through 2020",
                                YearMonth.of(2020, 1),
                                YearMonth.of(2020, 12),
                                List.of())),
                "Contributions from:",
                List.of(new AgencyRequirement(POLICE, "Police"), new AgencyRequirement(MIDWIFERY, "Midwifery")),
                Timeline.of(Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL_SENSITIVE);
    }

    /** Family 1's baby was born in August 2020; Family 2's was still unborn at the time of the audit. */
    static List<CaseRecord> cases() {
        CaseRecord first = family(FAMILY_1, "Family 1", involved(POLICE), involved(MIDWIFERY));
        CaseRecord born = new CaseRecord(
                first.id(),
                first.pseudonym(),
                first.children(),
                List.of(first.unborn()
                        .get(0)
                        .born(new Birth(
                                "Baby B",
                                YearMonth.of(2020, 8),
                                Gestation.TERM,
                                HomeAfterBirth.WITH_BOTH_PARENTS,
                                PlanAtBirth.CHILD_IN_NEED,
                                List.of()))),
                first.adults(),
                first.features(),
                first.involvements());
        return List.of(born, family(FAMILY_2, "Family 2", involved(POLICE)));
    }

    static CaseRecord family(String id, String pseudonym, AgencyInvolvement... involvements) {
        return new CaseRecord(
                id,
                pseudonym,
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2020, 9))),
                List.of(
                        new AdultRecord("Adult 1", AdultRole.MOTHER),
                        new AdultRecord("Adult 2", AdultRole.BIRTH_FATHER)),
                List.of("unborn-and-sibling", "domestic-abuse"),
                List.of(involvements));
    }

    static AgencyInvolvement involved(String agencyId) {
        return new AgencyInvolvement(agencyId, YearMonth.of(2020, 2), Optional.empty());
    }

    static AuditTool policeTool() {
        return policeTool("3f9a1c2e");
    }

    static AuditTool policeTool(String version) {
        return new AuditTool(
                REFERENCE,
                POLICE,
                "Devon and Cornwall Police",
                "1.0.0",
                version,
                List.of(
                        question(
                                DASH,
                                "Was a DASH risk assessment completed at every domestic abuse incident?",
                                "Look at each incident log for the DASH checklist and whether its pregnancy question"
                                        + " was answered and acted on.",
                                ResponseType.EVIDENCED,
                                true,
                                FATHERS),
                        question(
                                VOICE,
                                "Was the child spoken to at the scene and their voice recorded?",
                                "Look for the child's words, demeanour and presentation in the incident record.",
                                ResponseType.FREE_TEXT,
                                false,
                                FATHERS),
                        question(
                                RISK_GRADE,
                                "How well was the risk posed by the perpetrator graded and shared?",
                                "Consider the ViST submission, its grading and whether it reached social care,"
                                        + " health and education through the daily CARA alert.",
                                ResponseType.GRADED,
                                true,
                                FATHERS),
                        question(
                                CONTACT,
                                "How were contacts with the family made during the 2020 restrictions?",
                                "Count face-to-face attendances against telephone-only contacts in 2020.",
                                ResponseType.CONTACT_MODE,
                                true,
                                COVID),
                        question(
                                LOCKDOWN_NOTES,
                                "Was the effect of the restrictions on the family considered?",
                                "Look for any note of isolation, reduced support or the child not being seen.",
                                ResponseType.EVIDENCED,
                                false,
                                COVID)),
                coreQuestions());
    }

    static AuditTool midwiferyTool() {
        return new AuditTool(
                REFERENCE,
                MIDWIFERY,
                "Midwifery",
                "1.0.0",
                "77aa01",
                List.of(question(
                        "midwifery-routine-enquiry",
                        "Was routine enquiry about domestic abuse made in a private discussion?",
                        "NICE QS116: look for the question being asked when the woman was seen alone.",
                        ResponseType.EVIDENCED,
                        true,
                        FATHERS)),
                coreQuestions());
    }

    static List<AuditTool> tools() {
        return List.of(policeTool(), midwiferyTool());
    }

    /** The core questions, four of them in the fixture tool's own words, the others as the library words them. */
    static List<ToolQuestion> coreQuestions() {
        List<ToolQuestion> core = new ArrayList<>();
        core.add(new ToolQuestion(CoreQuestions.INDEPENDENCE, List.of()));
        core.add(new ToolQuestion(CoreQuestions.RECORDS_EXAMINED, List.of()));
        core.add(core("core-lived-experience", "What was life like for the child?", ResponseType.FREE_TEXT));
        core.add(new ToolQuestion(CoreQuestions.IMPACT, List.of()));
        core.add(core("core-good-practice", "What good practice did you find?", ResponseType.FREE_TEXT));
        core.add(core("core-areas-for-development", "What are the areas for development?", ResponseType.FREE_TEXT));
        core.add(core(
                "core-overall-judgement",
                "What is your overall judgement of practice in this case?",
                ResponseType.GRADED));
        core.add(new ToolQuestion(CoreQuestions.ACTION_NOW, List.of()));
        return core;
    }

    private static ToolQuestion core(String id, String text, ResponseType type) {
        return new ToolQuestion(
                new Question(id, text, "Think about the whole case.", type, true, List.of("voice-of-the-child")),
                List.of());
    }

    private static ToolQuestion question(
            String id, String text, String guidance, ResponseType type, boolean required, String objective) {
        return new ToolQuestion(
                new Question(id, text, guidance, type, required, List.of("fathers-and-males")), List.of(objective));
    }
}
