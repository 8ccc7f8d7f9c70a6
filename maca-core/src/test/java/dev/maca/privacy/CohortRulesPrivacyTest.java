package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgeRange;
import dev.maca.cohort.CaseFlag;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.SelectionMethod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The privacy guard and the cohort rules")
class CohortRulesPrivacyTest {
    private static Audit withRules(String stratifyBy) {
        Audit clean = PrivacyFixtures.clean();
        List<CaseRecord> candidates = new ArrayList<>();
        for (CaseRecord c : clean.candidates()) {
            candidates.add(new CaseRecord(
                    c.id(),
                    c.pseudonym(),
                    List.of(new ChildRecord("Child A", AgeBand.AGE_5_TO_10, Optional.of(YearMonth.of(2013, 2)))),
                    c.unborn(),
                    c.adults(),
                    c.features(),
                    c.involvements(),
                    List.of(CaseFlag.CURRENT_PRACTICE_REVIEW)));
        }
        return clean.withScope(clean.scope()
                        .withCohortCriteria(clean.scope()
                                .cohortCriteria()
                                .withChildAge(new AgeRange(5, 11))
                                .withExclusionRules(List.of(CaseFlag.INDEX_FAMILY))
                                .withMethod(SelectionMethod.stratified(stratifyBy, 3L))))
                .withCandidates(candidates);
    }

    @Test
    @DisplayName("keeps the age range, exclusion rules, method, case flags and birth months of a clean audit")
    void keepsRules() {
        Audit audit = withRules("age-band");

        GuardedAudit guarded = PrivacyFixtures.guard(Policy.REDACT).apply(audit);

        assertThat(guarded.isRedacted()).isFalse();
        assertThat(guarded.audit()).isEqualTo(audit);
    }

    @Test
    @DisplayName("finds a name typed into the stratum field, by its path")
    void scansStratumField() {
        Audit audit = withRules("Jane Smith");

        assertThat(PrivacyFixtures.guard(Policy.FAIL).check(audit).findings())
                .anySatisfy(f -> assertThat(f.path()).isEqualTo("/scope/cohortCriteria/method/stratifyBy"));
    }
}
