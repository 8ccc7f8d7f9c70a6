package dev.maca.report.family;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.cohort.UnbornRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A family's front sheet in words")
class FamilySheetTest {
    private static final EngagementRequirement PERIOD = new EngagementRequirement(
            "Open to two or more agencies", YearMonth.of(2020, 1), YearMonth.of(2020, 12), List.of());

    private static CaseRecord family(UnbornRecord... babies) {
        return new CaseRecord(
                "family-01",
                "Family 1",
                List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4)),
                List.of(babies),
                List.of(
                        new AdultRecord("Mother", AdultRole.MOTHER),
                        new AdultRecord("Adult 2", AdultRole.BIRTH_FATHER)),
                List.of(),
                List.of());
    }

    private static UnbornRecord bornIn(YearMonth month) {
        return new UnbornRecord("Unborn B", month)
                .born(new Birth(
                        "Baby B",
                        month,
                        Gestation.TERM,
                        HomeAfterBirth.WITH_MOTHER_AND_PARTNER,
                        PlanAtBirth.NONE,
                        List.of()));
    }

    @Test
    @DisplayName("lists the children, each baby by the name it has now, and the adults by role")
    void members() {
        assertThat(FamilySheet.members(family(bornIn(YearMonth.of(2020, 8)))))
                .extracting(FamilySheet.Member::line)
                .containsExactly(
                        "Child A – aged 1–4",
                        "Baby B – born in August 2020, at term (37 weeks or more); went home with the mother and"
                                + " her partner; no plan at birth",
                        "Mother",
                        "Adult 2 – birth father");
    }

    @Test
    @DisplayName("says the audit also covers a birth after the period, and the weeks up to the audit")
    void bornAfterThePeriod() {
        assertThat(FamilySheet.afterThePeriod(PERIOD, family(bornIn(YearMonth.of(2021, 1)))))
                .contains("For Baby B, born in January 2021, the audit also covers the birth and the weeks up to the"
                        + " audit.");
    }

    @Test
    @DisplayName("names a baby still due after the period by its due month")
    void dueAfterThePeriod() {
        assertThat(FamilySheet.afterThePeriod(PERIOD, family(new UnbornRecord("Unborn B", YearMonth.of(2021, 3)))))
                .contains("For Unborn B, due in March 2021, the audit also covers the birth and the weeks up to the"
                        + " audit.");
    }

    @Test
    @DisplayName("adds nothing when every baby was born within the period")
    void withinThePeriod() {
        assertThat(FamilySheet.afterThePeriod(PERIOD, family(bornIn(YearMonth.of(2020, 8)))))
                .isEmpty();
        assertThat(FamilySheet.afterThePeriod(PERIOD, family())).isEmpty();
    }

    @Test
    @DisplayName("gives an involvement as a period of months, or as still involved")
    void involvement() {
        assertThat(FamilySheet.involvement(
                        new AgencyInvolvement("police", YearMonth.of(2019, 12), Optional.of(YearMonth.of(2020, 6)))))
                .isEqualTo("from December 2019 to June 2020");
        assertThat(FamilySheet.involvement(new AgencyInvolvement("police", YearMonth.of(2020, 3), Optional.empty())))
                .isEqualTo("from March 2020 and still involved");
        assertThat(FamilySheet.auditPeriod(PERIOD)).isEqualTo("January to December 2020");
    }
}
