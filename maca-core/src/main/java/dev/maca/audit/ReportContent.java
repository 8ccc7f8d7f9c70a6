package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * What the partnership writes for its report beyond the findings per objective: the document control, the conclusion
 * that answers the commissioning question, the limitations the panel adds to those the data shows, and what was found
 * of each previous review's learning.
 *
 * @param control the document-control block
 * @param conclusion the answer to the commissioning question, in the panel's words, one paragraph per entry
 * @param limitations the panel's own limitations, added to those generated from the data (may be empty)
 * @param reviewLearning what was found of each previous review the scope names, in any order
 */
public record ReportContent(
        DocumentControl control,
        List<String> conclusion,
        List<String> limitations,
        List<ReviewLearning> reviewLearning) {
    public ReportContent {
        present(control, "report control");
        conclusion = list(conclusion, "report conclusion");
        limitations = list(limitations, "report limitations");
        reviewLearning = list(reviewLearning, "report reviewLearning");
    }
}
