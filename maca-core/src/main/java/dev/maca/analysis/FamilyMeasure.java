package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * What the agencies' returns for one family say about one shared measure, with the returns behind it, so a
 * family-level figure can be traced to the answers it came from.
 *
 * @param family the family
 * @param outcome the answers combined: Yes when any agency answered Yes, and so on down to not asked
 * @param answered every counted return that answered a question asking the measure, in the scope's agency order
 * @param sources the returns whose answer gave the outcome (those answering Yes for {@link MeasureOutcome#YES}, and so
 *     on), in the scope's agency order; empty when not asked
 */
public record FamilyMeasure(CaseRef family, MeasureOutcome outcome, List<ReturnRef> answered, List<ReturnRef> sources) {
    public FamilyMeasure {
        present(family, "family measure family");
        present(outcome, "family measure outcome");
        answered = list(answered, "family measure answered");
        sources = list(sources, "family measure sources");
        if (sources.size() > answered.size() || (outcome == MeasureOutcome.NOT_ASKED) != answered.isEmpty()) {
            throw new IllegalArgumentException("family measure for " + family.id() + " is " + outcome + " with "
                    + answered.size() + " returns answering and " + sources.size() + " giving the outcome");
        }
    }
}
