package dev.maca.analysis;

import java.util.List;

/**
 * Counts of a closed set of keys — every key present, zero counts included, in the key set's own order — with the
 * returns behind them: the shape of a chart or a table row.
 *
 * <p>Implemented by {@link GradeDistribution} (grades of a scale, best first), {@link EvidenceRates} (Yes, Partly, No,
 * Not applicable) and {@link ContactPattern} (face to face, mixed, virtual, none).
 *
 * @param <K> the type of key
 */
public interface Breakdown<K> {
    /** One tally per key, in the keys' order; all share the same total. */
    List<Tally<K>> tallies();

    /** Every return counted, each once, in cohort order then the scope's agency order. */
    List<ReturnRef> sources();

    /** The keys' labels as printed, in order (e.g. "Good", "Partly", "Virtual"). */
    List<String> labels();

    /** How many were counted in all. */
    default int total() {
        return tallies().isEmpty() ? 0 : tallies().get(0).share().total();
    }

    /** Whether nothing was counted. */
    default boolean isEmpty() {
        return total() == 0;
    }

    /** The counts, in the keys' order (with {@link #labels()}, the data of a chart). */
    default List<Integer> counts() {
        return tallies().stream().map(Tally::count).toList();
    }

    /** Whole percentages that add up to exactly 100 (see {@link Proportion#percentsSummingTo100(List)}). */
    default List<Integer> percents() {
        return Proportion.percentsSummingTo100(counts());
    }

    /**
     * The tally of a key.
     *
     * @throws IllegalArgumentException when the key is not one this breakdown counts
     */
    default Tally<K> tally(K key) {
        for (Tally<K> tally : tallies()) {
            if (tally.key().equals(key)) {
                return tally;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not counted here; the keys are " + labels());
    }

    /** How many carried a key. */
    default int count(K key) {
        return tally(key).count();
    }

    /** The share of the total that carried a key. */
    default Proportion share(K key) {
        return tally(key).share();
    }
}
