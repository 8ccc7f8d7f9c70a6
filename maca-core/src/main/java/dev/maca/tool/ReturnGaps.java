package dev.maca.tool;

import static dev.maca.model.Preconditions.list;

import dev.maca.cohort.CaseRecord;
import dev.maca.returns.AuditReturn;
import dev.maca.spi.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a return leaves unanswered of its tool: the required questions without an answer (core ones included), the
 * objectives without a judgement, and the children whose lived experience is not described. The form importer uses it
 * to set a return's {@code unanswered} list; validation uses it to check one.
 *
 * @param unanswered ids of the tool's required questions left unanswered, bank questions then core questions, in tool
 *     order; a core free-text question counts as unanswered when its component is blank, {@code
 *     core-overall-judgement} when there is no overall judgement, {@code core-action-now} and {@code
 *     core-auditor-independence} when not answered, and {@code core-lived-experience} when a child is not described
 * @param missingObjectiveJudgements ids of the tool's objectives the return gives no judgement for, in tool order
 * @param childrenNotDescribed the children (by pseudonym, in the case's order) whose lived experience the return does
 *     not describe; empty when the return answers for the children together, as MACA 0.1 asked
 */
public record ReturnGaps(
        List<String> unanswered, List<String> missingObjectiveJudgements, List<String> childrenNotDescribed) {
    public ReturnGaps {
        unanswered = list(unanswered, "return gaps unanswered");
        missingObjectiveJudgements = list(missingObjectiveJudgements, "return gaps missingObjectiveJudgements");
        childrenNotDescribed = list(childrenNotDescribed, "return gaps childrenNotDescribed");
    }

    /**
     * The gaps of {@code auditReturn} against {@code tool}, for the children of {@code caseRecord}: the lived-experience
     * question is answered when every child the case lists (and every baby born) is described, or when the return
     * describes the children together.
     *
     * @param tool the tool the return answers; never null
     * @param caseRecord the case the return is for; never null
     * @param auditReturn the return; never null
     */
    public static ReturnGaps of(AuditTool tool, CaseRecord caseRecord, AuditReturn auditReturn) {
        Objects.requireNonNull(caseRecord, "case record is required but was null");
        return of(tool, Optional.of(caseRecord), auditReturn);
    }

    /**
     * The gaps of {@code auditReturn} against {@code tool} when the case is not at hand: the lived-experience question
     * counts as answered when any child, or the children together, are described.
     *
     * @param tool the tool the return answers; never null
     * @param auditReturn the return; never null
     */
    public static ReturnGaps of(AuditTool tool, AuditReturn auditReturn) {
        return of(tool, Optional.empty(), auditReturn);
    }

    private static ReturnGaps of(AuditTool tool, Optional<CaseRecord> caseRecord, AuditReturn auditReturn) {
        Objects.requireNonNull(tool, "audit tool is required but was null");
        Objects.requireNonNull(auditReturn, "audit return is required but was null");
        List<String> notDescribed = childrenNotDescribed(caseRecord, auditReturn);
        List<String> unanswered = new ArrayList<>();
        for (ToolQuestion question : tool.questions()) {
            if (question.question().required() && !auditReturn.answers().containsKey(question.id())) {
                unanswered.add(question.id());
            }
        }
        for (ToolQuestion question : tool.coreQuestions()) {
            if (question.question().required() && !answersCore(auditReturn, question.question(), notDescribed)) {
                unanswered.add(question.id());
            }
        }
        List<String> missingJudgements = tool.objectiveIds().stream()
                .filter(id -> !auditReturn.objectiveJudgements().containsKey(id))
                .toList();
        return new ReturnGaps(unanswered, missingJudgements, notDescribed);
    }

    /** Whether nothing is missing: every required question answered and every objective judged. */
    public boolean isComplete() {
        return unanswered.isEmpty() && missingObjectiveJudgements.isEmpty();
    }

    /** The component of {@link AuditReturn} that answers a core question, as a JSON property name. */
    static String fieldOf(String coreQuestionId) {
        return switch (coreQuestionId) {
            case "core-auditor-independence" -> "independence";
            case "core-records-examined" -> "recordsExamined";
            case "core-lived-experience" -> "livedExperienceByChild";
            case "core-impact" -> "impact";
            case "core-good-practice" -> "goodPractice";
            case "core-areas-for-development" -> "areasForDevelopment";
            case "core-overall-judgement" -> "overall";
            case "core-action-now" -> "actionNow";
            default -> throw new IllegalArgumentException("'" + coreQuestionId + "' is not a core question id");
        };
    }

    private static List<String> childrenNotDescribed(Optional<CaseRecord> caseRecord, AuditReturn r) {
        if (!r.livedExperience().isBlank() || caseRecord.isEmpty()) {
            return List.of();
        }
        return caseRecord.get().childrenAskedAbout().stream()
                .filter(child -> r.livedExperienceOf(child)
                        .filter(text -> !text.isBlank())
                        .isEmpty())
                .toList();
    }

    private static boolean answersCore(AuditReturn r, Question question, List<String> notDescribed) {
        return switch (fieldOf(question.id())) {
            case "independence" -> r.independence().isPresent();
            case "recordsExamined" -> !r.recordsExamined().isBlank();
            case "livedExperienceByChild" -> !r.livedExperience().isBlank()
                    || (notDescribed.isEmpty()
                            && r.livedExperienceByChild().stream()
                                    .anyMatch(c -> !c.experience().isBlank()));
            case "impact" -> !r.impact().isBlank();
            case "goodPractice" -> !r.goodPractice().isBlank();
            case "areasForDevelopment" -> !r.areasForDevelopment().isBlank();
            case "actionNow" -> r.actionNow().isPresent();
            default -> r.overall().isPresent();
        };
    }
}
