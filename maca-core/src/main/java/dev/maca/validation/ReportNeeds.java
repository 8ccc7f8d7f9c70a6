package dev.maca.validation;

import dev.maca.audit.Action;
import dev.maca.audit.Audit;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.audit.Recommendation;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.scope.AuditScope;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the report to the Business Group, its annex, the agency feedback and the panel packs need of an audit: the
 * milestone that dates each, and for the report the scope's background and purposes, the panel's findings and grades
 * for every objective, its conclusion, and recommendations with owned, dated actions.
 */
final class ReportNeeds {
    private ReportNeeds() {}

    /** Records a gap when the timeline has no milestone of a kind, which the document needs for {@code purpose}. */
    static void milestone(Audit audit, MilestoneKind kind, String purpose, Needs needs) {
        if (audit.scope().timeline().first(kind).isEmpty()) {
            needs.missing(
                    JsonPointer.root().append("scope").append("timeline").append("milestones"),
                    "a " + kind + " milestone in the timeline, for " + purpose,
                    "Add a milestone of kind " + kind + " with its month to the scope's timeline.");
        }
    }

    /** The panel packs: a panel milestone, or else the audit's own, to date them. */
    static void panelPack(Audit audit, Needs needs) {
        var timeline = audit.scope().timeline();
        if (timeline.first(MilestoneKind.PANEL).isEmpty()
                && timeline.first(MilestoneKind.AUDIT).isEmpty()) {
            milestone(audit, MilestoneKind.PANEL, "the month the panel meets", needs);
        }
    }

    static void report(Audit audit, Needs needs) {
        milestone(audit, MilestoneKind.REPORT, "the month the report is presented", needs);
        AuditScope scope = audit.scope();
        JsonPointer scopeAt = JsonPointer.root().append("scope");
        needs.requireNonEmpty(
                scope.background(),
                scopeAt.append("background"),
                "a background",
                "Add the background (e.g. the Rapid Review that led to the audit) to the scope.");
        needs.requireNonEmpty(
                scope.purposes(), scopeAt.append("purposes"), "the audit's purposes", "Add the purposes to the scope.");
        needs.requireNonEmpty(
                scope.objectives(), scopeAt.append("objectives"), "at least one objective", "Add the objectives.");
        needs.requireNonEmpty(
                audit.cohort().cohort(),
                JsonPointer.root().append("candidates"),
                "a cohort of at least one case",
                "Add candidate cases that meet the cohort criteria.");
        for (Objective objective : scope.objectives()) {
            Optional<ObjectiveFindings> findings = audit.findingsFor(objective.id());
            if (findings.isEmpty()) {
                needs.missing(
                        JsonPointer.root().append("findings"),
                        "the panel's findings for objective '" + objective.id() + "' (" + objective.title() + ")",
                        "Add findings with the objectiveId '" + objective.id() + "': a key message, a narrative,"
                                + " good practice and areas for development.");
            } else {
                findings(objective, findings.get(), audit.findings().indexOf(findings.get()), needs);
            }
            if (familiesGraded(audit, objective.id(), true) == 0) {
                needs.missing(
                        JsonPointer.root().append("panelReviews"),
                        "the panel's grade of objective '" + objective.id() + "' for at least one family",
                        gradeFix(
                                audit,
                                objective,
                                "Record the panel's review of each family, with the grade it agreed for this"
                                        + " objective (\"not applicable\" where it does not apply to a family)."));
            }
        }
        if (audit.report().isEmpty()) {
            needs.missing(
                    JsonPointer.root().append("report"),
                    "its document control and the panel's conclusion",
                    "Add \"report\" with the document control (version, author's role, distribution) and the conclusion"
                            + " that answers the commissioning question.");
        } else {
            needs.requireNonEmpty(
                    audit.report().get().conclusion(),
                    JsonPointer.root().append("report").append("conclusion"),
                    "the panel's conclusion",
                    "Write the panel's answer to the commissioning question, one paragraph per entry.");
        }
        recommendations(audit, needs);
    }

    /** What a document prints of the panel's findings for an objective: key message, narrative, practice found. */
    static void findings(Objective objective, ObjectiveFindings findings, int index, Needs needs) {
        JsonPointer at = JsonPointer.root().append("findings").append(index);
        String of = " for objective '" + objective.id() + "'";
        needs.requireText(
                findings.keyMessage(),
                at.append("keyMessage"),
                "the panel's key message" + of,
                "Write the one-sentence message the panel wants remembered.");
        needs.requireNonEmpty(
                findings.narrative(),
                at.append("narrative"),
                "the panel's narrative" + of,
                "Write what the panel found, one paragraph per entry.");
        needs.requireNonEmpty(
                findings.goodPractice(),
                at.append("goodPractice"),
                "the good practice the panel found" + of,
                "List the good practice found across the cases.");
        needs.requireNonEmpty(
                findings.areasForDevelopment(),
                at.append("areasForDevelopment"),
                "the areas for development the panel found" + of,
                "List the areas for development found across the cases.");
    }

    /**
     * How many families of the cohort the panel graded for an objective, by their (first) review: with "not
     * applicable" counted or not.
     */
    static int familiesGraded(Audit audit, String objectiveId, boolean countNotApplicable) {
        Map<String, PanelReview> byCase = new HashMap<>();
        audit.panelReviews().forEach(r -> byCase.putIfAbsent(r.caseId(), r));
        int graded = 0;
        for (var family : audit.cohort().cohort()) {
            PanelGrade grade = Optional.ofNullable(byCase.get(family.id()))
                    .map(r -> r.grades().get(objectiveId))
                    .orElse(null);
            if (grade != null && (countNotApplicable || !grade.isNotApplicable())) {
                graded++;
            }
        }
        return graded;
    }

    /**
     * The fix for an objective the panel has not graded; when no agency's return judges the objective either, it says
     * so, since grading it then has no agency's view behind it and the way out is the agencies' tools.
     */
    static String gradeFix(Audit audit, Objective objective, String fix) {
        boolean judged =
                audit.returns().stream().anyMatch(r -> r.objectiveJudgements().containsKey(objective.id()));
        if (judged) {
            return fix;
        }
        return fix + " No agency's return judges this objective yet, so the panel has no agency's view to moderate:"
                + " make sure at least two agencies' tools ask about it (validation warns when fewer do) and that their"
                + " returns judge it.";
    }

    private static void recommendations(Audit audit, Needs needs) {
        JsonPointer at = JsonPointer.root().append("recommendations");
        needs.requireNonEmpty(
                audit.recommendations(),
                at,
                "at least one recommendation for its recommendations and action plan",
                "Add the recommendations the Business Group is asked to own, each with its actions.");
        for (int r = 0; r < audit.recommendations().size(); r++) {
            Recommendation recommendation = audit.recommendations().get(r);
            JsonPointer rAt = at.append(r);
            needs.requireNonEmpty(
                    recommendation.actions(),
                    rAt.append("actions"),
                    "at least one action for recommendation " + recommendation.id(),
                    "Add the actions that deliver it: what, the owner's role, target date and status.");
            for (int a = 0; a < recommendation.actions().size(); a++) {
                Action action = recommendation.actions().get(a);
                JsonPointer aAt = rAt.append("actions").append(a);
                if (action.ownerRole().isBlank()) {
                    needs.missing(
                            aAt.append("ownerRole"),
                            "an owner for action " + action.ref(),
                            "Name the role that owns action " + action.ref()
                                    + ", e.g. \"Partnership Business Manager\".");
                }
                if (action.targetDate().isEmpty()) {
                    needs.missing(
                            aAt.append("targetDate"),
                            "a target date for action " + action.ref(),
                            "Give action " + action.ref() + " the day it is due.");
                }
            }
        }
    }
}
