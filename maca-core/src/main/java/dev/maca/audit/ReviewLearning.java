package dev.maca.audit;

import static dev.maca.model.Preconditions.nonBlank;

/**
 * What the audit found of one previous review's learning, answering both questions audits are asked of it: how well
 * the learning has been embedded in practice, and what difference it has made for children.
 *
 * @param reference the previous review, by the reference the scope gives it
 * @param embedded how far its messages were found in the cohort's practice
 * @param impact the difference the learning has made, or why none can yet be shown
 */
public record ReviewLearning(String reference, String embedded, String impact) {
    public ReviewLearning {
        nonBlank(reference, "review learning reference");
        nonBlank(embedded, "review learning embedded");
        nonBlank(impact, "review learning impact");
    }
}
