package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.OptionalInt;

/**
 * One row of a {@link Breakdown}: a key (a grade, an evidence rating, a contact mode), how many carried it out of the
 * breakdown's total, and the returns they came from.
 *
 * <p>{@code sources} lists each return once, in cohort order then the scope's agency order. Where one return can give
 * several answers to a figure (an agency's rates across several questions) there can be fewer sources than the count.
 *
 * @param key what is counted
 * @param share the count of the breakdown's total
 * @param sources the returns counted, each once, in cohort then agency order
 * @param <K> the type of key
 */
public record Tally<K>(K key, Proportion share, List<ReturnRef> sources) {
    public Tally {
        present(key, "tally key");
        present(share, "tally share");
        sources = SourceList.immutable(sources, "tally sources");
    }

    /** How many carried this key. */
    public int count() {
        return share.count();
    }

    /** The share as a whole percentage rounded half up (see {@link Proportion#percent()}); empty when total is 0. */
    public OptionalInt percent() {
        return share.percent();
    }
}
