package dev.maca.cohort;

import static dev.maca.model.Preconditions.present;

import dev.maca.model.Preconditions;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The case field a stratified selection shares its target over, written in a file as one of:
 *
 * <ul>
 *   <li>{@code age-band} — the youngest child's age band at the end of the engagement period (a baby born by then is
 *       under 1; a family with no child yet born is its own stratum);
 *   <li>{@code agency:<agency-id>} — whether that agency was involved during the engagement period, e.g. {@code
 *       agency:childrens-services};
 *   <li>{@code feature:<feature-id>} — whether the case has that feature, e.g. {@code feature:domestic-abuse}.
 * </ul>
 */
public sealed interface StratumField {
    /** How a file names the field, e.g. {@code agency:police}. */
    String text();

    /** The field in words, to follow "stratified by"; {@code agencyName} gives an agency's name from its id. */
    String describe(Function<String, String> agencyName);

    /** The stratum of a family, with {@code criteria} giving the engagement period. */
    Stratum stratumOf(CaseRecord family, CohortCriteria criteria);

    /** The field a file names, or empty when the text is not one of the forms above. */
    static Optional<StratumField> parse(String text) {
        present(text, "stratum field");
        String value = text.strip();
        if (value.equals("age-band")) {
            return Optional.of(new YoungestAgeBand());
        }
        if (value.startsWith("agency:") && Preconditions.isKebabId(value.substring(7))) {
            return Optional.of(new AgencyInvolved(value.substring(7)));
        }
        if (value.startsWith("feature:") && Preconditions.isKebabId(value.substring(8))) {
            return Optional.of(new HasFeature(value.substring(8)));
        }
        return Optional.empty();
    }

    /**
     * One stratum: its label and its place among the strata, by which strata are listed and served.
     *
     * @param label the stratum in words, e.g. "under 1" or "involved"
     * @param rank the stratum's place: lower ranks come first
     */
    record Stratum(String label, int rank) implements Comparable<Stratum> {
        public Stratum {
            Preconditions.nonBlank(label, "stratum label");
        }

        @Override
        public int compareTo(Stratum other) {
            return Comparator.comparingInt(Stratum::rank)
                    .thenComparing(Stratum::label)
                    .compare(this, other);
        }
    }

    /** The youngest child's age band at the end of the engagement period. */
    record YoungestAgeBand() implements StratumField {
        @Override
        public String text() {
            return "age-band";
        }

        @Override
        public String describe(Function<String, String> agencyName) {
            return "the youngest child's age band";
        }

        @Override
        public Stratum stratumOf(CaseRecord family, CohortCriteria criteria) {
            YearMonth end = criteria.engagement().to();
            boolean baby = family.unborn().stream()
                    .anyMatch(
                            u -> u.birth().filter(b -> !b.month().isAfter(end)).isPresent());
            Optional<AgeBand> youngest = baby
                    ? Optional.of(AgeBand.UNDER_1)
                    : family.children().stream().map(ChildRecord::ageBand).min(Comparator.naturalOrder());
            return youngest.map(band -> new Stratum(band.label(), band.ordinal()))
                    .orElse(new Stratum("no child yet born", AgeBand.values().length));
        }
    }

    /**
     * Whether an agency was involved during the engagement period.
     *
     * @param agencyId the agency module id
     */
    record AgencyInvolved(String agencyId) implements StratumField {
        public AgencyInvolved {
            Preconditions.kebabId(agencyId, "stratum agency id");
        }

        @Override
        public String text() {
            return "agency:" + agencyId;
        }

        @Override
        public String describe(Function<String, String> agencyName) {
            return "whether " + agencyName.apply(agencyId) + " was involved in the period";
        }

        @Override
        public Stratum stratumOf(CaseRecord family, CohortCriteria criteria) {
            EngagementRequirement period = criteria.engagement();
            boolean involved = family.involvements().stream()
                    .anyMatch(i -> i.agencyId().equals(agencyId) && i.overlaps(period.from(), period.to()));
            return involved ? new Stratum("involved", 0) : new Stratum("not involved", 1);
        }
    }

    /**
     * Whether the case has a feature.
     *
     * @param featureId the case-feature id
     */
    record HasFeature(String featureId) implements StratumField {
        public HasFeature {
            Preconditions.kebabId(featureId, "stratum feature id");
        }

        @Override
        public String text() {
            return "feature:" + featureId;
        }

        @Override
        public String describe(Function<String, String> agencyName) {
            return "whether the case has the feature '" + featureId + "'";
        }

        @Override
        public Stratum stratumOf(CaseRecord family, CohortCriteria criteria) {
            return family.features().contains(featureId) ? new Stratum("with it", 0) : new Stratum("without it", 1);
        }
    }
}
