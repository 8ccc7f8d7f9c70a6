package dev.maca.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Counts by key index and records which returns (by ordinal) each count came from.
 *
 * <p>A return that contributes several times to one key (answers to several questions) is one source; sources come out
 * in ordinal order, which is cohort then agency order.
 */
final class Counter {
    private final int[] counts;
    private final BitSet[] sources;

    Counter(int keys) {
        counts = new int[keys];
        sources = new BitSet[keys];
        for (int i = 0; i < keys; i++) {
            sources[i] = new BitSet();
        }
    }

    /** Counts one under {@code key}, from the return with this ordinal. */
    void add(int key, int ordinal) {
        counts[key]++;
        sources[key].set(ordinal);
    }

    /** Counts one under {@code key}, computed from all of these returns. */
    void add(int key, int[] ordinals) {
        counts[key]++;
        for (int ordinal : ordinals) {
            sources[key].set(ordinal);
        }
    }

    /** A counter holding the sum of these counters' counts and the union of their sources. */
    static Counter sum(int keys, Counter... parts) {
        Counter sum = new Counter(keys);
        for (Counter part : parts) {
            for (int key = 0; key < keys; key++) {
                sum.counts[key] += part.counts[key];
                sum.sources[key].or(part.sources[key]);
            }
        }
        return sum;
    }

    <K> List<Tally<K>> tallies(List<K> keys, ReturnRef[] table) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        List<Tally<K>> tallies = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            tallies.add(new Tally<>(keys.get(i), new Proportion(counts[i], total), new SourceList(sources[i], table)));
        }
        return tallies;
    }

    List<ReturnRef> sources(ReturnRef[] table) {
        BitSet all = new BitSet();
        for (BitSet key : sources) {
            all.or(key);
        }
        return new SourceList(all, table);
    }
}
