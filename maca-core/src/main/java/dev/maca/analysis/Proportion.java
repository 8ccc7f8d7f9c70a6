package dev.maca.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An exact share: {@code count} of {@code total}, such as "7 of 15".
 *
 * <p>A share of nothing ({@code total} 0) is undefined rather than 0%: {@link #fraction()} and {@link #percent()} are
 * then empty, so a document says "no returns" instead of printing a misleading 0%.
 *
 * <p><b>Rounding.</b> {@link #percent()} rounds the exact fraction half up to a whole number (7 of 15 is 46.67%, printed
 * 47%; 1 of 8 is 12.5%, printed 13%). Percentages rounded one by one need not add up to 100 (three thirds print as 33%
 * each); where they must, as in a chart or a table with a total row, use {@link #percentsSummingTo100(List)}.
 *
 * @param count how many (0 to {@code total})
 * @param total how many in all
 */
public record Proportion(int count, int total) {
    public Proportion {
        if (total < 0 || count < 0 || count > total) {
            throw new IllegalArgumentException(
                    "a proportion needs 0 <= count <= total, but count was " + count + " and total " + total);
        }
    }

    /** Whether there is anything to take a share of ({@code total > 0}). */
    public boolean isDefined() {
        return total > 0;
    }

    /** {@code count / total} as a double; empty when {@code total} is 0. */
    public OptionalDouble fraction() {
        return isDefined() ? OptionalDouble.of((double) count / total) : OptionalDouble.empty();
    }

    /**
     * The percentage rounded half up to a whole number, computed exactly (no floating point); empty when {@code total}
     * is 0. For example 7 of 15 gives 47, 1 of 8 gives 13, 2 of 3 gives 67.
     */
    public OptionalInt percent() {
        if (!isDefined()) {
            return OptionalInt.empty();
        }
        // floor(100 * count / total + 1/2) == floor((200 * count + total) / (2 * total))
        return OptionalInt.of((int) ((200L * count + total) / (2L * total)));
    }

    /**
     * The percentage rounded half up to {@code decimals} places (7 of 15 to one place is 46.7); empty when
     * {@code total} is 0.
     *
     * @throws IllegalArgumentException when {@code decimals} is negative
     */
    public Optional<BigDecimal> percent(int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be 0 or more, was " + decimals);
        }
        if (!isDefined()) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(total), decimals, RoundingMode.HALF_UP));
    }

    /**
     * Whole percentages for a set of counts that add up to exactly 100 (largest remainder method): each count gets the
     * whole part of its exact percentage, and the points still missing go one each to the counts with the largest
     * remainders, the earlier count first when remainders are equal. A zero count always gets 0.
     *
     * <p>For counts 1, 1, 3, 1 the exact shares are 16.67, 16.67, 50 and 16.67: this gives 17, 17, 50, 16. When every
     * count is 0 every percentage is 0.
     *
     * @param counts the counts, none negative
     * @return one percentage per count, in the same order
     */
    public static List<Integer> percentsSummingTo100(List<Integer> counts) {
        long total = 0;
        for (Integer count : counts) {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("counts must be present and 0 or more, were " + counts);
            }
            total += count;
        }
        List<Integer> percents = new ArrayList<>(counts.size());
        if (total == 0) {
            counts.forEach(c -> percents.add(0));
            return List.copyOf(percents);
        }
        long[] remainders = new long[counts.size()];
        int assigned = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = 100L * counts.get(i);
            percents.add((int) (scaled / total));
            remainders[i] = scaled % total;
            assigned += percents.get(i);
        }
        for (int missing = 100 - assigned; missing > 0; missing--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            percents.set(largest, percents.get(largest) + 1);
            remainders[largest] = -1;
        }
        return List.copyOf(percents);
    }

    @Override
    public String toString() {
        return count + " of " + total;
    }
}
