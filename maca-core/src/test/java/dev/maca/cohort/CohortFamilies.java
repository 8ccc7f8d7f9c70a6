package dev.maca.cohort;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Small families and criteria for the cohort rule tests: every family meets the feature and engagement criteria. */
final class CohortFamilies {
    static final YearMonth END = YearMonth.of(2021, 3);

    static final CohortCriteria NEGLECT = new CohortCriteria(
            3,
            "",
            List.of(new FeatureRequirement("Neglect", List.of("neglect"))),
            new EngagementRequirement(
                    "engagement with children's services from April 2020 to March 2021",
                    YearMonth.of(2020, 4),
                    END,
                    List.of("childrens-services")));

    private CohortFamilies() {}

    static CaseRecord family(String id, ChildRecord... children) {
        return new CaseRecord(
                id,
                "Family " + id,
                List.of(children),
                List.of(),
                List.of(),
                List.of("neglect"),
                List.of(new AgencyInvolvement("childrens-services", YearMonth.of(2020, 6), Optional.empty())));
    }

    static CaseRecord family(String id) {
        return family(id, born("Child A", AgeBand.AGE_5_TO_10, YearMonth.of(2013, 1)));
    }

    static ChildRecord born(String pseudonym, AgeBand band, YearMonth month) {
        return new ChildRecord(pseudonym, band, Optional.of(month));
    }

    static List<CaseRecord> families(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> family(String.format("f%02d", i)))
                .toList();
    }
}
