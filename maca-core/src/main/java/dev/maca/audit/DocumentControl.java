package dev.maca.audit;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * The document-control block of the partnership's report: which version it is, who wrote it by role, who it goes to,
 * and how it may be passed on; the date, status and approval route come from the timeline, the report's status and
 * the scope's governance.
 *
 * @param version the version, e.g. "0.3" or "1.0"
 * @param authorRole who wrote it, by role (e.g. "Partnership Business Manager"; never a person's name)
 * @param distribution who it is sent to, by body or role, one per entry
 * @param handling how it may be passed on, e.g. "Not for onward circulation without the agreement of the Business
 *     Manager" (may be empty)
 */
public record DocumentControl(String version, String authorRole, List<String> distribution, String handling) {
    public DocumentControl {
        nonBlank(version, "report control version");
        nonBlank(authorRole, "report control authorRole");
        distribution = list(distribution, "report control distribution");
        present(handling, "report control handling");
    }
}
