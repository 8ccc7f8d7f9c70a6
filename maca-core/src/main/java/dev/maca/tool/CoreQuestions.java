package dev.maca.tool;

import dev.maca.agency.AgencyContract;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import java.util.List;

/**
 * The questions every audit tool asks about the whole case, whatever the agency: the child's lived experience, good
 * practice, areas for development and the overall judgement.
 *
 * <p>Their ids start with the reserved prefix {@value AgencyContract#RESERVED_PREFIX}, which agency banks may not use.
 * A return answers them in its dedicated fields ({@code livedExperience}, {@code goodPractice}, {@code
 * areasForDevelopment}, {@code overall}), not in its answers map.
 */
public final class CoreQuestions {
    /** "What was life like for the child?" — answered in {@code AuditReturn.livedExperience}. */
    public static final Question LIVED_EXPERIENCE = new Question(
            "core-lived-experience",
            "What was life like for the child?",
            "From your agency's record, describe the child's daily lived experience: what the child saw, heard and felt,"
                    + " and how the child's voice and wishes were sought and recorded.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** "What good practice did you find?" — answered in {@code AuditReturn.goodPractice}. */
    public static final Question GOOD_PRACTICE = new Question(
            "core-good-practice",
            "What good practice did you find?",
            "Name the practice that made a difference for the child or family, and where in the record it is shown.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** "What areas for development did you find?" — answered in {@code AuditReturn.areasForDevelopment}. */
    public static final Question AREAS_FOR_DEVELOPMENT = new Question(
            "core-areas-for-development",
            "What areas for development did you find?",
            "Name what could have been done better or sooner, and what would help practitioners do it; write \"None"
                    + " found\" when there are none.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** The overall judgement of the agency's practice in the case, with rationale — {@code AuditReturn.overall}. */
    public static final Question OVERALL_JUDGEMENT = new Question(
            "core-overall-judgement",
            "What is your overall judgement of your agency's practice in this case?",
            "Grade the practice on the audit's grading scale and say why you made this judgement.",
            ResponseType.GRADED,
            true,
            List.of());

    /** The core questions in the order a tool asks them. */
    public static final List<Question> ALL =
            List.of(LIVED_EXPERIENCE, GOOD_PRACTICE, AREAS_FOR_DEVELOPMENT, OVERALL_JUDGEMENT);

    private CoreQuestions() {}

    /** Whether {@code id} is a core question's id or uses the reserved core prefix. */
    public static boolean isCore(String id) {
        return id != null && id.startsWith(AgencyContract.RESERVED_PREFIX);
    }

    /** The core questions as a tool lists them: asked of the whole case, so serving no single objective. */
    static List<ToolQuestion> asToolQuestions() {
        return ALL.stream().map(q -> new ToolQuestion(q, List.of())).toList();
    }
}
