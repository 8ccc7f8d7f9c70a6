package dev.maca.tool;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * The questions one agency answers for each case of one audit: the bank's questions whose themes meet the audit's
 * objectives, then the core questions every tool asks.
 *
 * <p>A return answers a tool version; {@code version} identifies the exact questions asked (a checksum of the tool's
 * content), so a form or return for a different set of questions can be recognised.
 *
 * @param auditReference the audit's reference
 * @param agencyId the agency's id
 * @param agencyName the agency's name
 * @param agencyVersion the agency module's version
 * @param version the tool's version: a checksum of its questions
 * @param questions the bank's questions that meet the audit's objectives, in bank order
 * @param coreQuestions the questions every tool asks about the whole case
 */
public record AuditTool(
        String auditReference,
        String agencyId,
        String agencyName,
        String agencyVersion,
        String version,
        List<ToolQuestion> questions,
        List<ToolQuestion> coreQuestions) {
    public AuditTool {
        nonBlank(auditReference, "tool auditReference");
        present(agencyId, "tool agencyId");
        nonBlank(agencyName, "tool agencyName");
        present(agencyVersion, "tool agencyVersion");
        present(version, "tool version");
        questions = list(questions, "tool questions");
        coreQuestions = list(coreQuestions, "tool coreQuestions");
    }

    /** The bank questions that serve an objective, in bank order. */
    public List<ToolQuestion> questionsFor(String objectiveId) {
        return questions.stream()
                .filter(q -> q.objectiveIds().contains(objectiveId))
                .toList();
    }

    /**
     * The objectives this tool has at least one question for, in the order its questions first serve them (the scope's
     * order when the bank asks about objectives in that order); a return gives a judgement for each.
     */
    public List<String> objectiveIds() {
        return questions.stream()
                .flatMap(q -> q.objectiveIds().stream())
                .distinct()
                .toList();
    }

    /** A bank or core question by id. */
    public Optional<ToolQuestion> question(String id) {
        return java.util.stream.Stream.concat(questions.stream(), coreQuestions.stream())
                .filter(q -> q.id().equals(id))
                .findFirst();
    }
}
