package dev.maca.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * The random draw of cohort selection, specified here so that any tool can repeat it from the seed alone.
 *
 * <p><b>Generator.</b> SplitMix64 (Steele, Lea and Flood, 2014), with 64-bit two's-complement arithmetic and unsigned
 * shifts: the state starts as the seed; each number adds {@code 0x9E3779B97F4A7C15} to the state, then sets {@code z}
 * to the state, {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9}, {@code z = (z ^ (z >>> 27)) * 0x94D049BB133111EB}
 * and returns {@code z ^ (z >>> 31)}. These are the numbers {@code java.util.SplittableRandom(seed).nextLong()}
 * gives.
 *
 * <p><b>Shuffle.</b> Fisher–Yates from the end: for {@code i} from {@code n - 1} down to 1, take the next number,
 * read it as an unsigned 64-bit integer, let {@code j} be its remainder on division by {@code i + 1}, and swap the
 * items at {@code i} and {@code j}. The list shuffled is the eligible families in the order listed; the cohort is the
 * first {@code target} families of the shuffled list. For a stratified draw, one generator is used for every stratum,
 * in the order of the strata.
 *
 * <p>An instance holds the generator's state: use one per draw, from one thread.
 */
public final class SeededShuffle {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator whose first number follows from {@code seed}. */
    public SeededShuffle(long seed) {
        this.state = seed;
    }

    /** The next 64-bit number of the generator. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A shuffled copy of {@code items}, drawing {@code items.size() - 1} numbers from this generator. */
    public <T> List<T> shuffle(List<T> items) {
        List<T> shuffled = new ArrayList<>(items);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = (int) Long.remainderUnsigned(nextLong(), i + 1);
            T item = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, item);
        }
        return List.copyOf(shuffled);
    }
}
