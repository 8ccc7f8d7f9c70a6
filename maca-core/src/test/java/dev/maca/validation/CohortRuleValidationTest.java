package dev.maca.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgeRange;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.CohortCriteria;
import dev.maca.cohort.SelectionMethod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of the cohort rules")
class CohortRuleValidationTest {
    private static final AuditValidator VALIDATOR = AuditValidator.standard();

    private static Audit withCriteria(UnaryOperator<CohortCriteria> change) {
        Audit audit = AuditFixtures.valid();
        return audit.withScope(
                audit.scope().withCohortCriteria(change.apply(audit.scope().cohortCriteria())));
    }

    private static List<Problem> at(Audit audit, String path) {
        return VALIDATOR.validate(audit).problems().stream()
                .filter(p -> p.path().equals(path))
                .toList();
    }

    @Test
    @DisplayName("the valid fixture with a fitting age range, rules and a seeded draw has no cohort rule problem")
    void valid() {
        Audit audit = withCriteria(
                c -> c.withChildAge(new AgeRange(0, 4)).withMethod(SelectionMethod.seededRandom(20210317L)));

        assertThat(VALIDATOR.validate(audit).problems()).noneMatch(p -> p.path().startsWith("/scope/cohortCriteria"));
    }

    @Test
    @DisplayName("an age range whose first age is above its last is an error, saying how to write it")
    void reversedRange() {
        Audit audit = withCriteria(c -> c.withChildAge(new AgeRange(11, 5)));

        assertThat(at(audit, "/scope/cohortCriteria/childAge")).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("from 11 down to 5", "holds no age");
            assertThat(p.fix()).contains("\"fromYears\"", "\"toYears\"");
        });
    }

    @Test
    @DisplayName("a seed with the listed-order method is an error: the report could not truthfully name it")
    void seedWithoutRandom() {
        Audit audit = withCriteria(c -> c.withMethod(
                new SelectionMethod(SelectionMethod.Kind.IN_LISTED_ORDER, Optional.of(20210317L), Optional.empty())));

        assertThat(at(audit, "/scope/cohortCriteria/method/seed"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.fix()).contains("SEEDED_RANDOM", "remove \"seed\"");
                });
    }

    @Test
    @DisplayName("a stratum field with a method that does not stratify is an error")
    void fieldWithoutStratified() {
        Audit audit = withCriteria(c -> c.withMethod(
                new SelectionMethod(SelectionMethod.Kind.SEEDED_RANDOM, Optional.of(1L), Optional.of("age-band"))));

        assertThat(at(audit, "/scope/cohortCriteria/method/stratifyBy"))
                .singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("STRATIFIED"));
    }

    @Test
    @DisplayName("an empty stratum field is an error naming the fields MACA can stratify by")
    void emptyField() {
        Audit audit = withCriteria(c -> c.withMethod(SelectionMethod.stratified(" ")));

        assertThat(at(audit, "/scope/cohortCriteria/method/stratifyBy"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.message()).contains("empty");
                    assertThat(p.fix()).contains("age-band", "agency:", "feature:");
                });
    }

    @Test
    @DisplayName("an unknown stratum field is an error that does not repeat what was typed")
    void unknownField() {
        Audit audit = withCriteria(c -> c.withMethod(SelectionMethod.stratified("Jane's team")));

        assertThat(at(audit, "/scope/cohortCriteria/method/stratifyBy"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.message() + p.fix()).doesNotContain("Jane");
                });
    }

    @Test
    @DisplayName("stratifying by an agency the scope does not name is a warning")
    void unknownAgency() {
        Audit audit = withCriteria(c -> c.withMethod(SelectionMethod.stratified("agency:probation")));

        assertThat(at(audit, "/scope/cohortCriteria/method/stratifyBy"))
                .singleElement()
                .satisfies(p -> assertThat(p.isError()).isFalse());
    }

    @Test
    @DisplayName("a child whose age band straddles the range, in a family no other child qualifies, is a warning"
            + " asking for the birth month")
    void straddlingBand() {
        Audit audit = withCriteria(c -> c.withChildAge(new AgeRange(3, 11)));

        assertThat(at(audit, "/candidates/0/children/0/born")).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("Family 1", "Child A", "1–4", "aged 3 to 11");
            assertThat(p.fix()).contains("YYYY-MM", "never the day");
        });
    }

    @Test
    @DisplayName("a birth month that puts the child outside its age band throughout the period is a warning")
    void bandDisagrees() {
        Audit base = withCriteria(c -> c.withChildAge(new AgeRange(0, 17)));
        List<CaseRecord> candidates = new ArrayList<>(base.candidates());
        CaseRecord first = candidates.get(0);
        candidates.set(
                0,
                new CaseRecord(
                        first.id(),
                        first.pseudonym(),
                        List.of(new ChildRecord("Child A", AgeBand.AGE_1_TO_4, Optional.of(YearMonth.of(2008, 5)))),
                        first.unborn(),
                        first.adults(),
                        first.features(),
                        first.involvements()));

        assertThat(at(base.withCandidates(candidates), "/candidates/0/children/0/ageBand"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("is 12", "1–4").doesNotContain("2008");
                    assertThat(p.isError()).isFalse();
                });
    }
}
