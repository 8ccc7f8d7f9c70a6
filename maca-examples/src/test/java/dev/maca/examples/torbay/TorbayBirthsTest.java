package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelector;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.cohort.UnbornRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The babies the audit first knew as unborn, as the records showed them in April 2021. */
@DisplayName("The Torbay births")
class TorbayBirthsTest {
    private static final YearMonth AUDIT = YearMonth.of(2021, 4);

    private final List<CaseRecord> candidates = TorbayAudit.candidates();
    private final List<CaseRecord> cohort = CohortSelector.select(
                    TorbayAudit.scope().cohortCriteria(), candidates)
            .cohort();

    @Test
    @DisplayName("record a birth for every unborn baby of the cohort")
    void everyCohortBabyBorn() {
        assertThat(cohort).flatExtracting(CaseRecord::unborn).isNotEmpty().allSatisfy(baby -> assertThat(baby.birth())
                .isPresent());
    }

    @Test
    @DisplayName("record a birth for every candidate's baby expected before the audit, and none after it")
    void bornBeforeTheAuditOnly() {
        assertThat(candidates).flatExtracting(CaseRecord::unborn).allSatisfy(baby -> assertThat(
                        baby.birth().isPresent())
                .isEqualTo(baby.expected().isBefore(AUDIT)));
    }

    @Test
    @DisplayName("name each baby by its unborn letter once born")
    void babyKeepsItsLetter() {
        assertThat(candidates).flatExtracting(CaseRecord::unborn).allSatisfy(baby -> baby.birth()
                .ifPresent(birth ->
                        assertThat(birth.knownAs()).isEqualTo(baby.pseudonym().replace("Unborn", "Baby"))));
    }

    @Test
    @DisplayName("put most cohort babies at term and one or two preterm, born near the expected month")
    void gestationAndMonth() {
        List<Birth> births = cohortBirths();
        assertThat(births.stream().filter(b -> b.gestation().isPreterm())).hasSizeBetween(1, 2);
        assertThat(births.stream().filter(b -> b.gestation() == Gestation.TERM)).hasSizeGreaterThan(births.size() / 2);
        assertThat(cohort).flatExtracting(CaseRecord::unborn).allSatisfy(baby -> assertThat(
                        baby.birth().orElseThrow().month())
                .isBetween(baby.expected().minusMonths(2), baby.expected()));
    }

    @Test
    @DisplayName("give a plan at birth only where Children's Services was involved")
    void planOnlyWithChildrensServices() {
        assertThat(candidates).allSatisfy(family -> family.unborn().stream()
                .map(UnbornRecord::birth)
                .flatMap(Optional::stream)
                .forEach(birth -> {
                    if (!family.involves(TorbayScope.CHILDRENS_SERVICES)) {
                        assertThat(birth.planAtBirth()).isIn(PlanAtBirth.NONE, PlanAtBirth.FAMILY_HELP);
                    }
                }));
        assertThat(birthOf("family-17").planAtBirth()).isEqualTo(PlanAtBirth.NONE);
    }

    @Test
    @DisplayName("record a few injuries and hospital attendances in the first year, each described")
    void firstYearEvents() {
        List<FirstYearEvent> events =
                cohortBirths().stream().flatMap(b -> b.firstYear().stream()).toList();
        assertThat(events).hasSizeBetween(2, 6).allSatisfy(e -> assertThat(e.description())
                .isNotBlank());
        assertThat(events)
                .extracting(FirstYearEvent::kind)
                .contains(FirstYearEvent.Kind.INJURY, FirstYearEvent.Kind.HOSPITAL_ATTENDANCE);
    }

    private List<Birth> cohortBirths() {
        return cohort.stream()
                .flatMap(c -> c.unborn().stream())
                .map(u -> u.birth().orElseThrow())
                .toList();
    }

    private Birth birthOf(String caseId) {
        return candidates.stream()
                .filter(c -> c.id().equals(caseId))
                .findFirst()
                .orElseThrow()
                .unborn()
                .get(0)
                .birth()
                .orElseThrow();
    }
}
