package dev.maca.report.forms;

import dev.maca.spi.Question;
import dev.maca.tool.AuditTool;
import dev.maca.tool.CoreQuestions;
import dev.maca.tool.ToolQuestion;

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

    private static Question fallback(String id) {
        return CoreQuestions.ALL.stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a core question"));
    }
}
