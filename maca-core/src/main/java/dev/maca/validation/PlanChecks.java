package dev.maca.validation;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.ImpactMeasure;
import dev.maca.audit.Recommendation;
import dev.maca.audit.ReportContent;
import dev.maca.audit.ReviewLearning;
import dev.maca.scope.AuditScope;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.PreviousReview;
import dev.maca.scope.SharedMeasures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of what the partnership writes for its report: SMART recommendations (owner by role, date, a measure of
 * impact against this audit's baseline), actions with an owner's role, a date and an update behind every status but
 * "Not started", the report's own content (document control, a conclusion, what was found of every previous review),
 * and a re-audit on the timeline.
 *
 * <p>What the report needs is asked for only once the panel has met ({@link Stage#isAfterPanel()}): a gap is a warning
 * for a draft report and an error for the final one. A reference to something the audit does not have is an error at
 * every stage.
 */
final class PlanChecks {
    private static final JsonPointer RECOMMENDATIONS = JsonPointer.root().append("recommendations");
    private static final JsonPointer REPORT = JsonPointer.root().append("report");

    private final Audit audit;
    private final AuditScope scope;
    private final Stage stage;
    private final List<Problem> problems;

    private PlanChecks(Audit audit, Stage stage, List<Problem> problems) {
        this.audit = audit;
        this.scope = audit.scope();
        this.stage = stage;
        this.problems = problems;
    }

    static void check(Audit audit, Stage stage, List<Problem> problems) {
        PlanChecks checks = new PlanChecks(audit, stage, problems);
        checks.recommendations();
        checks.report();
        checks.reaudit();
    }

    private void recommendations() {
        Map<String, String> actionRefs = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < audit.recommendations().size(); i++) {
            Recommendation recommendation = audit.recommendations().get(i);
            JsonPointer here = RECOMMENDATIONS.append(i);
            Integer first = ids.putIfAbsent(recommendation.id(), i);
            if (first != null) {
                problems.add(Problem.error(
                        here.append("id").toString(),
                        "Duplicate recommendation id '" + recommendation.id() + "': " + RECOMMENDATIONS.append(first)
                                + " has it too.",
                        "Give every recommendation its own id."));
            }
            objectives(recommendation, here);
            smart(recommendation, here);
            if (recommendation.actions().isEmpty()) {
                problems.add(Problem.warning(
                        here.append("actions").toString(),
                        "Recommendation '" + recommendation.id() + "' has no actions in the action plan.",
                        "Add at least one action with an owner's role and a target date."));
            }
            for (int a = 0; a < recommendation.actions().size(); a++) {
                Action action = recommendation.actions().get(a);
                JsonPointer actionAt = here.append("actions").append(a);
                String previous = actionRefs.putIfAbsent(action.ref(), actionAt.toString());
                if (previous != null) {
                    problems.add(Problem.error(
                            actionAt.append("ref").toString(),
                            "Action reference '" + action.ref() + "' is also used at " + previous + ".",
                            "Give every action its own reference, e.g. \"" + recommendation.id() + "." + (a + 1)
                                    + "\"."));
                }
                action(action, actionAt);
            }
        }
    }

    private void objectives(Recommendation recommendation, JsonPointer here) {
        for (int o = 0; o < recommendation.objectiveIds().size(); o++) {
            String objectiveId = recommendation.objectiveIds().get(o);
            if (scope.objective(objectiveId).isEmpty()) {
                problems.add(Problem.error(
                        here.append("objectiveIds").append(o).toString(),
                        "Recommendation '" + recommendation.id() + "' answers objective '" + objectiveId
                                + "', which the scope does not have.",
                        "Use one of " + AuditValidator.objectiveIds(scope) + "."));
            }
        }
    }

    private void smart(Recommendation recommendation, JsonPointer here) {
        String name = "Recommendation '" + recommendation.id() + "'";
        if (recommendation.ownerRole().isBlank()) {
            gap(
                    here.append("ownerRole"),
                    name + " has no owner.",
                    "Name the role that owns it, e.g. \"Partnership Business Manager\" or the chair of a subgroup for"
                            + " partnership work.");
        }
        if (recommendation.targetDate().isEmpty()) {
            gap(
                    here.append("targetDate"),
                    name + " has no target date.",
                    "Give the day it should be delivered by, e.g. \"2022-03-31\".");
        }
        if (recommendation.measure().isEmpty()) {
            gap(
                    here.append("measure"),
                    name + " has no measure of its impact.",
                    "Add a measure: a shared measure or an objective counted in families now, and the number of"
                            + " families to reach at re-audit.");
        } else {
            measure(name, recommendation.measure().get(), here.append("measure"));
        }
    }

    private void measure(String name, ImpactMeasure measure, JsonPointer at) {
        int families = audit.cohort().cohort().size();
        measure.objectiveId().ifPresent(id -> {
            if (scope.objective(id).isEmpty()) {
                problems.add(Problem.error(
                        at.append("objectiveId").toString(),
                        name + " is measured on objective '" + id + "', which the scope does not have.",
                        "Use one of " + AuditValidator.objectiveIds(scope) + "."));
            }
        });
        measure.sharedMeasure().ifPresent(id -> {
            if (SharedMeasures.wellKnown(id).isEmpty()) {
                problems.add(Problem.warning(
                        at.append("sharedMeasure").toString(),
                        name + " is measured on '" + id + "', which is not one of MACA's shared measures.",
                        "Use one of "
                                + SharedMeasures.WELL_KNOWN.stream()
                                        .map(m -> m.id())
                                        .toList()
                                + ", or make sure an agency's question carries this measure so the report has a"
                                + " baseline."));
            }
        });
        if (measure.targetFamilies() > families) {
            problems.add(Problem.error(
                    at.append("targetFamilies").toString(),
                    name + " aims for " + measure.targetFamilies() + " families, more than the " + families
                            + " in the cohort.",
                    "Give a target of at most " + families + " families."));
        }
    }

    private void action(Action action, JsonPointer at) {
        String name = "Action '" + action.ref() + "'";
        if (action.ownerRole().isBlank()) {
            gap(
                    at.append("ownerRole"),
                    name + " has no owner.",
                    "Name the role that owns it, e.g. \"Designated Nurse for Safeguarding Children\"; an agency alone"
                            + " is not an owner.");
        }
        action.ownerAgencyId().ifPresent(agency -> {
            if (scope.agency(agency).isEmpty()) {
                problems.add(Problem.warning(
                        at.append("ownerAgencyId").toString(),
                        name + " is carried out by '" + agency + "', which is not one of the scope's agencies.",
                        "Use one of " + scope.agencyIds() + ", or leave it out for partnership work."));
            }
        });
        if (action.targetDate().isEmpty()) {
            problems.add(Problem.error(
                    at.append("targetDate").toString(),
                    name + " has no target date.",
                    "Give the day it is due, e.g. \"2021-09-30\"."));
        }
        if (action.status() != ActionStatus.NOT_STARTED && action.lastUpdated().isEmpty()) {
            problems.add(Problem.warning(
                    at.append("lastUpdated").toString(),
                    name + " is " + action.status().label() + " but no day says when that was last reported.",
                    "Give the day of its last update (lastUpdated), or set it to NOT_STARTED if it has not begun."));
        }
    }

    private void report() {
        if (!stage.isAfterPanel()) {
            return;
        }
        if (audit.report().isEmpty()) {
            gap(
                    REPORT,
                    "The audit has no report content: document control and the conclusion are missing.",
                    "Add \"report\" with its document control (version, author's role, distribution) and the"
                            + " conclusion that answers the commissioning question.");
            return;
        }
        ReportContent content = audit.report().get();
        if (content.conclusion().stream().allMatch(String::isBlank)) {
            gap(
                    REPORT.append("conclusion"),
                    "The report has no conclusion.",
                    "Write the panel's answer to the commissioning question"
                            + scope.commissioningQuestion()
                                    .map(q -> " (\"" + q + "\")")
                                    .orElse("") + ".");
        }
        for (int i = 0; i < content.reviewLearning().size(); i++) {
            ReviewLearning learning = content.reviewLearning().get(i);
            if (scope.previousReview(learning.reference()).isEmpty()) {
                problems.add(Problem.error(
                        REPORT.append("reviewLearning")
                                .append(i)
                                .append("reference")
                                .toString(),
                        "What was found of review '" + learning.reference() + "' is recorded, but the scope names no"
                                + " such review.",
                        "Use the reference of one of the scope's previousReviews: "
                                + scope.previousReviews().stream()
                                        .map(PreviousReview::reference)
                                        .toList() + "."));
            }
        }
        List<PreviousReview> reviews = scope.previousReviews();
        for (int i = 0; i < reviews.size(); i++) {
            String reference = reviews.get(i).reference();
            boolean found = content.reviewLearning().stream()
                    .anyMatch(l -> l.reference().equals(reference));
            if (!found) {
                gap(
                        REPORT.append("reviewLearning"),
                        "The report does not say what the audit found of previous review '" + reference + "'.",
                        "Add reviewLearning for '" + reference + "': how well its learning is embedded, and its"
                                + " impact.");
            }
        }
    }

    private void reaudit() {
        if (!stage.isAfterPanel() || audit.recommendations().isEmpty()) {
            return;
        }
        boolean planned = scope.timeline().milestones().stream().anyMatch(m -> m.kind() == MilestoneKind.REAUDIT);
        if (!planned) {
            gap(
                    JsonPointer.root().append("scope").append("timeline").append("milestones"),
                    "The timeline has no re-audit, so the recommendations' impact has no date to be measured by.",
                    "Add a milestone of kind REAUDIT in the month the re-audit is due, usually within a year.");
        }
    }

    /** Something the report needs and the audit lacks: an error for the final report, otherwise a warning. */
    private void gap(JsonPointer at, String message, String fix) {
        problems.add(
                stage == Stage.FINAL_REPORT
                        ? Problem.error(at.toString(), message, fix)
                        : Problem.warning(at.toString(), message, fix));
    }
}
