package dev.maca.cohort;

import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.util.Optional;

/**
 * How the cohort is chosen from the families that meet every criterion, so that the report can say how and another
 * person can repeat it.
 *
 * <ul>
 *   <li>{@link Kind#IN_LISTED_ORDER}: the first eligible families in the order the partnership listed them (e.g. by
 *       referral date) — {@link #inListedOrder()}.
 *   <li>{@link Kind#SEEDED_RANDOM}: at random, reproducibly: the same candidates and the same seed give the same
 *       cohort, by the algorithm {@link SeededShuffle} documents — {@link #seededRandom(long)}.
 *   <li>{@link Kind#STRATIFIED}: the target is shared among strata of a case field ({@link StratumField}) in
 *       proportion to the eligible families in each, by largest remainder; within a stratum the families are taken
 *       in listed order, or at random when a seed is given — {@link #stratified(String)}, {@link #stratified(String,
 *       long)}.
 * </ul>
 *
 * <p>The record also holds what a file may wrongly combine — a seed with listed order, a stratum field with a method
 * that does not stratify, an empty or unknown stratum field — so that validation can report each with its JSON path;
 * selection ignores a value its method does not use, and an unknown stratum field puts every family in one stratum.
 *
 * @param kind how the families are chosen
 * @param seed the seed of the random draw: required for {@link Kind#SEEDED_RANDOM}, optional for {@link
 *     Kind#STRATIFIED}
 * @param stratifyBy the case field of the strata (see {@link StratumField#parse(String)}): required for {@link
 *     Kind#STRATIFIED}
 */
public record SelectionMethod(Kind kind, Optional<Long> seed, Optional<String> stratifyBy) {
    public SelectionMethod {
        present(kind, "selection method kind");
        seed = optional(seed);
        stratifyBy = optional(stratifyBy);
        if (kind == Kind.SEEDED_RANDOM && seed.isEmpty()) {
            throw new IllegalArgumentException(
                    "a seeded random selection method needs its seed, so that the draw can be repeated");
        }
        if (kind == Kind.STRATIFIED && stratifyBy.isEmpty()) {
            throw new IllegalArgumentException("a stratified selection method needs the case field it stratifies by");
        }
    }

    /** The first eligible families in the order listed: the method of every audit that names none. */
    public static SelectionMethod inListedOrder() {
        return new SelectionMethod(Kind.IN_LISTED_ORDER, Optional.empty(), Optional.empty());
    }

    /** Eligible families chosen at random with this seed. */
    public static SelectionMethod seededRandom(long seed) {
        return new SelectionMethod(Kind.SEEDED_RANDOM, Optional.of(seed), Optional.empty());
    }

    /** Proportional allocation over the strata of a case field, in listed order within each stratum. */
    public static SelectionMethod stratified(String field) {
        return new SelectionMethod(Kind.STRATIFIED, Optional.empty(), Optional.of(present(field, "stratum field")));
    }

    /** Proportional allocation over the strata of a case field, at random with this seed within each stratum. */
    public static SelectionMethod stratified(String field, long seed) {
        return new SelectionMethod(Kind.STRATIFIED, Optional.of(seed), Optional.of(present(field, "stratum field")));
    }

    /** Whether the draw is random (a seeded random method, or a stratified one with a seed). */
    public boolean isRandom() {
        return kind != Kind.IN_LISTED_ORDER && seed.isPresent();
    }

    /** The ways of choosing a cohort from its eligible families. */
    public enum Kind {
        /** The first eligible families in the order the partnership listed them. */
        IN_LISTED_ORDER,
        /** Eligible families chosen at random with a seed. */
        SEEDED_RANDOM,
        /** Proportional allocation over the strata of a case field. */
        STRATIFIED
    }
}
