package dev.maca.tool;

import static dev.maca.model.Preconditions.list;

import dev.maca.returns.AuditReturn;
import dev.maca.spi.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a return leaves unanswered of its tool: the required questions without an answer (core ones included), the
 * objectives without a judgement, and whether the overall judgement is missing. The form importer uses it to set a
 * return's {@code unanswered} list; validation uses it to check one.
 *
 * @param unanswered ids of the tool's required questions left unanswered, bank questions then core questions, in tool
 *     order; a core free-text question counts as unanswered when its field is blank, and {@code core-overall-judgement}
 *     when there is no overall judgement
 * @param missingObjectiveJudgements ids of the tool's objectives the return gives no judgement for, in tool order
 */
public record ReturnGaps(List<String> unanswered, List<String> missingObjectiveJudgements) {
    public ReturnGaps {
        unanswered = list(unanswered, "return gaps unanswered");
        missingObjectiveJudgements = list(missingObjectiveJudgements, "return gaps missingObjectiveJudgements");
    }

    /**
     * The gaps of {@code auditReturn} against {@code tool}.
     *
     * @param tool the tool the return answers; never null
     * @param auditReturn the return; never null
     */
    public static ReturnGaps of(AuditTool tool, AuditReturn auditReturn) {
        Objects.requireNonNull(tool, "audit tool is required but was null");
        Objects.requireNonNull(auditReturn, "audit return is required but was null");
        List<String> unanswered = new ArrayList<>();
        for (ToolQuestion question : tool.questions()) {
            if (question.question().required() && !auditReturn.answers().containsKey(question.id())) {
                unanswered.add(question.id());
            }
        }
        for (ToolQuestion question : tool.coreQuestions()) {
            if (question.question().required() && !answersCore(auditReturn, question.question())) {
                unanswered.add(question.id());
            }
        }
        List<String> missingJudgements = tool.objectiveIds().stream()
                .filter(id -> !auditReturn.objectiveJudgements().containsKey(id))
                .toList();
        return new ReturnGaps(unanswered, missingJudgements);
    }

    /** Whether nothing is missing: every required question answered and every objective judged. */
    public boolean isComplete() {
        return unanswered.isEmpty() && missingObjectiveJudgements.isEmpty();
    }

    /** The field of {@link AuditReturn} that answers a core question, as a JSON property name. */
    static String fieldOf(String coreQuestionId) {
        if (coreQuestionId.equals(CoreQuestions.LIVED_EXPERIENCE.id())) {
            return "livedExperience";
        }
        if (coreQuestionId.equals(CoreQuestions.GOOD_PRACTICE.id())) {
            return "goodPractice";
        }
        if (coreQuestionId.equals(CoreQuestions.AREAS_FOR_DEVELOPMENT.id())) {
            return "areasForDevelopment";
        }
        if (coreQuestionId.equals(CoreQuestions.OVERALL_JUDGEMENT.id())) {
            return "overall";
        }
        throw new IllegalArgumentException("'" + coreQuestionId + "' is not a core question id");
    }

    private static boolean answersCore(AuditReturn auditReturn, Question question) {
        return switch (fieldOf(question.id())) {
            case "livedExperience" -> !auditReturn.livedExperience().isBlank();
            case "goodPractice" -> !auditReturn.goodPractice().isBlank();
            case "areasForDevelopment" -> !auditReturn.areasForDevelopment().isBlank();
            default -> auditReturn.overall().isPresent();
        };
    }
}
