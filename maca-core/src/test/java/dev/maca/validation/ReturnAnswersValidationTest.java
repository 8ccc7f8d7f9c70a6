package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.policeReturn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.Judgement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of agencies' judgements, auditor independence and births")
class ReturnAnswersValidationTest {
    private final AuditValidator validator = AuditValidator.standard();

    private static Audit withFirstReturn(AuditReturn first) {
        return AuditFixtures.valid().withReturns(List.of(first, policeReturn("family-02", "requires-improvement")));
    }

    @Test
    @DisplayName("an agency may judge an objective \"not applicable\" with its reason")
    void notApplicableWithReason() {
        AuditReturn r = policeReturn("family-01", "good").toBuilder()
                .objectiveJudgements(Map.of(
                        "fathers-and-males", Judgement.notApplicable("No police contact with the father in 2020.")))
                .build();

        assertThat(validator.validate(withFirstReturn(r)).problems()).isEmpty();
    }

    @Test
    @DisplayName("an agency's \"not applicable\" without a reason, or as an overall judgement, is an error")
    void notApplicableMisused() {
        AuditReturn r = policeReturn("family-01", "good").toBuilder()
                .objectiveJudgements(Map.of("fathers-and-males", Judgement.notApplicable(" ")))
                .overall(Optional.of(Judgement.notApplicable("Not involved.")))
                .build();

        assertThat(validator.validate(withFirstReturn(r)).errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/returns/0/objectiveJudgements/fathers-and-males/rationale", "/returns/0/overall/grade");
    }

    @Test
    @DisplayName("an auditor involved in the case is a warning, and an error when the return does not say how")
    void independence() {
        AuditReturn involved = policeReturn("family-01", "good").toBuilder()
                .independence(new AuditorIndependence(true, "Managed the team; the deputy checked the answers."))
                .build();
        AuditReturn silent = policeReturn("family-01", "good").toBuilder()
                .independence(new AuditorIndependence(true, ""))
                .build();

        assertThat(validator.validate(withFirstReturn(involved)).warnings())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/returns/0/independence"));
        assertThat(validator.validate(withFirstReturn(silent)).errors())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("/returns/0/independence/how"));
    }

    @Test
    @DisplayName("a birth far from its expected month is warned about, and an event outside the first year is an error")
    void births() {
        Audit audit = AuditFixtures.valid();
        List<CaseRecord> candidates = new ArrayList<>(audit.candidates());
        CaseRecord first = candidates.get(0);
        Birth late = new Birth(
                "Baby B",
                YearMonth.of(2021, 3),
                Gestation.TERM,
                HomeAfterBirth.WITH_BOTH_PARENTS,
                PlanAtBirth.NONE,
                List.of(new FirstYearEvent(YearMonth.of(2022, 6), FirstYearEvent.Kind.INJURY, "")));
        candidates.set(
                0,
                new CaseRecord(
                        first.id(),
                        first.pseudonym(),
                        first.children(),
                        List.of(first.unborn().get(0).born(late)),
                        first.adults(),
                        first.features(),
                        first.involvements()));

        ValidationReport report = validator.validate(audit.withCandidates(candidates));

        assertThat(report.warnings()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("/candidates/0/unborn/0/birth/month"));
        assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("/candidates/0/unborn/0/birth/firstYear/0/month"));
    }
}
