package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;

import dev.maca.returns.EvidenceRating;
import java.util.Arrays;
import java.util.List;

/**
 * How often a standard was evidenced: counts of Yes, Partly, No and Not applicable answers (in that order), with the
 * rates both of all answers and of the answers where the question applied.
 *
 * <pre>{@code
 * EvidenceRates rates = question.breakdown();
 * rates.total();                                   // n: answers given
 * rates.share(EvidenceRating.YES);                 // Yes of all answers
 * rates.shareOfApplicable(EvidenceRating.YES);     // Yes of answers other than Not applicable
 * }</pre>
 *
 * @param tallies one tally per rating, in the order of {@link EvidenceRating}; the unit is one answer
 * @param sources every return that gave an answer, each once, in cohort then agency order
 */
public record EvidenceRates(List<Tally<EvidenceRating>> tallies, List<ReturnRef> sources)
        implements Breakdown<EvidenceRating> {
    private static final List<EvidenceRating> RATINGS = List.of(EvidenceRating.values());

    public EvidenceRates {
        tallies = list(tallies, "evidence rates tallies");
        sources = SourceList.immutable(sources, "evidence rates sources");
        Breakdowns.check(tallies, RATINGS, "evidence rates");
    }

    @Override
    public List<String> labels() {
        return Arrays.stream(EvidenceRating.values()).map(EvidenceRating::label).toList();
    }

    /** How many answers were other than Not applicable. */
    public int applicable() {
        return total() - count(EvidenceRating.NOT_APPLICABLE);
    }

    /**
     * The share of the applicable answers (all but Not applicable) that gave a rating; undefined when every answer was
     * Not applicable.
     *
     * @throws IllegalArgumentException for {@link EvidenceRating#NOT_APPLICABLE}, which has no share of itself
     */
    public Proportion shareOfApplicable(EvidenceRating rating) {
        if (rating == EvidenceRating.NOT_APPLICABLE) {
            throw new IllegalArgumentException(
                    "Not applicable answers are left out of the applicable answers; use share(NOT_APPLICABLE)");
        }
        return new Proportion(count(rating), applicable());
    }
}
