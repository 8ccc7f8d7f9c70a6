package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Themes;
import dev.maca.tool.AuditTool;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of an audit, for the Business Group report, the learning briefs and the auditors who check them: the
 * multi-agency panel's grades with the family as the unit ({@link #panel()}); and, from the agencies' returns, per
 * objective the agencies' own judgements, answer rates and cases of concern, the same for the overall judgement,
 * agency participation, multi-agency consistency, and answers by theme, such as contact during Covid-19 and learning
 * from previous reviews.
 *
 * <p><b>Which figures a document takes.</b> A MACA judges twice: each agency grades its own practice in its return (a
 * self-assessment), and the panel then agrees one grade per family and objective. Findings, charts and the family ×
 * objective grid take their figures from the panel's grades ({@link PanelAnalysis#objectives()}, {@link
 * PanelAnalysis#grid()}) and the shared measures per family ({@link PanelAnalysis#measures()}), counted as "N of M
 * families" ({@link FamilyCount}). The agencies' own grades ({@link ObjectiveAnalysis#judgements()}) count judgements,
 * not families, so a family seen by seven agencies counts seven times: a document shows them only as the moderation
 * comparison ({@link PanelAnalysis#moderation()}) and in each agency's own feedback.
 *
 * <p>Pure computation over an {@link Audit} and its agencies' {@link AuditTool}s: no I/O, no text beyond the labels the
 * scope and the scale give. The result is immutable and thread-safe, and equal inputs give equal results.
 *
 * <p><b>What is counted.</b> Only returns for cases in the cohort, from agencies the scope requires, count; any other
 * return (and a second return for the same case and agency) is listed in {@link #ignored()}. Incomplete returns count
 * for whatever they do answer. An objective an agency judged "not applicable" is left out of that objective's
 * figures. A judgement naming a grade not on the scale is left out of the counts and listed as
 * {@link GradeDistribution#offScale()}; an answer to a question not in the agency's tool, or of the wrong kind for its
 * question, is left out. The first panel review of each cohort family counts; any other is listed in
 * {@link PanelAnalysis#ignoredReviews()}, and a panel grade not on the scale in
 * {@link ObjectivePanelGrades#offScale()}. Audit validation reports all of these as problems.
 *
 * <p><b>Order.</b> Objectives and agencies in the scope's order, cases in cohort order, questions in each agency's
 * tool order, grades best first, evidence ratings Yes / Partly / No / Not applicable, contact modes face to face /
 * mixed / virtual / none. Every list of {@link ReturnRef sources} is in cohort then agency order.
 *
 * <p><b>Cost.</b> The returns are indexed once by case and agency and each is visited once, and the panel reviews are
 * indexed once by family, so analysis time grows with the number of returns (and their answers) and reviews, not with
 * their product with objectives or questions.
 *
 * <pre>{@code
 * AuditAnalysis analysis = AuditAnalysis.of(audit, tools);
 * for (ObjectivePanelGrades o : analysis.panel().objectives()) {
 *     for (GradeCount g : o.grades()) { ... g.grade().label(), g.families() ... }   // "Good: 6 of 15 families"
 *     o.belowExpected();                                 // families the panel graded below the expected standard
 * }
 * analysis.panel().measure("father-seen").orElseThrow().noAgency();   // "9 of 15 families": no agency saw him
 * analysis.panel().moderation("fathers-and-males", "police");         // Police's own grades against the panel's
 * for (ObjectiveAnalysis o : analysis.objectives()) {   // the agencies' own judgements, for the feedback
 *     GradeDistribution cases = o.judgements().byCase();
 *     Proportion good = cases.atOrAboveExpected();       // 7 of 15 -> "7 of 15 cases (47%) judged Good or better"
 *     String standard = analysis.scale().label(analysis.scale().expectedStandard());
 *     for (CaseOfConcern c : o.casesOfConcern()) { ... c.caseRef().pseudonym(), c.concerns() ... }
 * }
 * analysis.completeness().overall().returnRate();        // returns received of expected
 * analysis.covid().contacts().overall().counts();        // face to face, mixed, virtual, none
 * }</pre>
 *
 * @param scale the scope's grading scale
 * @param agencies the required agencies, in the scope's order
 * @param cases the cohort, in cohort order
 * @param objectives one analysis per objective, in the scope's order
 * @param overallJudgements the agencies' overall judgements of practice in each case
 * @param completeness agency participation, case by agency
 * @param themes one analysis per theme: the well-known themes ({@link Themes#WELL_KNOWN}) first, in that order, then
 *     any other theme of a tool's question in the order first met (agency order, then tool order)
 * @param ignored returns left out of every figure, in the audit's order
 * @param agenciesWithoutTool required agencies for which no tool was given, so whose answers are not counted (their
 *     judgements are)
 * @param panel the panel's grades per family and objective, the shared measures per family, the agencies' own grades
 *     against the panel's, and the immediate concerns
 */
public record AuditAnalysis(
        GradingScale scale,
        List<AgencyRequirement> agencies,
        List<CaseRef> cases,
        List<ObjectiveAnalysis> objectives,
        JudgementAnalysis overallJudgements,
        Completeness completeness,
        List<ThemeAnalysis> themes,
        List<IgnoredReturn> ignored,
        List<String> agenciesWithoutTool,
        PanelAnalysis panel) {
    public AuditAnalysis {
        present(scale, "analysis scale");
        agencies = list(agencies, "analysis agencies");
        cases = list(cases, "analysis cases");
        objectives = list(objectives, "analysis objectives");
        present(overallJudgements, "analysis overallJudgements");
        present(completeness, "analysis completeness");
        themes = list(themes, "analysis themes");
        ignored = list(ignored, "analysis ignored");
        agenciesWithoutTool = list(agenciesWithoutTool, "analysis agenciesWithoutTool");
        present(panel, "analysis panel");
    }

    /**
     * Analyses an audit.
     *
     * @param audit the audit, never null
     * @param tools each required agency's audit tool by agency id, never null; an agency without one has its answers
     *     left uncounted and is listed in {@link #agenciesWithoutTool()}
     * @throws IllegalArgumentException when the scope's grading scale does not contain its own expected standard
     */
    public static AuditAnalysis of(Audit audit, Map<String, AuditTool> tools) {
        present(audit, "audit");
        present(tools, "tools");
        tools.forEach((agencyId, tool) -> {
            present(agencyId, "tools key");
            present(tool, "tools[" + agencyId + "]");
        });
        return AnalysisRun.run(audit, tools);
    }

    /** The analysis of one objective. */
    public Optional<ObjectiveAnalysis> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }

    /** The analysis of one theme; every well-known theme is present, even when no question has it. */
    public Optional<ThemeAnalysis> theme(String theme) {
        return themes.stream().filter(t -> t.theme().equals(theme)).findFirst();
    }

    /** Answers to the questions themed {@link Themes#COVID_19}: contact patterns, and evidenced questions. */
    public ThemeAnalysis covid() {
        return theme(Themes.COVID_19).orElseThrow();
    }

    /** Answers to the questions themed {@link Themes#LEARNING_FROM_REVIEWS}. */
    public ThemeAnalysis learningFromReviews() {
        return theme(Themes.LEARNING_FROM_REVIEWS).orElseThrow();
    }

    /**
     * A cohort case by id, with its pseudonym.
     *
     * <p>This scans {@link #cases()}; a caller looking up many cases (one per row of a table, say) should index
     * {@code cases()} by id once instead.
     */
    public Optional<CaseRef> caseRef(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    /** A required agency by id, with its name as the scope gives it. */
    public Optional<AgencyRequirement> agency(String agencyId) {
        return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst();
    }
}
