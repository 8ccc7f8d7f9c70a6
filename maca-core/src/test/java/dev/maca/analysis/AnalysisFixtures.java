package dev.maca.analysis;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Themes;
import dev.maca.scope.Timeline;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small hand-built audits for the analysis tests, and builders for returns and tools.
 *
 * <h2>The four-families audit ({@link #fourFamilies()})</h2>
 *
 * <p>Ofsted scale (expected standard Good). Agencies in scope order: Children's Services ({@code cs}), Midwifery
 * ({@code mw}), Police ({@code pol}). Objectives in order: {@code fathers} (fathers-and-males), {@code challenge}
 * (professional-challenge), {@code context} (covid-19, learning-from-reviews). Candidates: families 1-4 in the cohort
 * in that order, and family 9, excluded (no domestic abuse).
 *
 * <pre>
 * case  involved     return            fathers     challenge   overall   answers
 * f1    cs mw pol    cs complete       good        good        good      cs-father YES, cs-escalation PARTLY,
 *                                                                        cs-covid FACE_TO_FACE, (cs-lived free text,
 *                                                                        cs-unknown YES: not in tool)
 *                    mw complete       inadequate  req-impr.   req-impr. mw-father NO, mw-partner PARTLY,
 *                                                                        mw-covid VIRTUAL, mw-learning YES
 *                    pol complete      outstanding good        good      pol-dash YES, pol-covid MIXED,
 *                                                                        pol-learning NO
 * f2    cs mw        cs complete       req-impr.   good        req-impr. cs-father NO, cs-escalation N/A,
 *                                                                        cs-covid VIRTUAL
 *                    mw INCOMPLETE     good        -           -         mw-father YES
 * f3    cs pol       cs MISSING
 *                    pol complete      good        inadequate  inadequ.  pol-dash N/A, pol-covid NONE,
 *                                                                        pol-learning PARTLY
 * f4    mw           mw complete       outstanding outstanding outstand. mw-father YES, mw-partner YES,
 *                                                                        mw-covid VIRTUAL, mw-learning N/A
 * f9    (excluded)   pol complete      inadequate  -           -         pol-dash NO  (ignored: not in cohort)
 * </pre>
 *
 * <p>Tools (bank order): cs: cs-father (EVIDENCED, fathers), cs-escalation (EVIDENCED, challenge), cs-covid
 * (CONTACT_MODE, context, covid-19), core cs-lived (FREE_TEXT). mw: mw-father (EVIDENCED, fathers), mw-partner
 * (EVIDENCED, fathers and challenge), mw-covid (CONTACT_MODE, context, covid-19), mw-learning (EVIDENCED, context,
 * learning-from-reviews). pol: pol-dash (EVIDENCED, fathers), pol-covid (CONTACT_MODE, context, covid-19),
 * pol-learning (EVIDENCED, context, themes learning-from-reviews and covid-19).
 */
final class AnalysisFixtures {
    static final String CS = "cs";
    static final String MW = "mw";
    static final String POL = "pol";
    static final AgencyRequirement CHILDRENS_SERVICES = new AgencyRequirement(CS, "Children's Services");
    static final AgencyRequirement MIDWIFERY = new AgencyRequirement(MW, "Midwifery");
    static final AgencyRequirement POLICE = new AgencyRequirement(POL, "Police");

    static final String FATHERS = "fathers";
    static final String CHALLENGE = "challenge";
    static final String CONTEXT = "context";
    static final Objective FATHERS_OBJECTIVE = new Objective(
            FATHERS, "Fathers and males", "To consider the role of fathers.", List.of(Themes.FATHERS_AND_MALES));
    static final Objective CHALLENGE_OBJECTIVE = new Objective(
            CHALLENGE,
            "Professional challenge",
            "To consider professional challenge.",
            List.of(Themes.PROFESSIONAL_CHALLENGE));
    static final Objective CONTEXT_OBJECTIVE = new Objective(
            CONTEXT,
            "Covid-19 and learning",
            "To consider Covid-19 and learning from reviews.",
            List.of(Themes.COVID_19, Themes.LEARNING_FROM_REVIEWS));

    static final String OUTSTANDING = "outstanding";
    static final String GOOD = "good";
    static final String RI = "requires-improvement";
    static final String INADEQUATE = "inadequate";

    static final EvidenceRating YES = EvidenceRating.YES;
    static final EvidenceRating PARTLY = EvidenceRating.PARTLY;
    static final EvidenceRating NO = EvidenceRating.NO;
    static final EvidenceRating NA = EvidenceRating.NOT_APPLICABLE;

    private static final String DOMESTIC_ABUSE = "domestic-abuse";

    private AnalysisFixtures() {}

    // ---- the four-families audit ----

    static AuditScope fourFamiliesScope() {
        return scope(
                GradingScale.ofsted(),
                List.of(FATHERS_OBJECTIVE, CHALLENGE_OBJECTIVE, CONTEXT_OBJECTIVE),
                List.of(CHILDRENS_SERVICES, MIDWIFERY, POLICE));
    }

    static List<CaseRecord> fourFamiliesCases() {
        return List.of(
                caseRecord("f1", "Family 1", CS, MW, POL),
                caseRecord("f2", "Family 2", CS, MW),
                caseRecord("f3", "Family 3", CS, POL),
                caseRecord("f4", "Family 4", MW),
                excludedCase("f9", "Family 9", POL));
    }

    static List<AuditReturn> fourFamiliesReturns() {
        return List.of(
                ret("f1", CS)
                        .judge(FATHERS, GOOD)
                        .judge(CHALLENGE, GOOD)
                        .overall(GOOD)
                        .evidence("cs-father", YES)
                        .evidence("cs-escalation", PARTLY)
                        .contact("cs-covid", ContactMode.FACE_TO_FACE)
                        .freeText("cs-lived", "Life was busy and loud.")
                        .evidence("cs-unknown", YES)
                        .build(),
                ret("f1", MW)
                        .judge(FATHERS, INADEQUATE)
                        .judge(CHALLENGE, RI)
                        .overall(RI)
                        .evidence("mw-father", NO)
                        .evidence("mw-partner", PARTLY)
                        .contact("mw-covid", ContactMode.VIRTUAL)
                        .evidence("mw-learning", YES)
                        .build(),
                ret("f1", POL)
                        .judge(FATHERS, OUTSTANDING)
                        .judge(CHALLENGE, GOOD)
                        .overall(GOOD)
                        .evidence("pol-dash", YES)
                        .contact("pol-covid", ContactMode.MIXED)
                        .evidence("pol-learning", NO)
                        .build(),
                ret("f2", CS)
                        .judge(FATHERS, RI)
                        .judge(CHALLENGE, GOOD)
                        .overall(RI)
                        .evidence("cs-father", NO)
                        .evidence("cs-escalation", NA)
                        .contact("cs-covid", ContactMode.VIRTUAL)
                        .build(),
                ret("f2", MW)
                        .incomplete("mw-partner", "mw-covid", "mw-learning")
                        .judge(FATHERS, GOOD)
                        .evidence("mw-father", YES)
                        .build(),
                ret("f3", POL)
                        .judge(FATHERS, GOOD)
                        .judge(CHALLENGE, INADEQUATE)
                        .overall(INADEQUATE)
                        .evidence("pol-dash", NA)
                        .contact("pol-covid", ContactMode.NONE)
                        .evidence("pol-learning", PARTLY)
                        .build(),
                ret("f4", MW)
                        .judge(FATHERS, OUTSTANDING)
                        .judge(CHALLENGE, OUTSTANDING)
                        .overall(OUTSTANDING)
                        .evidence("mw-father", YES)
                        .evidence("mw-partner", YES)
                        .contact("mw-covid", ContactMode.VIRTUAL)
                        .evidence("mw-learning", NA)
                        .build(),
                ret("f9", POL)
                        .judge(FATHERS, INADEQUATE)
                        .evidence("pol-dash", NO)
                        .build());
    }

    static Map<String, AuditTool> fourFamiliesTools() {
        return tools(
                tool(CS).evidenced("cs-father", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                        .evidenced("cs-escalation", List.of(CHALLENGE), Themes.PROFESSIONAL_CHALLENGE)
                        .contact("cs-covid", List.of(CONTEXT), Themes.COVID_19)
                        .core("cs-lived", ResponseType.FREE_TEXT, Themes.VOICE_OF_THE_CHILD)
                        .build(),
                tool(MW).evidenced("mw-father", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                        .evidenced(
                                "mw-partner",
                                List.of(FATHERS, CHALLENGE),
                                Themes.FATHERS_AND_MALES,
                                Themes.PROFESSIONAL_CHALLENGE)
                        .contact("mw-covid", List.of(CONTEXT), Themes.COVID_19)
                        .evidenced("mw-learning", List.of(CONTEXT), Themes.LEARNING_FROM_REVIEWS)
                        .build(),
                tool(POL)
                        .evidenced("pol-dash", List.of(FATHERS), Themes.FATHERS_AND_MALES)
                        .contact("pol-covid", List.of(CONTEXT), Themes.COVID_19)
                        .evidenced("pol-learning", List.of(CONTEXT), Themes.LEARNING_FROM_REVIEWS, Themes.COVID_19)
                        .build());
    }

    static Audit fourFamilies() {
        return audit(fourFamiliesScope(), fourFamiliesCases(), fourFamiliesReturns());
    }

    static AuditAnalysis analyseFourFamilies() {
        return AuditAnalysis.of(fourFamilies(), fourFamiliesTools());
    }

    // ---- scales ----

    /** A five-grade scale whose expected standard is its middle grade, Adequate. */
    static GradingScale fiveGrades() {
        return new GradingScale(
                "Five-point scale",
                List.of(
                        new Grade("excellent", "Excellent", ""),
                        new Grade("good", "Good", ""),
                        new Grade("adequate", "Adequate", ""),
                        new Grade("poor", "Poor", ""),
                        new Grade("unsafe", "Unsafe", "")),
                "adequate");
    }

    // ---- builders ----

    static AuditScope scope(GradingScale scale, List<Objective> objectives, List<AgencyRequirement> agencies) {
        return new AuditScope(
                "MACA T1",
                Optional.empty(),
                "Test Safeguarding Children Partnership",
                "Test audit",
                List.of("Background."),
                "",
                List.of("To learn."),
                "",
                objectives,
                new CohortCriteria(
                        10,
                        "",
                        List.of(new FeatureRequirement("Domestic abuse", List.of(DOMESTIC_ABUSE))),
                        new EngagementRequirement(
                                "engagement through 2020", YearMonth.of(2020, 1), YearMonth.of(2020, 12), List.of())),
                "",
                agencies,
                Timeline.of(),
                scale,
                ProtectiveMarking.OFFICIAL);
    }

    /** A case that meets the cohort criteria, with these agencies involved through 2020. */
    static CaseRecord caseRecord(String id, String pseudonym, String... agencyIds) {
        return new CaseRecord(
                id, pseudonym, List.of(), List.of(), List.of(), List.of(DOMESTIC_ABUSE), involvements(agencyIds));
    }

    /** A candidate that fails the cohort criteria (no domestic abuse). */
    static CaseRecord excludedCase(String id, String pseudonym, String... agencyIds) {
        return new CaseRecord(id, pseudonym, List.of(), List.of(), List.of(), List.of(), involvements(agencyIds));
    }

    private static List<AgencyInvolvement> involvements(String... agencyIds) {
        return Arrays.stream(agencyIds)
                .map(a -> new AgencyInvolvement(a, YearMonth.of(2020, 1), Optional.empty()))
                .toList();
    }

    static Audit audit(AuditScope scope, List<CaseRecord> candidates, List<AuditReturn> returns) {
        return new Audit(scope, candidates, returns, List.of(), List.of(), List.of());
    }

    static ReturnBuilder ret(String caseId, String agencyId) {
        return new ReturnBuilder(caseId, agencyId);
    }

    static ToolBuilder tool(String agencyId) {
        return new ToolBuilder(agencyId);
    }

    static Map<String, AuditTool> tools(AuditTool... tools) {
        Map<String, AuditTool> byAgency = new LinkedHashMap<>();
        for (AuditTool tool : tools) {
            byAgency.put(tool.agencyId(), tool);
        }
        return byAgency;
    }

    static ReturnRef ref(String caseId, String agencyId) {
        return new ReturnRef(caseId, agencyId);
    }

    /** Builds one agency's return for one case. */
    static final class ReturnBuilder {
        private final String caseId;
        private final String agencyId;
        private ReturnStatus status = ReturnStatus.COMPLETE;
        private final List<String> unanswered = new ArrayList<>();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final Map<String, Judgement> judgements = new LinkedHashMap<>();
        private Optional<Judgement> overall = Optional.empty();

        private ReturnBuilder(String caseId, String agencyId) {
            this.caseId = caseId;
            this.agencyId = agencyId;
        }

        ReturnBuilder incomplete(String... unansweredIds) {
            status = ReturnStatus.INCOMPLETE;
            unanswered.addAll(List.of(unansweredIds));
            return this;
        }

        ReturnBuilder judge(String objectiveId, String grade) {
            judgements.put(objectiveId, new Judgement(grade, "Because."));
            return this;
        }

        ReturnBuilder overall(String grade) {
            overall = Optional.of(new Judgement(grade, "Because."));
            return this;
        }

        ReturnBuilder evidence(String questionId, EvidenceRating rating) {
            answers.put(questionId, new Answer.Evidenced(rating, ""));
            return this;
        }

        ReturnBuilder contact(String questionId, ContactMode mode) {
            answers.put(questionId, new Answer.Contact(mode, ""));
            return this;
        }

        ReturnBuilder freeText(String questionId, String text) {
            answers.put(questionId, new Answer.FreeText(text));
            return this;
        }

        AuditReturn build() {
            return new AuditReturn(
                    caseId,
                    agencyId,
                    "v1",
                    LocalDate.of(2021, 4, 20),
                    "Safeguarding lead",
                    status,
                    unanswered,
                    answers,
                    judgements,
                    overall,
                    "",
                    "",
                    "");
        }
    }

    /** Builds one agency's tool, questions in the order added. */
    static final class ToolBuilder {
        private final String agencyId;
        private final List<ToolQuestion> questions = new ArrayList<>();
        private final List<ToolQuestion> core = new ArrayList<>();

        private ToolBuilder(String agencyId) {
            this.agencyId = agencyId;
        }

        ToolBuilder evidenced(String id, List<String> objectiveIds, String... themes) {
            return question(id, ResponseType.EVIDENCED, objectiveIds, themes);
        }

        ToolBuilder contact(String id, List<String> objectiveIds, String... themes) {
            return question(id, ResponseType.CONTACT_MODE, objectiveIds, themes);
        }

        ToolBuilder question(String id, ResponseType type, List<String> objectiveIds, String... themes) {
            questions.add(new ToolQuestion(question(id, type, themes), objectiveIds));
            return this;
        }

        ToolBuilder core(String id, ResponseType type, String... themes) {
            core.add(new ToolQuestion(question(id, type, themes), List.of()));
            return this;
        }

        private static Question question(String id, ResponseType type, String... themes) {
            return new Question(id, "Question " + id + "?", "Look in the record.", type, true, List.of(themes));
        }

        AuditTool build() {
            return new AuditTool("MACA T1", agencyId, agencyId + " agency", "1.0", "v1", questions, core);
        }
    }
}
