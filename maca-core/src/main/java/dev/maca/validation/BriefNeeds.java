package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.util.List;
import java.util.Optional;

/**
 * What a published brief (or its huddle page) needs for an objective: the seminar month that dates it, the panel's
 * findings and a grade of at least one family, the learning content with its review date, contact role and checked
 * resources, and no text that names a case or person.
 */
final class BriefNeeds {
    private BriefNeeds() {}

    static void briefs(Audit audit, List<Objective> objectives, Needs needs) {
        ReportNeeds.milestone(audit, MilestoneKind.SEMINAR, "the month the briefs are published", needs);
        Pseudonyms names = Pseudonyms.of(audit);
        for (Objective objective : objectives) {
            content(objective, audit, needs);
            if (ReportNeeds.familiesGraded(audit, objective.id(), false) == 0) {
                boolean notApplicable = ReportNeeds.familiesGraded(audit, objective.id(), true) > 0;
                needs.missing(
                        JsonPointer.root().append("panelReviews"),
                        "the panel's grades for objective '" + objective.id()
                                + "', for the family-level facts of part 3",
                        ReportNeeds.gradeFix(
                                audit,
                                objective,
                                notApplicable
                                        ? "The panel found the objective applies to no family, so a brief has"
                                                + " nothing from the audit to teach: check the \"not applicable\""
                                                + " grades, and grade the families it does apply to."
                                        : "Record the panel's review of each family, with a grade for this"
                                                + " objective."));
            }
            publishable(objective, audit, needs);
            unnamed(objective, audit, names, needs);
        }
    }

    private static void content(Objective objective, Audit audit, Needs needs) {
        Optional<ObjectiveFindings> findings = audit.findingsFor(objective.id());
        if (findings.isEmpty()) {
            needs.missing(
                    JsonPointer.root().append("findings"),
                    "the panel's findings for objective '" + objective.id() + "' (" + objective.title() + ")",
                    "Add findings with the objectiveId '" + objective.id() + "': a key message, a narrative, good"
                            + " practice and areas for development.");
        } else {
            ReportNeeds.findings(objective, findings.get(), audit.findings().indexOf(findings.get()), needs);
        }
        Optional<LearningContent> learning = audit.learningFor(objective.id());
        if (learning.isEmpty()) {
            needs.missing(
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
        needs.requireNonEmpty(
                content.whyItMatters(),
                at.append("whyItMatters"),
                "why it matters" + of + " (part 2)",
                "Say in a paragraph or two why this matters for children.");
        needs.requireNonEmpty(
                content.thingsToRemember(),
                at.append("thingsToRemember"),
                "things to note and remember" + of + " (part 6)",
                "List the things practitioners should note and remember.");
        needs.requireNonEmpty(
                content.whatToDo(),
                at.append("whatToDo"),
                "what to do" + of + " (part 7)",
                "List what practitioners should do differently.");
        needs.requireNonEmpty(
                content.reflectionQuestions(),
                at.append("reflectionQuestions"),
                "questions for reflection" + of,
                "Add two or three questions a team can discuss.");
    }

    /** The day the brief is reviewed by, the role to contact, and each resource's address and the day it was checked. */
    private static void publishable(Objective objective, Audit audit, Needs needs) {
        Optional<LearningContent> found = audit.learningFor(objective.id());
        if (found.isEmpty()) {
            return;
        }
        LearningContent learning = found.get();
        JsonPointer at =
                JsonPointer.root().append("learning").append(audit.learning().indexOf(learning));
        String of = " for objective '" + objective.id() + "'";
        if (learning.reviewBy().isEmpty()) {
            needs.missing(
                    at.append("reviewBy"),
                    "the day the brief is reviewed by" + of,
                    "Give \"reviewBy\" as YYYY-MM-DD: the day the partnership will review or withdraw the brief,"
                            + " usually within a year of publishing it.");
        }
        needs.requireText(
                learning.contactRole(),
                at.append("contactRole"),
                "the role to contact about the brief" + of,
                "Give \"contactRole\": who practitioners contact with questions, by role (e.g. \"Partnership"
                        + " Business Manager\"), never by name.");
        for (int i = 0; i < learning.resources().size(); i++) {
            LearningResource resource = learning.resources().get(i);
            JsonPointer r = at.append("resources").append(i);
            if (resource.url().isEmpty()) {
                needs.missing(
                        r.append("url"),
                        "the address of resource " + (i + 1) + of,
                        "Give \"url\": the https:// address where practitioners can read it.");
            }
            if (resource.checkedOn().isEmpty()) {
                needs.missing(
                        r.append("checkedOn"),
                        "the day the address of resource " + (i + 1) + " was checked" + of,
                        "Open the address, and give \"checkedOn\" as that day (YYYY-MM-DD).");
            }
        }
    }

    /** A gap for every field of the objective's findings and learning that names a case or person. */
    private static void unnamed(Objective objective, Audit audit, Pseudonyms names, Needs needs) {
        audit.findingsFor(objective.id()).ifPresent(findings -> {
            JsonPointer at = JsonPointer.root()
                    .append("findings")
                    .append(audit.findings().indexOf(findings));
            unnamed(List.of(findings.keyMessage()), at.append("keyMessage"), true, objective, names, needs);
            unnamed(findings.narrative(), at.append("narrative"), false, objective, names, needs);
            unnamed(findings.goodPractice(), at.append("goodPractice"), false, objective, names, needs);
            unnamed(findings.areasForDevelopment(), at.append("areasForDevelopment"), false, objective, names, needs);
        });
        audit.learningFor(objective.id()).ifPresent(learning -> {
            JsonPointer at = JsonPointer.root()
                    .append("learning")
                    .append(audit.learning().indexOf(learning));
            unnamed(learning.whyItMatters(), at.append("whyItMatters"), false, objective, names, needs);
            unnamed(learning.whatGoodLooksLike(), at.append("whatGoodLooksLike"), false, objective, names, needs);
            unnamed(learning.thingsToRemember(), at.append("thingsToRemember"), false, objective, names, needs);
            unnamed(learning.whatToDo(), at.append("whatToDo"), false, objective, names, needs);
            unnamed(learning.reflectionQuestions(), at.append("reflectionQuestions"), false, objective, names, needs);
        });
    }

    private static void unnamed(
            List<String> texts, JsonPointer at, boolean single, Objective objective, Pseudonyms names, Needs needs) {
        for (int i = 0; i < texts.size(); i++) {
            if (names.named(texts.get(i))) {
                needs.missing(
                        single ? at : at.append(i),
                        "text that names no case, child or adult for objective '" + objective.id() + "', as it is"
                                + " published",
                        "Disguise the case in this entry: remove its pseudonym, or describe the family in general"
                                + " terms.");
            }
        }
    }
}
