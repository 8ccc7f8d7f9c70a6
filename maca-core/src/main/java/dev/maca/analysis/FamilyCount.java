package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;

import java.util.List;
import java.util.OptionalInt;

/**
 * A count of families out of a number of families, such as "9 of 15 families", naming the families counted so the
 * figure can be checked against the panel reviews and returns behind it.
 *
 * <p>The family is the unit of a MACA's figures: a family seen by seven agencies counts once. A percentage of a small
 * cohort overstates its precision ("1 of 15 (7%)"), so {@link #percent()} is given only when there are at least
 * {@value #MIN_FOR_PERCENT} families; below that a document prints the count alone, as {@link #toString()} does.
 *
 * <pre>{@code
 * FamilyCount good = panel.objective("fathers-and-males").orElseThrow().grade("good");
 * good.toString();        // "9 of 15 families", or "21 of 40 families (53%)" for a larger cohort
 * good.caseIds();         // the families counted, in cohort order
 * }</pre>
 *
 * @param count how many families (0 to {@code families})
 * @param families how many families in all (the denominator: the cohort, or the families compared)
 * @param caseIds the ids of the families counted, in cohort order ({@code count} of them)
 */
public record FamilyCount(int count, int families, List<String> caseIds) {
    /** The fewest families of which a percentage is given; below it only the count is. */
    public static final int MIN_FOR_PERCENT = 20;

    public FamilyCount {
        if (families < 0 || count < 0 || count > families) {
            throw new IllegalArgumentException("a family count needs 0 <= count <= families, but count was " + count
                    + " and families " + families);
        }
        caseIds = list(caseIds, "family count caseIds");
        if (caseIds.size() != count) {
            throw new IllegalArgumentException("a family count of " + count + " must name " + count
                    + " families, but named " + caseIds.size() + ": " + caseIds);
        }
    }

    /** The families with these ids, of {@code families} in all. */
    public static FamilyCount of(List<String> caseIds, int families) {
        return new FamilyCount(caseIds.size(), families, caseIds);
    }

    /**
     * Checks that {@code counts} share one denominator, {@code families}, and together count each family once, as the
     * bands of one analysis do.
     *
     * @param what what is counted, for the message ("measure 'father-seen'")
     * @throws IllegalArgumentException when a count is of another number of families, or the counts do not add up
     */
    static void checkPartition(String what, int families, List<FamilyCount> counts) {
        int sum = 0;
        for (FamilyCount c : counts) {
            sum += c.count();
            if (c.families() != families) {
                throw new IllegalArgumentException(
                        "every count of " + what + " is of its " + families + " families, but one is " + c);
            }
        }
        if (sum != families) {
            throw new IllegalArgumentException(
                    "the counts of " + what + " add up to " + sum + ", not to its " + families + " families");
        }
    }

    /** The count as an exact share of the families, for a chart or a table that needs the fraction. */
    public Proportion proportion() {
        return new Proportion(count, families);
    }

    /**
     * The percentage rounded half up to a whole number, as {@link Proportion#percent()} rounds it; empty when there
     * are fewer than {@value #MIN_FOR_PERCENT} families, so a small cohort is described by counts alone.
     */
    public OptionalInt percent() {
        return families >= MIN_FOR_PERCENT ? proportion().percent() : OptionalInt.empty();
    }

    /** "9 of 15 families", "1 of 1 family", or with a percentage from {@value #MIN_FOR_PERCENT} families on. */
    @Override
    public String toString() {
        String text = count + " of " + families + (families == 1 ? " family" : " families");
        OptionalInt percent = percent();
        return percent.isPresent() ? text + " (" + percent.getAsInt() + "%)" : text;
    }
}
