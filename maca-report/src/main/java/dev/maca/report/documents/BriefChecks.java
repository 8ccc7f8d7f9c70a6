package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.scope.Objective;
import dev.maca.validation.JsonPointer;

/**
 * What a published brief needs of its learning content besides the teaching text: the day it is reviewed by, the role
 * to contact about it, and for every resource the address to read it at and the day that address was checked.
 */
final class BriefChecks {
    private BriefChecks() {}

    /** Records a gap for each of these the objective's learning content lacks (nothing when it has no content). */
    static void publishable(Objective objective, Audit audit, ContentGaps gaps) {
        audit.learningFor(objective.id()).ifPresent(learning -> check(objective, audit, learning, gaps));
    }

    private static void check(Objective objective, Audit audit, LearningContent learning, ContentGaps gaps) {
        JsonPointer at =
                JsonPointer.root().append("learning").append(audit.learning().indexOf(learning));
        String of = " for objective '" + objective.id() + "'";
        if (learning.reviewBy().isEmpty()) {
            gaps.missing(
                    at.append("reviewBy"),
                    "the day the brief is reviewed by" + of,
                    "Give \"reviewBy\" as YYYY-MM-DD: the day the partnership will review or withdraw the brief,"
                            + " usually within a year of publishing it.");
        }
        gaps.requireText(
                learning.contactRole(),
                at.append("contactRole"),
                "the role to contact about the brief" + of,
                "Give \"contactRole\": who practitioners contact with questions, by role (e.g. \"Partnership"
                        + " Business Manager\"), never by name.");
        for (int i = 0; i < learning.resources().size(); i++) {
            LearningResource resource = learning.resources().get(i);
            JsonPointer r = at.append("resources").append(i);
            if (resource.url().isEmpty()) {
                gaps.missing(
                        r.append("url"),
                        "the address of resource " + (i + 1) + of,
                        "Give \"url\": the https:// address where practitioners can read it.");
            }
            if (resource.checkedOn().isEmpty()) {
                gaps.missing(
                        r.append("checkedOn"),
                        "the day the address of resource " + (i + 1) + " was checked" + of,
                        "Open the address, and give \"checkedOn\" as that day (YYYY-MM-DD).");
            }
        }
    }
}
