package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerVoice;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The standard checks of the panel's record: one review per cohort family, each grade on the scale (or "not
 * applicable" with a reason) with a rationale, a moderated view wherever the agencies' own grades for the objective are
 * two or more apart, and the family's and practitioners' voices recorded. What is only missing is a warning before the
 * final report and an error for it; what is wrong is always an error.
 */
final class PanelChecks {
    private static final JsonPointer REVIEWS = JsonPointer.root().append("panelReviews");

    private final Audit audit;
    private final AuditScope scope;
    private final Stage stage;
    private final List<Problem> problems;
    private final Map<String, List<AuditReturn>> returnsByCase = new HashMap<>();

    private PanelChecks(Audit audit, Stage stage, List<Problem> problems) {
        this.audit = audit;
        this.scope = audit.scope();
        this.stage = stage;
        this.problems = problems;
    }

    static void check(Audit audit, CohortSelection cohort, Stage stage, List<Problem> problems) {
        new PanelChecks(audit, stage, problems).run(cohort);
    }

    private void run(CohortSelection cohort) {
        Set<String> candidateIds = new HashSet<>();
        audit.candidates().forEach(c -> candidateIds.add(c.id()));
        Set<String> cohortIds = new HashSet<>();
        cohort.cohort().forEach(c -> cohortIds.add(c.id()));
        for (AuditReturn r : audit.returns()) {
            returnsByCase
                    .computeIfAbsent(r.caseId(), k -> new java.util.ArrayList<>())
                    .add(r);
        }
        Map<String, Integer> reviewed = new HashMap<>();
        for (int i = 0; i < audit.panelReviews().size(); i++) {
            PanelReview review = audit.panelReviews().get(i);
            JsonPointer at = REVIEWS.append(i);
            Integer first = reviewed.putIfAbsent(review.caseId(), i);
            if (first != null) {
                problems.add(Problem.error(
                        at.append("caseId").toString(),
                        "A second panel review of case '" + review.caseId() + "'; the first is " + REVIEWS.append(first)
                                + ".",
                        "Keep one review per family: merge the two."));
            }
            if (!candidateIds.contains(review.caseId())) {
                problems.add(Problem.error(
                        at.append("caseId").toString(),
                        "The panel review is for case '" + review.caseId() + "', which is not a candidate case.",
                        "Correct the case id to one of the cohort's cases."));
                continue;
            }
            if (!cohortIds.contains(review.caseId())) {
                problems.add(Problem.error(
                        at.append("caseId").toString(),
                        "The panel review is for case '" + review.caseId() + "', which is not in the cohort.",
                        "Remove the review, or correct the case's features and involvements so it meets the cohort"
                                + " criteria."));
                continue;
            }
            checkReview(review, at);
        }
        if (stage.isAfterPanel()) {
            for (CaseRecord c : cohort.cohort()) {
                if (!reviewed.containsKey(c.id())) {
                    problems.add(
                            missing(
                                    REVIEWS.toString(),
                                    "Cohort case '" + c.id() + "' (" + c.pseudonym()
                                            + ") has no panel review, so the report"
                                            + " has no multi-agency grade for the family.",
                                    "Add the panel's review of the family: the grade agreed per objective with its rationale."));
                }
            }
        }
    }

    private void checkReview(PanelReview review, JsonPointer at) {
        String family = "The panel review of case '" + review.caseId() + "'";
        checkAttendees(review, at, family);
        GradingScale scale = scope.gradingScale();
        review.grades().forEach((objectiveId, grade) -> {
            JsonPointer gradeAt = at.append("grades").append(objectiveId);
            if (scope.objective(objectiveId).isEmpty()) {
                problems.add(Problem.error(
                        gradeAt.toString(),
                        family + " grades objective '" + objectiveId + "', which the scope does not have.",
                        "Use one of " + AuditValidator.objectiveIds(scope) + "."));
                return;
            }
            checkGrade(grade, gradeAt, family, objectiveId, scale);
        });
        for (int o = 0; o < scope.objectives().size(); o++) {
            Objective objective = scope.objectives().get(o);
            if (!review.grades().containsKey(objective.id())) {
                problems.add(missing(
                        at.append("grades").toString(),
                        family + " gives no grade for objective '" + objective.id() + "'.",
                        "Record the grade the panel agreed, or \"" + Judgement.NOT_APPLICABLE
                                + "\" with the reason the objective does not apply to the family."));
            }
        }
        checkModeration(review, at, family);
        if (review.keyLearning().isBlank()) {
            problems.add(missing(
                    at.append("keyLearning").toString(),
                    family + " records no key learning for the family.",
                    "Write the one thing the panel most wants remembered from this family's case."));
        }
        review.illustration()
                .filter(String::isBlank)
                .ifPresent(blank -> problems.add(Problem.error(
                        at.append("illustration").toString(),
                        family + " has an empty case illustration.",
                        "Write the disguised illustration the panel agreed may be quoted, or leave it out.")));
        review.illustrationObjective()
                .filter(id -> audit.scope().objective(id).isEmpty())
                .ifPresent(id -> problems.add(Problem.error(
                        at.append("illustrationObjective").toString(),
                        family + " places its illustration under objective '" + id + "', which the scope does not"
                                + " have.",
                        "Use one of " + AuditValidator.objectiveIds(audit.scope()) + ".")));
        if (review.illustrationObjective().isPresent() && review.illustration().isEmpty()) {
            problems.add(Problem.error(
                    at.append("illustrationObjective").toString(),
                    family + " names an objective for an illustration it does not have.",
                    "Add the illustration, or leave out illustrationObjective."));
        }
        if (review.familyVoice().isEmpty()) {
            problems.add(Problem.warning(
                    at.append("familyVoice").toString(),
                    family + " does not say whether the family was invited to give their view.",
                    "Record whether the family was invited and why, and what they said or why no view was sought."));
        }
        review.familyVoice().ifPresent(voice -> checkFamilyVoice(voice, at.append("familyVoice"), family));
        if (review.practitionerVoice().isEmpty()) {
            problems.add(Problem.warning(
                    at.append("practitionerVoice").toString(),
                    family + " does not say whether the practitioners who worked with the family were heard.",
                    "Record the conversations held with practitioners and what they said, or why none was held."));
        }
        review.practitionerVoice()
                .ifPresent(voice -> checkPractitionerVoice(voice, at.append("practitionerVoice"), family));
    }

    private void checkAttendees(PanelReview review, JsonPointer at, String family) {
        Set<String> agencies = new HashSet<>();
        for (int a = 0; a < review.attendees().size(); a++) {
            PanelAttendee attendee = review.attendees().get(a);
            attendee.agencyId().ifPresent(agencies::add);
            int index = a;
            attendee.agencyId()
                    .filter(id -> scope.agency(id).isEmpty())
                    .ifPresent(id -> problems.add(Problem.warning(
                            at.append("attendees")
                                    .append(index)
                                    .append("agencyId")
                                    .toString(),
                            family + " lists an attendee from agency '" + id
                                    + "', which is not one of the scope's agencies.",
                            "Use one of " + scope.agencyIds()
                                    + ", or leave the agency out for the partnership's own staff.")));
        }
        if (agencies.size() < 2) {
            problems.add(Problem.warning(
                    at.append("attendees").toString(),
                    family + " names " + (agencies.isEmpty() ? "no agency" : "one agency")
                            + " among its attendees; a multi-agency grade needs the agencies involved at the table.",
                    "List who took part, by agency and role."));
        }
    }

    private void checkGrade(PanelGrade grade, JsonPointer at, String family, String objectiveId, GradingScale scale) {
        String of = family + " for objective '" + objectiveId + "'";
        if (grade.isNotApplicable()) {
            if (grade.rationale().isBlank()) {
                problems.add(Problem.error(
                        at.append("rationale").toString(),
                        of + " is \"not applicable\" without a reason.",
                        "Say why the objective does not apply to this family."));
            }
            return;
        }
        if (!scale.contains(grade.grade())) {
            problems.add(Problem.error(
                    at.append("grade").toString(),
                    of + " gives the grade '" + grade.grade() + "', which is not on the " + scale.name() + ".",
                    "Use one of " + AuditValidator.gradeIds(scale) + ", or \"" + Judgement.NOT_APPLICABLE + "\"."));
        }
        if (grade.rationale().isBlank()) {
            problems.add(Problem.error(
                    at.append("rationale").toString(),
                    of + " has no rationale.",
                    "Write why the panel agreed this grade, from what the agencies' records showed."));
        }
    }

    /** Wherever the agencies' own grades for an objective are two or more apart, the panel must say how it moderated. */
    private void checkModeration(PanelReview review, JsonPointer at, String family) {
        GradingScale scale = scope.gradingScale();
        Set<String> seenAgencies = new HashSet<>();
        Map<String, int[]> spread = new HashMap<>();
        for (AuditReturn r : returnsByCase.getOrDefault(review.caseId(), List.of())) {
            if (scope.agency(r.agencyId()).isEmpty() || !seenAgencies.add(r.agencyId())) {
                continue;
            }
            r.objectiveJudgements().forEach((objectiveId, judgement) -> {
                OptionalInt rank = scale.rank(judgement.grade());
                if (rank.isPresent()) {
                    int[] range = spread.computeIfAbsent(objectiveId, k -> new int[] {Integer.MAX_VALUE, -1});
                    range[0] = Math.min(range[0], rank.getAsInt());
                    range[1] = Math.max(range[1], rank.getAsInt());
                }
            });
        }
        spread.forEach((objectiveId, range) -> {
            PanelGrade grade = review.grades().get(objectiveId);
            if (grade == null || range[1] - range[0] < 2) {
                return;
            }
            JsonPointer moderationAt = at.append("grades").append(objectiveId).append("moderation");
            String apart = "The agencies' own grades of case '" + review.caseId() + "' for objective '" + objectiveId
                    + "' are " + (range[1] - range[0]) + " grades apart ("
                    + scale.grades().get(range[0]).label() + " to "
                    + scale.grades().get(range[1]).label() + ")";
            if (grade.moderation().isEmpty()) {
                problems.add(Problem.error(
                        moderationAt.toString(),
                        apart + ", but the panel review gives no moderated view.",
                        "Record the view the panel reached together and how the difference was resolved."));
            } else {
                if (grade.moderation().get().agreedView().isBlank()) {
                    problems.add(Problem.error(
                            moderationAt.append("agreedView").toString(),
                            apart + ", but the panel's moderated view is empty.",
                            "Write the view of the practice the panel reached together."));
                }
                if (grade.moderation().get().resolution().isBlank()) {
                    problems.add(Problem.error(
                            moderationAt.append("resolution").toString(),
                            apart + ", but the review does not say how the difference was resolved.",
                            "Say what each agency saw that the others did not, and why the agreed grade is where it"
                                    + " is."));
                }
            }
        });
    }

    private void checkFamilyVoice(FamilyVoice voice, JsonPointer at, String family) {
        if (voice.invitation().isBlank()) {
            problems.add(
                    Problem.error(
                            at.append("invitation").toString(),
                            family + " does not say why the family was " + (voice.invited() ? "" : "not ") + "invited.",
                            voice.invited()
                                    ? "Say how and by whom the family was invited."
                                    : "Say why the family was not invited (e.g. proceedings under way, no consent to contact)."));
        }
        boolean heard = voice.isHeard() || !voice.conversations().isEmpty();
        if (voice.consent() != Consent.GIVEN && heard) {
            problems.add(Problem.error(
                    at.append("consent").toString(),
                    family + " records what the family said, but their consent is "
                            + voice.consent().label().toLowerCase(java.util.Locale.ROOT) + ".",
                    "Record only what a family member agreed to share: remove their words, or record their consent as"
                            + " GIVEN if they gave it."));
        }
        if (!voice.invited() && voice.consent() == Consent.GIVEN) {
            problems.add(Problem.error(
                    at.append("consent").toString(),
                    family + " says the family was not invited but gave consent.",
                    "Correct whether the family was invited, or its consent."));
        }
        if (voice.consent() == Consent.GIVEN && voice.conversations().isEmpty()) {
            problems.add(Problem.warning(
                    at.append("conversations").toString(),
                    family + " says the family agreed to contribute but records no conversation.",
                    "Record who in the family spoke, and with whom (by role)."));
        }
        if (voice.consent() == Consent.GIVEN
                && !voice.isHeard()
                && voice.noViewReason().isBlank()) {
            problems.add(Problem.warning(
                    at.toString(),
                    family + " records conversations with the family but neither the parents' nor the children's view.",
                    "Write what the parents and the children said, or why no view was given."));
        }
        for (int c = 0; c < voice.conversations().size(); c++) {
            FamilyConversation conversation = voice.conversations().get(c);
            if (conversation.spokeWith().equals(conversation.familyMember())) {
                problems.add(Problem.warning(
                        at.append("conversations").append(c).toString(),
                        family + " records a conversation of a family member with themselves.",
                        "Say who they spoke with, by role."));
            }
        }
    }

    private void checkPractitionerVoice(PractitionerVoice voice, JsonPointer at, String family) {
        for (int c = 0; c < voice.conversations().size(); c++) {
            String agencyId = voice.conversations().get(c).agencyId();
            if (scope.agency(agencyId).isEmpty()) {
                problems.add(Problem.warning(
                        at.append("conversations").append(c).append("agencyId").toString(),
                        family + " records a conversation with a practitioner of agency '" + agencyId
                                + "', which is not one of the scope's agencies.",
                        "Use one of " + scope.agencyIds() + "."));
            }
        }
        if (voice.conversations().isEmpty() && voice.notHeardReason().isBlank()) {
            problems.add(Problem.warning(
                    at.append("notHeardReason").toString(),
                    family + " records no conversation with practitioners and no reason why.",
                    "Record the practitioners spoken with, or why none was."));
        }
        if (!voice.conversations().isEmpty()
                && voice.whatHelped().isBlank()
                && voice.whatGotInTheWay().isBlank()) {
            problems.add(Problem.warning(
                    at.toString(),
                    family + " records conversations with practitioners but not what they said.",
                    "Write what practitioners said helped, and what got in the way."));
        }
    }

    /** Something the report needs and the review lacks: an error for the final report, otherwise a warning. */
    private Problem missing(String path, String message, String fix) {
        return stage == Stage.FINAL_REPORT ? Problem.error(path, message, fix) : Problem.warning(path, message, fix);
    }
}
