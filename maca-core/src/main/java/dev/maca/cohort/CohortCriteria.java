package dev.maca.cohort;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.util.List;
import java.util.Optional;

/**
 * How the cases of an audit are identified: how many, the features each must have, the engagement it must show, the
 * ages of the children it is about, the families ruled out, and how the cohort is chosen from those that qualify.
 *
 * <p><b>Children's ages.</b> With a {@link #childAge() child age range}, a family qualifies when at least one of its
 * children is in the range in the <em>reference month</em>: the last month of the engagement period, the same month
 * for every family, so that the rule does not depend on when each case was opened or closed. A child's age there is
 * worked out from the birth month when it is recorded ({@link ChildRecord#ageIn}); a baby the audit first knew as
 * unborn counts once its recorded birth falls in or before that month; a child known only by age band is in the range
 * when the whole band is, and out of it when none of the band is — a band that straddles the range cannot show the
 * child is in it, and validation asks for the birth month.
 *
 * @param targetSize how many cases the cohort should hold (Torbay: 15)
 * @param introduction the sentence that introduces the criteria (may be empty)
 * @param features the features every case must have, in the scope's order
 * @param engagement the engagement with services every case must show
 * @param childAge the ages of the children the audit is about, if it is about children of an age
 * @param exclusionRules the flags that rule a family out, in the order the scope states them
 * @param method how the cohort is chosen from the eligible families; when empty, in the order listed
 */
public record CohortCriteria(
        int targetSize,
        String introduction,
        List<FeatureRequirement> features,
        EngagementRequirement engagement,
        Optional<AgeRange> childAge,
        List<CaseFlag> exclusionRules,
        Optional<SelectionMethod> method) {
    public CohortCriteria {
        if (targetSize < 1) {
            throw new IllegalArgumentException("cohort targetSize must be at least 1, was " + targetSize);
        }
        present(introduction, "cohort introduction");
        features = list(features, "cohort features");
        present(engagement, "cohort engagement");
        childAge = optional(childAge);
        exclusionRules = list(exclusionRules, "cohort exclusionRules");
        method = optional(method);
    }

    /** Criteria with no age range and no exclusion rules, chosen in listed order (as every MACA 0.1 scope is). */
    public CohortCriteria(
            int targetSize, String introduction, List<FeatureRequirement> features, EngagementRequirement engagement) {
        this(targetSize, introduction, features, engagement, Optional.empty(), List.of(), Optional.empty());
    }

    /** The selection method: the one stated, or {@link SelectionMethod#inListedOrder()} when none is. */
    public SelectionMethod selectionMethod() {
        return method.orElseGet(SelectionMethod::inListedOrder);
    }

    /** These criteria with this child age range. */
    public CohortCriteria withChildAge(AgeRange range) {
        return new CohortCriteria(
                targetSize,
                introduction,
                features,
                engagement,
                Optional.of(present(range, "age range")),
                exclusionRules,
                method);
    }

    /** These criteria with these exclusion rules in place of their own. */
    public CohortCriteria withExclusionRules(List<CaseFlag> rules) {
        return new CohortCriteria(targetSize, introduction, features, engagement, childAge, rules, method);
    }

    /** These criteria with this selection method. */
    public CohortCriteria withMethod(SelectionMethod value) {
        return new CohortCriteria(
                targetSize,
                introduction,
                features,
                engagement,
                childAge,
                exclusionRules,
                Optional.of(present(value, "selection method")));
    }
}
