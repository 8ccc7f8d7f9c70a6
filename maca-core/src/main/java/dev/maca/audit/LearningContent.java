package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The teaching content of one objective's 7-minute briefing, written by the partnership; the findings come from the
 * panel and the analysis.
 *
 * @param objectiveId the objective the brief is about
 * @param whyItMatters why this matters for children, one paragraph per entry
 * @param whatGoodLooksLike what good practice looks like
 * @param thingsToRemember things to note and remember
 * @param whatToDo what practitioners should do
 * @param reflectionQuestions questions for a team discussion
 * @param resources national and local resources
 * @param reviewBy the day by which the partnership reviews the brief, or withdraws it (a brief needs it; empty in files
 *     before MACA 0.3)
 * @param contactRole who to contact about the brief, by role, e.g. "Partnership Business Manager" (a brief needs it;
 *     empty in files before MACA 0.3)
 */
public record LearningContent(
        String objectiveId,
        List<String> whyItMatters,
        List<String> whatGoodLooksLike,
        List<String> thingsToRemember,
        List<String> whatToDo,
        List<String> reflectionQuestions,
        List<LearningResource> resources,
        Optional<LocalDate> reviewBy,
        String contactRole) {
    public LearningContent {
        present(objectiveId, "learning objectiveId");
        whyItMatters = list(whyItMatters, "learning whyItMatters");
        whatGoodLooksLike = list(whatGoodLooksLike, "learning whatGoodLooksLike");
        thingsToRemember = list(thingsToRemember, "learning thingsToRemember");
        whatToDo = list(whatToDo, "learning whatToDo");
        reflectionQuestions = list(reflectionQuestions, "learning reflectionQuestions");
        resources = list(resources, "learning resources");
        reviewBy = optional(reviewBy);
        present(contactRole, "learning contactRole");
    }

    /** Learning content without a review date or contact, as files before MACA 0.3 give it. */
    public LearningContent(
            String objectiveId,
            List<String> whyItMatters,
            List<String> whatGoodLooksLike,
            List<String> thingsToRemember,
            List<String> whatToDo,
            List<String> reflectionQuestions,
            List<LearningResource> resources) {
        this(
                objectiveId,
                whyItMatters,
                whatGoodLooksLike,
                thingsToRemember,
                whatToDo,
                reflectionQuestions,
                resources,
                Optional.empty(),
                "");
    }

    /** This content with the day the brief is reviewed by and the role to contact about it. */
    public LearningContent reviewedBy(LocalDate day, String contact) {
        return new LearningContent(
                objectiveId,
                whyItMatters,
                whatGoodLooksLike,
                thingsToRemember,
                whatToDo,
                reflectionQuestions,
                resources,
                Optional.of(present(day, "reviewBy")),
                present(contact, "contactRole"));
    }
}
