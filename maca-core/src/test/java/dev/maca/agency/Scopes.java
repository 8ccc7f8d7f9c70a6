package dev.maca.agency;

import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.ProtectiveMarking;
import dev.maca.scope.Timeline;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Audit scopes for the agency and tool tests: three of the Torbay objectives and the agencies a test names. */
public final class Scopes {
    private Scopes() {}

    /** Torbay's professional curiosity objective. */
    public static final Objective PROFESSIONAL_CURIOSITY = new Objective(
            "professional-curiosity",
            "Professional curiosity",
            "Understand how professionals demonstrate professional curiosity.",
            List.of("professional-curiosity", "multiple-adversities", "domestic-abuse", "substance-misuse"));

    /** Torbay's fathers and males objective. */
    public static final Objective FATHERS_AND_MALES = new Objective(
            "fathers-and-males",
            "Fathers and males",
            "Understand how professionals consider birth fathers and males in the household.",
            List.of("fathers-and-males"));

    /** Torbay's Covid-19 objective. */
    public static final Objective COVID_19_IMPACT =
            new Objective("covid-19-impact", "Covid-19", "Understand the impact of Covid-19.", List.of("covid-19"));

    /** A scope "MACA T1" with the three objectives above, requiring these agencies in this order. */
    public static AuditScope requiring(String... agencyIds) {
        return with(List.of(PROFESSIONAL_CURIOSITY, FATHERS_AND_MALES, COVID_19_IMPACT), agencyIds);
    }

    /** A scope "MACA T1" with these objectives, requiring these agencies in this order. */
    public static AuditScope with(List<Objective> objectives, String... agencyIds) {
        return new AuditScope(
                "MACA T1",
                Optional.empty(),
                "Test Safeguarding Children Partnership",
                "Scope for a test audit",
                List.of("A review found themes worth testing."),
                "",
                List.of("The effectiveness of frontline practice"),
                "",
                objectives,
                new CohortCriteria(
                        2,
                        "",
                        List.of(new FeatureRequirement("Domestic abuse", List.of("domestic-abuse"))),
                        new EngagementRequirement(
                                "engagement through 2020", YearMonth.of(2020, 1), YearMonth.of(2020, 12), List.of())),
                "",
                Arrays.stream(agencyIds)
                        .map(id -> new AgencyRequirement(id, "Agency " + id))
                        .toList(),
                Timeline.of(Milestone.inMonth("audit", MilestoneKind.AUDIT, "Audit in April", YearMonth.of(2021, 4))),
                GradingScale.ofsted(),
                ProtectiveMarking.OFFICIAL_SENSITIVE);
    }
}
