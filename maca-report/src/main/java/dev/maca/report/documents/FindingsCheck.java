package dev.maca.report.documents;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.scope.Objective;
import dev.maca.validation.JsonPointer;
import java.util.Optional;

/** The content each document needs for one objective, with the gaps named by objective and path. */
final class FindingsCheck {
    private FindingsCheck() {}

    /**
     * What the report prints of the panel's findings: key message, narrative, good practice, development. The grades
     * are the families' own, from the panel's reviews, so a single grade for the objective is not asked for.
     */
    static void report(Objective objective, ObjectiveFindings findings, int index, ContentGaps gaps) {
        common(objective, findings, index, gaps);
    }

    /** What a brief prints of the panel's findings: key message, narrative, good practice, development. */
    static void brief(Objective objective, Audit audit, ContentGaps gaps) {
        Optional<ObjectiveFindings> findings = audit.findingsFor(objective.id());
        if (findings.isEmpty()) {
            gaps.missing(
                    JsonPointer.root().append("findings"),
                    "the panel's findings for objective '" + objective.id() + "' (" + objective.title() + ")",
                    "Add findings with the objectiveId '" + objective.id() + "': a key message, a narrative, good"
                            + " practice and areas for development.");
        } else {
            common(objective, findings.get(), audit.findings().indexOf(findings.get()), gaps);
        }
        Optional<LearningContent> learning = audit.learningFor(objective.id());
        if (learning.isEmpty()) {
            gaps.missing(
                    JsonPointer.root().append("learning"),
                    "learning content for objective '" + objective.id() + "' (" + objective.title() + ")",
                    "Add learning with the objectiveId '" + objective.id() + "': why it matters, things to remember,"
                            + " what to do and reflection questions.");
            return;
        }
        LearningContent content = learning.get();
        JsonPointer at =
                JsonPointer.root().append("learning").append(audit.learning().indexOf(content));
        String of = " for objective '" + objective.id() + "'";
        gaps.requireNonEmpty(
                content.whyItMatters(),
                at.append("whyItMatters"),
                "why it matters" + of + " (part 2)",
                "Say in a paragraph or two why this matters for children.");
        gaps.requireNonEmpty(
                content.thingsToRemember(),
                at.append("thingsToRemember"),
                "things to note and remember" + of + " (part 6)",
                "List the things practitioners should note and remember.");
        gaps.requireNonEmpty(
                content.whatToDo(),
                at.append("whatToDo"),
                "what to do" + of + " (part 7)",
                "List what practitioners should do differently.");
        gaps.requireNonEmpty(
                content.reflectionQuestions(),
                at.append("reflectionQuestions"),
                "questions for reflection" + of,
                "Add two or three questions a team can discuss.");
    }

    /** Whether the panel graded the objective for any family, so that the report's findings have grades to stand on. */
    static void panelGraded(Objective objective, AuditAnalysis analysis, ContentGaps gaps) {
        boolean graded = analysis.panel()
                .objective(objective.id())
                .map(o -> o.graded() + o.notApplicable().count() > 0)
                .orElse(false);
        if (!graded) {
            gaps.missing(
                    JsonPointer.root().append("panelReviews"),
                    "the panel's grade of objective '" + objective.id() + "' for at least one family",
                    "Record the panel's review of each family, with a grade (or not applicable) for this objective.");
        }
    }

    private static void common(Objective objective, ObjectiveFindings findings, int index, ContentGaps gaps) {
        JsonPointer at = JsonPointer.root().append("findings").append(index);
        String of = " for objective '" + objective.id() + "'";
        gaps.requireText(
                findings.keyMessage(),
                at.append("keyMessage"),
                "the panel's key message" + of,
                "Write the one-sentence message the panel wants remembered.");
        gaps.requireNonEmpty(
                findings.narrative(),
                at.append("narrative"),
                "the panel's narrative" + of,
                "Write what the panel found, one paragraph per entry.");
        gaps.requireNonEmpty(
                findings.goodPractice(),
                at.append("goodPractice"),
                "the good practice the panel found" + of,
                "List the good practice found across the cases.");
        gaps.requireNonEmpty(
                findings.areasForDevelopment(),
                at.append("areasForDevelopment"),
                "the areas for development the panel found" + of,
                "List the areas for development found across the cases.");
    }
}
