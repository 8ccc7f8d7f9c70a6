package dev.maca.report.forms;

import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.util.List;

/**
 * The four case-level questions every form asks, worded as the tool words them or, for a tool that lacks one, as
 * the library words it; the return keeps their answers in their own components.
 */
final class CoreQuestionText {
    private CoreQuestionText() {}

    /** The tool's own core question with this id, or the library's wording of it. */
    static Question of(AuditTool tool, String id) {
        return tool.coreQuestions().stream()
                .map(ToolQuestion::question)
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseGet(() -> fallback(id));
    }

    /** Whether a question id is one of the four the return keeps in its own components. */
    static boolean isCaseLevel(String id) {
        return id.equals(FormFields.LIVED_EXPERIENCE)
                || id.equals(FormFields.GOOD_PRACTICE)
                || id.equals(FormFields.AREAS_FOR_DEVELOPMENT)
                || id.equals(FormFields.OVERALL_JUDGEMENT);
    }

    private static Question fallback(String id) {
        return switch (id) {
            case FormFields.LIVED_EXPERIENCE -> new Question(
                    id,
                    "What was life like for the child?",
                    "Describe the child's lived experience as your records show it: what they saw, heard and felt,"
                            + " and what difference your agency's work made for them.",
                    ResponseType.FREE_TEXT,
                    true,
                    List.of("voice-of-the-child"));
            case FormFields.GOOD_PRACTICE -> new Question(
                    id,
                    "What good practice did you find?",
                    "Practice that made a difference for the child and that others could learn from.",
                    ResponseType.FREE_TEXT,
                    true,
                    List.of("professional-curiosity"));
            case FormFields.AREAS_FOR_DEVELOPMENT -> new Question(
                    id,
                    "What are the areas for development?",
                    "What should have happened, or happened sooner, and what would help practitioners to do it.",
                    ResponseType.FREE_TEXT,
                    true,
                    List.of("professional-curiosity"));
            case FormFields.OVERALL_JUDGEMENT -> new Question(
                    id,
                    "What is your overall judgement of your agency's practice in this case?",
                    "Grade practice in the case as a whole and say why you made this judgement.",
                    ResponseType.GRADED,
                    true,
                    List.of("professional-curiosity"));
            default -> throw new IllegalArgumentException("'" + id + "' is not a case-level core question");
        };
    }
}
