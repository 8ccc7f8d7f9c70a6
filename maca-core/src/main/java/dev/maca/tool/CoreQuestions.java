package dev.maca.tool;

import dev.maca.agency.AgencyContract;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import java.util.List;

/**
 * The questions every audit tool asks about the whole case, whatever the agency: whether the auditor was involved in
 * the case and which records they examined; each child's lived experience; what difference the agency made; good
 * practice; areas for development; the overall judgement; and whether anything needs action now.
 *
 * <p>Their ids start with the reserved prefix {@value AgencyContract#RESERVED_PREFIX}, which agency banks may not use.
 * A return answers them in its own components ({@code independence}, {@code recordsExamined}, {@code
 * livedExperienceByChild}, {@code impact}, {@code goodPractice}, {@code areasForDevelopment}, {@code overall}, {@code
 * actionNow}), not in its answers map; forms lay each out as its answer needs (a choice per child, a yes or no with
 * what was done), so a core question's response type names its main answer only.
 */
public final class CoreQuestions {
    /** "Were you involved in this case?" — answered in {@code AuditReturn.independence}. */
    public static final Question INDEPENDENCE = new Question(
            "core-auditor-independence",
            "Were you involved in this case?",
            "Say whether you worked with this family, or supervised or managed the work audited. Auditors should not"
                    + " audit their own work: if you were involved, say how, and who checked your answers.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** "Which records did you examine?" — answered in {@code AuditReturn.recordsExamined}. */
    public static final Question RECORDS_EXAMINED = new Question(
            "core-records-examined",
            "Which records did you examine?",
            "Name the systems and files you read for each family member (for example the child's and the parents'"
                    + " records, the safeguarding file, correspondence) and the period they cover.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** "What was life like for the child?", for each child — answered in {@code AuditReturn.livedExperienceByChild}. */
    public static final Question LIVED_EXPERIENCE = new Question(
            "core-lived-experience",
            "What was life like for the child?",
            "Answer for each child, the baby included once born. From your agency's record, describe the child's daily"
                    + " lived experience: what the child saw, heard and felt, and how the child's voice and wishes were"
                    + " sought and recorded. If your service works with the adults, say what your record shows you knew,"
                    + " or did not know, about the child.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** "What difference did your agency's involvement make for the child?" — {@code AuditReturn.impact}. */
    public static final Question IMPACT = new Question(
            "core-impact",
            "What difference did your agency's involvement make for the child?",
            "Describe the outcome for the children, not the activity: what changed for them because of your agency's"
                    + " work, and what did not change that should have.",
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

    /** "Is there anything in this case that needs action now?" — answered in {@code AuditReturn.actionNow}. */
    public static final Question ACTION_NOW = new Question(
            "core-action-now",
            "Is there anything in this case that needs action now?",
            "If reading the record shows that a child may be at risk now, do not wait for the panel: act under your"
                    + " agency's safeguarding procedures today, tell the audit coordinator, and record here what you did,"
                    + " who you told (by role) and when.",
            ResponseType.FREE_TEXT,
            true,
            List.of());

    /** The core questions in the order a tool asks them. */
    public static final List<Question> ALL = List.of(
            INDEPENDENCE,
            RECORDS_EXAMINED,
            LIVED_EXPERIENCE,
            IMPACT,
            GOOD_PRACTICE,
            AREAS_FOR_DEVELOPMENT,
            OVERALL_JUDGEMENT,
            ACTION_NOW);

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
