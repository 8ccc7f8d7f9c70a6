package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.UnbornRecord;
import dev.maca.model.Preconditions;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole audit and reports every problem at once, each with its JSON path, what is wrong and what to do.
 *
 * <p>The standard checks need nothing but the audit: ids well formed and unique, grades on the scope's scale (or "not
 * applicable" with a reason, for an objective), milestones in order, every objective with themes, births that fit the
 * pregnancy, the cohort rules ({@link CohortRuleChecks}), returns only for cohort cases and at most one per case and
 * agency, the panel's record ({@link
 * PanelChecks}), the immediate concerns ({@link ConcernChecks}), the recommendations and action plan ({@link
 * PlanChecks}). What a stage of the audit needs depends on the {@link Stage} ({@link #forStage}): the standard
 * validator checks for a draft report, where a family without a panel review is a warning; for the final report it is
 * an error. A validator made by {@link #ready(Stage)} also runs every check the stage's documents run before they
 * render ({@link DocumentNeeds}). Checks that need more — such as answers against the agencies' audit tools, or
 * whether every objective can be judged — join through {@link #with(AuditCheck...)}. Before all of them, the audit's size is checked against {@link
 * AuditLimits}, so that validation stays quick however large the input: each check takes time in proportion to the
 * audit's size.
 *
 * <pre>{@code
 * ValidationReport report = AuditValidator.standard().with(new ToolAnswersCheck(tools)).validate(audit);
 * report.orThrow(); // AuditValidationException listing every error and warning
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class AuditValidator {
    private static final JsonPointer SCOPE = JsonPointer.root().append("scope");

    private final Stage stage;
    private final boolean documents;
    private final List<AuditCheck> extraChecks;

    private AuditValidator(Stage stage, boolean documents, List<AuditCheck> extraChecks) {
        this.stage = stage;
        this.documents = documents;
        this.extraChecks = List.copyOf(extraChecks);
    }

    /**
     * A validator with the standard checks only, judged as for a draft report ({@link Stage#DRAFT_REPORT}), that does
     * not ask whether any document can be rendered (see {@link #ready}).
     */
    public static AuditValidator standard() {
        return new AuditValidator(Stage.DRAFT_REPORT, false, List.of());
    }

    /**
     * A validator that asks of an audit everything a stage needs: the standard checks judged for the stage, and every
     * check that each of the stage's {@link Stage#documents() documents} runs before it renders ({@link
     * DocumentNeeds}), so that an audit it finds valid renders. This is what {@code maca validate --for STAGE} runs.
     *
     * @param stage the stage; never null
     */
    public static AuditValidator ready(Stage stage) {
        return new AuditValidator(Preconditions.present(stage, "stage"), true, List.of());
    }

    /** A validator that also runs these checks, after the standard ones. */
    public AuditValidator with(AuditCheck... checks) {
        List<AuditCheck> all = new ArrayList<>(extraChecks);
        all.addAll(List.of(checks));
        return new AuditValidator(stage, documents, all);
    }

    /** This validator, asking what {@code value} needs (e.g. a panel review of every family for the final report). */
    public AuditValidator forStage(Stage value) {
        return new AuditValidator(Preconditions.present(value, "stage"), documents, extraChecks);
    }

    /** Whether this validator also runs the checks of the stage's documents ({@link #ready}). */
    public boolean checksDocuments() {
        return documents;
    }

    /** The stage this validator checks for. */
    public Stage stage() {
        return stage;
    }

    /**
     * Every problem found in the audit; never throws for a problem in the audit itself.
     *
     * <p>The {@link AuditLimits} are checked first. When a count is over its limit (too many candidates, returns,
     * objectives, agencies, or answers in a return) the report holds those errors and a warning that nothing else was
     * checked: no other check, standard or added, runs on an audit of that size. A text over its limit is reported
     * with the other problems.
     *
     * @param audit the audit; never null
     */
    public ValidationReport validate(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        List<Problem> overCounts = AuditLimits.checkCounts(audit);
        if (!overCounts.isEmpty()) {
            List<Problem> problems = new ArrayList<>(overCounts);
            problems.add(Problem.warning(
                    "",
                    "Validation stopped at the size limits above: the audit's other checks were not run.",
                    "Bring the audit within the limits (see dev.maca.validation.AuditLimits) and validate it again."));
            return new ValidationReport(problems);
        }
        List<Problem> problems = new ArrayList<>(AuditLimits.checkTexts(audit));
        checkScope(audit.scope(), problems);
        CohortSelection cohort = audit.cohort();
        checkCandidates(audit, cohort, problems);
        CohortRuleChecks.check(audit, problems);
        checkReturns(audit, cohort, problems);
        PanelChecks.check(audit, cohort, stage, problems);
        ConcernChecks.check(audit, cohort, problems);
        checkFindings(audit, problems);
        PlanChecks.check(audit, stage, problems);
        checkLearning(audit, problems);
        for (AuditCheck check : extraChecks) {
            problems.addAll(check.check(audit));
        }
        if (documents) {
            problems.addAll(DocumentNeeds.forStage(stage, audit));
        }
        return new ValidationReport(problems);
    }

    private static void checkScope(AuditScope scope, List<Problem> problems) {
        JsonPointer objectives = SCOPE.append("objectives");
        checkIds(scope.objectives(), Objective::id, objectives, "objective", problems);
        for (int i = 0; i < scope.objectives().size(); i++) {
            Objective objective = scope.objectives().get(i);
            JsonPointer themes = objectives.append(i).append("themes");
            if (objective.themes().isEmpty()) {
                problems.add(Problem.error(
                        themes.toString(),
                        "Objective '" + objective.id() + "' has no themes, so no agency question can meet it.",
                        "List at least one theme id, e.g. \"" + dev.maca.scope.Themes.PROFESSIONAL_CURIOSITY + "\"."));
            }
            for (int t = 0; t < objective.themes().size(); t++) {
                checkKebab(objective.themes().get(t), themes.append(t), "theme", problems);
            }
        }
        if (scope.objectives().isEmpty()) {
            problems.add(Problem.error(
                    objectives.toString(), "The scope has no objectives.", "Add the audit's objectives."));
        }
        checkIds(scope.agencies(), AgencyRequirement::id, SCOPE.append("agencies"), "agency", problems);
        if (scope.agencies().isEmpty()) {
            problems.add(Problem.error(
                    SCOPE.append("agencies").toString(),
                    "The scope names no agencies to contribute.",
                    "List the agencies that must contribute, by agency module id."));
        }
        checkGradingScale(scope.gradingScale(), SCOPE.append("gradingScale"), problems);
        checkTimeline(scope, problems);
        List<FeatureRequirement> features = scope.cohortCriteria().features();
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).anyOf().isEmpty()) {
                problems.add(Problem.error(
                        SCOPE.append("cohortCriteria")
                                .append("features")
                                .append(i)
                                .append("anyOf")
                                .toString(),
                        "The cohort feature '" + features.get(i).label()
                                + "' lists no case features, so no case can meet it.",
                        "List the case-feature ids that meet it, e.g. [\"domestic-abuse\", \"substance-misuse\"]."));
            }
        }
    }

    private static void checkGradingScale(GradingScale scale, JsonPointer at, List<Problem> problems) {
        if (scale.grades().size() < 2) {
            problems.add(Problem.error(
                    at.append("grades").toString(),
                    "The grading scale has " + scale.grades().size() + " grade(s); a judgement needs at least two.",
                    "List the grades best first, e.g. Outstanding, Good, Requires improvement, Inadequate."));
        }
        checkIds(scale.grades(), Grade::id, at.append("grades"), "grade", problems);
        for (int g = 0; g < scale.grades().size(); g++) {
            if (scale.grades().get(g).id().equals(Judgement.NOT_APPLICABLE)) {
                problems.add(Problem.error(
                        at.append("grades").append(g).append("id").toString(),
                        "The grade id '" + Judgement.NOT_APPLICABLE + "' is reserved for judgements that an objective"
                                + " does not apply.",
                        "Give the grade another id; \"not applicable\" needs no grade of its own."));
            }
        }
        if (!scale.contains(scale.expectedStandard())) {
            problems.add(Problem.error(
                    at.append("expectedStandard").toString(),
                    "The expected standard '" + scale.expectedStandard() + "' is not a grade of the scale.",
                    "Use one of " + gradeIds(scale) + "."));
        }
    }

    private static void checkTimeline(AuditScope scope, List<Problem> problems) {
        JsonPointer at = SCOPE.append("timeline").append("milestones");
        List<Milestone> milestones = scope.timeline().milestones();
        checkIds(milestones, Milestone::id, at, "milestone", problems);
        for (int i = 1; i < milestones.size(); i++) {
            Milestone before = milestones.get(i - 1);
            Milestone after = milestones.get(i);
            if (after.dueBy().isBefore(before.dueBy())) {
                problems.add(Problem.error(
                        at.append(i).append("month").toString(),
                        "Milestone '" + after.id() + "' (" + after.month() + ") comes before the previous milestone '"
                                + before.id() + "' (" + before.month() + ").",
                        "List milestones in the order they happen, or correct the month."));
            }
        }
    }

    private static void checkCandidates(Audit audit, CohortSelection cohort, List<Problem> problems) {
        JsonPointer at = JsonPointer.root().append("candidates");
        checkIds(audit.candidates(), CaseRecord::id, at, "case", problems);
        Map<String, Integer> pseudonyms = new HashMap<>();
        Set<String> agencies = new HashSet<>(audit.scope().agencyIds());
        for (int i = 0; i < audit.candidates().size(); i++) {
            CaseRecord candidate = audit.candidates().get(i);
            Integer first = pseudonyms.putIfAbsent(candidate.pseudonym(), i);
            if (first != null) {
                problems.add(Problem.error(
                        at.append(i).append("pseudonym").toString(),
                        "The pseudonym '" + candidate.pseudonym() + "' is also used by " + at.append(first) + ".",
                        "Give every case its own pseudonym, e.g. \"Family " + (i + 1) + "\"."));
            }
            for (int u = 0; u < candidate.unborn().size(); u++) {
                checkBirth(
                        candidate.unborn().get(u), at.append(i).append("unborn").append(u), problems);
            }
            for (int j = 0; j < candidate.involvements().size(); j++) {
                AgencyInvolvement involvement = candidate.involvements().get(j);
                if (!agencies.contains(involvement.agencyId())) {
                    problems.add(Problem.warning(
                            at.append(i)
                                    .append("involvements")
                                    .append(j)
                                    .append("agencyId")
                                    .toString(),
                            "Agency '" + involvement.agencyId() + "' is not one of the scope's agencies, so it will"
                                    + " not be asked for a return.",
                            "Use one of " + audit.scope().agencyIds()
                                    + ", or add the agency to the scope if it must contribute."));
                }
            }
        }
        cohort.shortfallWarning()
                .ifPresent(warning -> problems.add(Problem.warning(
                        at.toString(),
                        warning,
                        "Add candidates that meet every criterion, or lower /scope/cohortCriteria/targetSize.")));
    }

    /** A birth months away from when it was expected, or a first-year event outside the first year, is a typing slip. */
    private static void checkBirth(UnbornRecord baby, JsonPointer at, List<Problem> problems) {
        baby.birth().ifPresent(birth -> {
            if (birth.month().isAfter(baby.expected().plusMonths(1))
                    || birth.month().isBefore(baby.expected().minusMonths(4))) {
                problems.add(Problem.warning(
                        at.append("birth").append("month").toString(),
                        "The baby was born in " + birth.month() + " but was expected in " + baby.expected()
                                + ": more than a month late or four months early.",
                        "Check the birth month and the expected month."));
            }
            for (int e = 0; e < birth.firstYear().size(); e++) {
                FirstYearEvent event = birth.firstYear().get(e);
                if (event.month().isBefore(birth.month())
                        || event.month().isAfter(birth.month().plusMonths(11))) {
                    problems.add(Problem.error(
                            at.append("birth")
                                    .append("firstYear")
                                    .append(e)
                                    .append("month")
                                    .toString(),
                            "A first-year event in " + event.month() + " falls outside the baby's first year (born "
                                    + birth.month() + ").",
                            "Correct the month, or leave out an event after the first birthday."));
                }
            }
        });
    }

    private static void checkReturns(Audit audit, CohortSelection cohort, List<Problem> problems) {
        JsonPointer at = JsonPointer.root().append("returns");
        AuditScope scope = audit.scope();
        Set<String> candidateIds = new HashSet<>();
        audit.candidates().forEach(c -> candidateIds.add(c.id()));
        Map<String, CaseRecord> cohortById = new HashMap<>();
        cohort.cohort().forEach(c -> cohortById.putIfAbsent(c.id(), c));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < audit.returns().size(); i++) {
            AuditReturn auditReturn = audit.returns().get(i);
            JsonPointer here = at.append(i);
            if (!candidateIds.contains(auditReturn.caseId())) {
                problems.add(Problem.error(
                        here.append("caseId").toString(),
                        "The return is for case '" + auditReturn.caseId() + "', which is not a candidate case.",
                        "Correct the case id, or add the case to /candidates."));
            } else if (!cohortById.containsKey(auditReturn.caseId())) {
                problems.add(Problem.error(
                        here.append("caseId").toString(),
                        "The return is for case '" + auditReturn.caseId() + "', which is not in the cohort.",
                        "Remove the return, or correct the case's features and involvements so it meets the cohort"
                                + " criteria."));
            } else if (!cohortById.get(auditReturn.caseId()).involves(auditReturn.agencyId())) {
                problems.add(Problem.warning(
                        here.append("agencyId").toString(),
                        "Agency '" + auditReturn.agencyId() + "' sent a return for case '" + auditReturn.caseId()
                                + "' but is not recorded as involved in it.",
                        "Add the agency's involvement to the case, or check the return's case id."));
            }
            if (scope.agency(auditReturn.agencyId()).isEmpty()) {
                problems.add(Problem.error(
                        here.append("agencyId").toString(),
                        "Agency '" + auditReturn.agencyId() + "' is not one of the scope's agencies.",
                        "Use one of " + scope.agencyIds() + "."));
            }
            String key = auditReturn.caseId() + "\u0000" + auditReturn.agencyId();
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                problems.add(Problem.error(
                        here.toString(),
                        "A second return from '" + auditReturn.agencyId() + "' for case '" + auditReturn.caseId()
                                + "'; the first is " + at.append(first) + ".",
                        "Keep one return per case and agency: merge them or remove one."));
            }
            auditReturn.objectiveJudgements().forEach((objectiveId, judgement) -> {
                JsonPointer judgementAt = here.append("objectiveJudgements").append(objectiveId);
                if (scope.objective(objectiveId).isEmpty()) {
                    problems.add(Problem.error(
                            judgementAt.toString(),
                            "A judgement for objective '" + objectiveId + "', which the scope does not have.",
                            "Use one of " + objectiveIds(scope) + "."));
                }
                checkObjectiveJudgement(judgement, judgementAt, scope.gradingScale(), problems);
            });
            auditReturn
                    .overall()
                    .ifPresent(j -> checkJudgement(j, here.append("overall"), scope.gradingScale(), problems));
            checkIndependence(auditReturn, here, problems);
            auditReturn.answers().forEach((questionId, answer) -> {
                if (answer instanceof Answer.Graded graded) {
                    checkJudgement(
                            graded.judgement(),
                            here.append("answers").append(questionId).append("judgement"),
                            scope.gradingScale(),
                            problems);
                }
            });
        }
    }

    /** An objective judgement: a grade on the scale, or "not applicable" with its reason. */
    private static void checkObjectiveJudgement(
            Judgement judgement, JsonPointer at, GradingScale scale, List<Problem> problems) {
        if (judgement.isNotApplicable()) {
            if (judgement.rationale().isBlank()) {
                problems.add(Problem.error(
                        at.append("rationale").toString(),
                        "The objective is judged \"not applicable\" without a reason.",
                        "Say why the agency had no material involvement in what the objective asks about."));
            }
            return;
        }
        checkJudgement(judgement, at, scale, problems);
    }

    private static void checkIndependence(AuditReturn auditReturn, JsonPointer at, List<Problem> problems) {
        auditReturn.independence().filter(i -> i.involved()).ifPresent(i -> {
            String where =
                    "The auditor of agency '" + auditReturn.agencyId() + "' for case '" + auditReturn.caseId() + "'";
            if (i.how().isBlank()) {
                problems.add(Problem.error(
                        at.append("independence").append("how").toString(),
                        where + " was involved in the case but does not say how.",
                        "Say how the auditor was involved and who checked the answers."));
            } else {
                problems.add(Problem.warning(
                        at.append("independence").toString(),
                        where + " was involved in the case they audited.",
                        "Have another auditor check the return, and say so in the report's method."));
            }
        });
    }

    private static void checkJudgement(
            Judgement judgement, JsonPointer at, GradingScale scale, List<Problem> problems) {
        if (judgement.isNotApplicable()) {
            problems.add(Problem.error(
                    at.append("grade").toString(),
                    "\"" + Judgement.NOT_APPLICABLE + "\" is allowed only for an objective's judgement, not here.",
                    "Grade the practice on the " + scale.name() + ": one of " + gradeIds(scale) + "."));
            return;
        }
        if (!scale.contains(judgement.grade())) {
            problems.add(Problem.error(
                    at.append("grade").toString(),
                    "The grade '" + judgement.grade() + "' is not on the " + scale.name() + ".",
                    "Use one of " + gradeIds(scale) + "."));
        }
    }

    private static void checkFindings(Audit audit, List<Problem> problems) {
        JsonPointer at = JsonPointer.root().append("findings");
        AuditScope scope = audit.scope();
        checkObjectiveReferences(audit.findings(), ObjectiveFindings::objectiveId, at, "findings", scope, problems);
        for (int i = 0; i < audit.findings().size(); i++) {
            ObjectiveFindings findings = audit.findings().get(i);
            String grade = findings.grade().orElse(null);
            if (grade != null && !scope.gradingScale().contains(grade)) {
                problems.add(Problem.error(
                        at.append(i).append("grade").toString(),
                        "The grade '" + grade + "' is not on the "
                                + scope.gradingScale().name() + ".",
                        "Use one of " + gradeIds(scope.gradingScale()) + "."));
            }
        }
    }

    private static void checkLearning(Audit audit, List<Problem> problems) {
        checkObjectiveReferences(
                audit.learning(),
                LearningContent::objectiveId,
                JsonPointer.root().append("learning"),
                "learning content",
                audit.scope(),
                problems);
    }

    private static <T> void checkObjectiveReferences(
            List<T> items,
            Function<T, String> objectiveId,
            JsonPointer at,
            String what,
            AuditScope scope,
            List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = objectiveId.apply(items.get(i));
            JsonPointer here = at.append(i).append("objectiveId");
            if (scope.objective(id).isEmpty()) {
                problems.add(Problem.error(
                        here.toString(),
                        "The " + what + " is for objective '" + id + "', which the scope does not have.",
                        "Use one of " + objectiveIds(scope) + "."));
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                problems.add(Problem.error(
                        here.toString(),
                        "A second " + what + " for objective '" + id + "'; the first is " + at.append(first) + ".",
                        "Keep one " + what + " per objective: merge them."));
            }
        }
    }

    private static <T> void checkIds(
            List<T> items, Function<T, String> id, JsonPointer at, String what, List<Problem> problems) {
        for (int i = 0; i < items.size(); i++) {
            checkKebab(id.apply(items.get(i)), at.append(i).append("id"), what + " id", problems);
        }
        checkUnique(items, id, at, "id", what, problems);
    }

    private static <T> void checkUnique(
            List<T> items,
            Function<T, String> key,
            JsonPointer at,
            String property,
            String what,
            List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                problems.add(Problem.error(
                        at.append(i).append(property).toString(),
                        "Duplicate " + what + " id '" + value + "': " + at.append(first) + " has it too.",
                        "Give every " + what + " its own id."));
            }
        }
    }

    private static void checkKebab(String value, JsonPointer at, String what, List<Problem> problems) {
        if (!Preconditions.isKebabId(value)) {
            problems.add(Problem.error(
                    at.toString(),
                    "The " + what + " '" + value + "' is not a lower-kebab-case id.",
                    "Use lower-case letters, digits and single hyphens, e.g. \"fathers-and-males\"."));
        }
    }

    static List<String> gradeIds(GradingScale scale) {
        return scale.grades().stream().map(Grade::id).toList();
    }

    static List<String> objectiveIds(AuditScope scope) {
        return scope.objectives().stream().map(Objective::id).toList();
    }
}
