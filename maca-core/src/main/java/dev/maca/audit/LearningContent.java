package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

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
 */
public record LearningContent(
        String objectiveId,
        List<String> whyItMatters,
        List<String> whatGoodLooksLike,
        List<String> thingsToRemember,
        List<String> whatToDo,
        List<String> reflectionQuestions,
        List<LearningResource> resources) {
    public LearningContent {
        present(objectiveId, "learning objectiveId");
        whyItMatters = list(whyItMatters, "learning whyItMatters");
        whatGoodLooksLike = list(whatGoodLooksLike, "learning whatGoodLooksLike");
        thingsToRemember = list(thingsToRemember, "learning thingsToRemember");
        whatToDo = list(whatToDo, "learning whatToDo");
        reflectionQuestions = list(reflectionQuestions, "learning reflectionQuestions");
        resources = list(resources, "learning resources");
    }
}
