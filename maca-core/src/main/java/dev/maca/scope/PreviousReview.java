package dev.maca.scope;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

import java.util.List;

/**
 * A previous multi-agency case audit or safeguarding review whose learning this audit tests, as the scope names it, so
 * that the report can say for each how well its learning is embedded and what difference it has made.
 *
 * @param reference the review's reference as the partnership knows it (e.g. "MACA 2019/01", "LCSPR Child D")
 * @param title its title
 * @param year the year it was published or reported; a review the audit cites must have existed by then
 * @param keyMessages the messages of that review the audit looks for in practice, one per entry
 */
public record PreviousReview(String reference, String title, int year, List<String> keyMessages) {
    public PreviousReview {
        nonBlank(reference, "previous review reference");
        nonBlank(title, "previous review title");
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("previous review year must be a year such as 2019");
        }
        keyMessages = list(keyMessages, "previous review keyMessages");
        keyMessages.forEach(m -> present(m, "previous review key message"));
    }
}
