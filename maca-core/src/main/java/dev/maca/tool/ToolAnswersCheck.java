package dev.maca.tool;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.ReturnStatus;
import dev.maca.validation.AuditCheck;
import dev.maca.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an audit's returns against the agencies' audit tools: each return comes from an agency with a tool, answers
 * only the tool's questions with answers of the right kind, judges only the tool's objectives, and — when complete —
 * answers every required question, describes every child of the case and judges every objective and the case overall;
 * an incomplete return's {@code unanswered} list says what is really unanswered.
 *
 * <p>A return that answers another version of its agency's tool (one made before the tool's questions changed, such
 * as a return written with MACA 0.1) is held to the current tool's requirements only as warnings: it was complete for
 * the questions it was asked, and the warnings say what the current tool asks that it does not answer.
 *
 * <p>Grades are not checked here: whether a grade is on the scale is the core validator's check.
 *
 * <pre>{@code
 * AuditCheck answers = new ToolAnswersCheck(AuditTools.assembleAll(scope, registry));
 * }</pre>
 */
public final class ToolAnswersCheck implements AuditCheck {
    private final Map<String, AuditTool> tools;

    /**
     * A check against these tools.
     *
     * @param tools the tools by agency id; never null
     */
    public ToolAnswersCheck(Map<String, AuditTool> tools) {
        Objects.requireNonNull(tools, "tools are required but were null");
        this.tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    }

    @Override
    public List<Problem> check(Audit audit) {
        Objects.requireNonNull(audit, "audit is required but was null");
        List<Problem> problems = new ArrayList<>();
        Map<String, CaseRecord> cases = new java.util.HashMap<>();
        audit.candidates().forEach(c -> cases.putIfAbsent(c.id(), c));
        for (int i = 0; i < audit.returns().size(); i++) {
            AuditReturn auditReturn = audit.returns().get(i);
            checkReturn(auditReturn, cases.get(auditReturn.caseId()), "/returns/" + i, problems);
        }
        return List.copyOf(problems);
    }

    private void checkReturn(AuditReturn auditReturn, CaseRecord caseRecord, String path, List<Problem> problems) {
        String where = "The return of agency '" + auditReturn.agencyId() + "' for case '" + auditReturn.caseId() + "'";
        AuditTool tool = tools.get(auditReturn.agencyId());
        if (tool == null) {
            problems.add(Problem.error(
                    path + "/agencyId",
                    where + " is from an agency with no audit tool in this audit.",
                    "Use one of the agencies with a tool (" + String.join(", ", tools.keySet())
                            + "), or add the agency to the scope and load its module."));
            return;
        }
        boolean currentVersion = auditReturn.toolVersion().equals(tool.version());
        if (!currentVersion) {
            problems.add(Problem.warning(
                    path + "/toolVersion",
                    where + " answers tool version '" + auditReturn.toolVersion()
                            + "' but the agency's tool is version '" + tool.version()
                            + "'; its questions may have changed since.",
                    "Check the answers against the current tool and set toolVersion to '" + tool.version() + "'."));
        }
        checkAnswers(auditReturn, tool, path, where, problems);
        checkObjectiveJudgements(auditReturn, tool, path, where, problems);
        ReturnGaps gaps =
                caseRecord == null ? ReturnGaps.of(tool, auditReturn) : ReturnGaps.of(tool, caseRecord, auditReturn);
        if (caseRecord != null) {
            checkChildren(auditReturn, caseRecord, path, where, problems);
        }
        if (auditReturn.status() == ReturnStatus.COMPLETE && currentVersion) {
            checkComplete(gaps, path, where, problems);
        } else if (auditReturn.status() == ReturnStatus.COMPLETE) {
            checkOlderVersion(gaps, path, where, problems);
        } else {
            checkIncomplete(auditReturn, gaps, path, where, problems);
        }
    }

    private static void checkChildren(
            AuditReturn auditReturn, CaseRecord caseRecord, String path, String where, List<Problem> problems) {
        List<String> children = caseRecord.childrenAskedAbout();
        for (int c = 0; c < auditReturn.livedExperienceByChild().size(); c++) {
            String child = auditReturn.livedExperienceByChild().get(c).child();
            if (!children.contains(child)) {
                problems.add(Problem.warning(
                        path + "/livedExperienceByChild/" + c + "/child",
                        where + " describes the lived experience of a child the case does not list.",
                        "Use the pseudonym the case gives the child ("
                                + (children.isEmpty() ? "the case lists no children" : String.join(", ", children))
                                + "), or add the child to the case."));
            }
        }
    }

    private static void checkOlderVersion(ReturnGaps gaps, String path, String where, List<Problem> problems) {
        if (gaps.isComplete()) {
            return;
        }
        List<String> missing = new ArrayList<>(gaps.unanswered());
        missing.addAll(gaps.missingObjectiveJudgements().stream()
                .map(id -> "the judgement of objective '" + id + "'")
                .toList());
        problems.add(Problem.warning(
                path + "/status",
                where + " answers an older version of the tool; the current tool also asks "
                        + String.join(", ", missing) + ", which the return does not answer.",
                "Accept the return as it is, or ask the agency to complete the current form for the case."));
    }

    private static void checkAnswers(
            AuditReturn auditReturn, AuditTool tool, String path, String where, List<Problem> problems) {
        for (Map.Entry<String, Answer> entry : auditReturn.answers().entrySet()) {
            String id = entry.getKey();
            String answerPath = path + "/answers/" + pointerToken(id);
            if (CoreQuestions.isCore(id)) {
                problems.add(Problem.error(
                        answerPath,
                        where + " answers core question '" + id + "' in its answers.",
                        tool.question(id).isPresent()
                                ? "Move the answer to the return's '" + ReturnGaps.fieldOf(id) + "' field."
                                : "Remove it: ids starting with 'core-' are reserved for the core questions."));
                continue;
            }
            var question = tool.question(id);
            if (question.isEmpty()) {
                problems.add(Problem.error(
                        answerPath,
                        where + " answers '" + id + "', which is not a question of the agency's tool.",
                        "Correct the question id to one of: "
                                + String.join(
                                        ", ",
                                        tool.questions().stream()
                                                .map(ToolQuestion::id)
                                                .toList()) + "."));
                continue;
            }
            var expected = question.get().question().responseType();
            if (entry.getValue().responseType() != expected) {
                problems.add(Problem.error(
                        answerPath,
                        where + " answers '" + id + "' as " + entry.getValue().responseType()
                                + " but the question asks for " + expected + ".",
                        "Answer it as " + expected + "."));
            }
        }
    }

    private static void checkObjectiveJudgements(
            AuditReturn auditReturn, AuditTool tool, String path, String where, List<Problem> problems) {
        List<String> covered = tool.objectiveIds();
        for (String objectiveId : auditReturn.objectiveJudgements().keySet()) {
            if (!covered.contains(objectiveId)) {
                problems.add(Problem.error(
                        path + "/objectiveJudgements/" + pointerToken(objectiveId),
                        where + " judges objective '" + objectiveId
                                + "', which the agency's tool asks no question for.",
                        "Remove the judgement, or correct the objective id to one of: "
                                + (covered.isEmpty() ? "(none)" : String.join(", ", covered)) + "."));
            }
        }
    }

    private static void checkComplete(ReturnGaps gaps, String path, String where, List<Problem> problems) {
        for (String id : gaps.unanswered()) {
            String answerPath = CoreQuestions.isCore(id)
                    ? path + "/" + ReturnGaps.fieldOf(id)
                    : path + "/answers/" + pointerToken(id);
            problems.add(Problem.error(
                    answerPath,
                    where + " is marked COMPLETE but required question '" + id + "' is unanswered"
                            + (id.equals(CoreQuestions.LIVED_EXPERIENCE.id())
                                            && !gaps.childrenNotDescribed().isEmpty()
                                    ? " for " + String.join(", ", gaps.childrenNotDescribed())
                                    : "")
                            + ".",
                    "Answer it, or mark the return INCOMPLETE and list '" + id + "' in unanswered."));
        }
        for (String objectiveId : gaps.missingObjectiveJudgements()) {
            problems.add(Problem.error(
                    path + "/objectiveJudgements/" + pointerToken(objectiveId),
                    where + " is marked COMPLETE but gives no judgement for objective '" + objectiveId + "'.",
                    "Add a judgement with its rationale for the objective, or mark the return INCOMPLETE."));
        }
    }

    private static void checkIncomplete(
            AuditReturn auditReturn, ReturnGaps gaps, String path, String where, List<Problem> problems) {
        var listed = new LinkedHashSet<>(auditReturn.unanswered());
        var actual = new LinkedHashSet<>(gaps.unanswered());
        if (!listed.equals(actual)) {
            problems.add(Problem.warning(
                    path + "/unanswered",
                    where + " lists as unanswered [" + String.join(", ", listed) + "] but what is unanswered is ["
                            + String.join(", ", actual) + "].",
                    "Set unanswered to [" + String.join(", ", actual) + "]."));
        }
        if (gaps.isComplete()) {
            problems.add(Problem.warning(
                    path + "/status",
                    where + " is marked INCOMPLETE but answers every required question and judges every objective.",
                    "Mark the return COMPLETE."));
        }
    }

    /** A JSON Pointer reference token (RFC 6901): {@code ~} and {@code /} escaped. */
    private static String pointerToken(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
