package dev.maca.validation;

import static dev.maca.validation.AuditFixtures.policeReturn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.ActionNow;
import dev.maca.returns.AuditReturn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of immediate concerns")
class ConcernValidationTest {
    private static final String DETAIL = "Adult 2 is back in the home against his bail conditions.";
    private final AuditValidator validator = AuditValidator.standard();

    private static ImmediateConcern open(String id, String caseId) {
        return new ImmediateConcern(
                id,
                caseId,
                LocalDate.of(2021, 4, 20),
                ConcernSource.RETURN,
                Optional.of("police"),
                DETAIL,
                "The auditor told the public protection unit the same day.",
                List.of("Detective Inspector, Public Protection"),
                "Detective Inspector, Public Protection",
                ConcernStatus.OPEN,
                "",
                Optional.empty());
    }

    private static AuditReturn raising(String caseId) {
        return policeReturn(caseId, "good").toBuilder()
                .actionNow(ActionNow.raised(
                        "Told the public protection unit.", "Detective Inspector", LocalDate.of(2021, 4, 20)))
                .build();
    }

    private static Audit withConcerns(ImmediateConcern... concerns) {
        return AuditFixtures.valid().withImmediateConcerns(List.of(concerns));
    }

    @Test
    @DisplayName("an open concern is a warning at every stage, naming its id, case and owner but never its detail")
    void openIsAWarning() {
        Audit audit = withConcerns(open("ic-01", "family-01"));

        for (Stage stage : Stage.values()) {
            ValidationReport report = validator.forStage(stage).validate(audit);
            assertThat(report.errors()).as(stage.id()).isEmpty();
            assertThat(report.warnings()).as(stage.id()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/immediateConcerns/0/status");
                assertThat(p.message()).contains("ic-01", "family-01", "2021-04-20", "still open");
                assertThat(p.message() + p.fix()).doesNotContain("bail");
            });
        }
    }

    @Test
    @DisplayName("a closed concern needs its outcome and the day it was closed, not before it was raised")
    void closedNeedsOutcome() {
        ImmediateConcern noOutcome = new ImmediateConcern(
                "ic-01",
                "family-01",
                LocalDate.of(2021, 4, 20),
                ConcernSource.PANEL,
                Optional.empty(),
                DETAIL,
                "Told the duty team.",
                List.of("Duty team manager"),
                "Duty team manager",
                ConcernStatus.CLOSED,
                "",
                Optional.empty());
        ImmediateConcern early = open("ic-02", "family-02").closed(LocalDate.of(2021, 4, 1), "Visited; child safe.");

        assertThat(validator.validate(withConcerns(noOutcome, early)).errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/immediateConcerns/0/outcome",
                        "/immediateConcerns/0/closedOn",
                        "/immediateConcerns/1/closedOn");
    }

    @Test
    @DisplayName("a concern without the action taken, who was told or an owner is an error at each")
    void actionToldOwner() {
        ImmediateConcern bare = new ImmediateConcern(
                "ic-01",
                "family-01",
                LocalDate.of(2021, 4, 20),
                ConcernSource.PANEL,
                Optional.empty(),
                DETAIL,
                "",
                List.of(),
                "",
                ConcernStatus.CLOSED,
                "Resolved.",
                Optional.of(LocalDate.of(2021, 4, 21)));

        assertThat(validator.validate(withConcerns(bare)).errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/immediateConcerns/0/actionTaken",
                        "/immediateConcerns/0/toldRoles",
                        "/immediateConcerns/0/ownerRole");
    }

    @Test
    @DisplayName(
            "a concern about a case outside the cohort, a duplicate id, or a return source with no agency, is an error")
    void identity() {
        ImmediateConcern outside = open("ic-01", "family-03").closed(LocalDate.of(2021, 4, 22), "Visited.");
        ImmediateConcern duplicate = open("ic-01", "family-01").closed(LocalDate.of(2021, 4, 22), "Visited.");
        ImmediateConcern noAgency = new ImmediateConcern(
                "ic-02",
                "family-01",
                LocalDate.of(2021, 4, 20),
                ConcernSource.RETURN,
                Optional.empty(),
                DETAIL,
                "Told.",
                List.of("Duty manager"),
                "Duty manager",
                ConcernStatus.CLOSED,
                "Visited.",
                Optional.of(LocalDate.of(2021, 4, 21)));

        assertThat(validator
                        .validate(withConcerns(outside, duplicate, noAgency))
                        .errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/immediateConcerns/0/caseId", "/immediateConcerns/1/id", "/immediateConcerns/2/raisedBy");
    }

    @Test
    @DisplayName("a return that says something needs action now, with no concern logged for it, is warned about")
    void returnNotLogged() {
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(raising("family-01"), policeReturn("family-02", "requires-improvement")));

        assertThat(validator.validate(audit).warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/0/actionNow");
            assertThat(p.fix()).contains("/immediateConcerns", "RETURN", "police");
        });
        Audit logged = audit.withImmediateConcerns(
                List.of(open("ic-01", "family-01").closed(LocalDate.of(2021, 4, 23), "Visited; plan updated.")));
        assertThat(validator.validate(logged).problems()).isEmpty();
    }

    @Test
    @DisplayName("a return that says something needs action now must say what was done, who was told and when")
    void returnNeedsDetail() {
        AuditReturn bare = policeReturn("family-01", "good").toBuilder()
                .actionNow(new ActionNow(true, "", "", Optional.empty()))
                .build();
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(bare, policeReturn("family-02", "requires-improvement")))
                .withImmediateConcerns(
                        List.of(open("ic-01", "family-01").closed(LocalDate.of(2021, 4, 23), "Visited.")));

        assertThat(validator.validate(audit).errors())
                .extracting(Problem::path)
                .containsExactly(
                        "/returns/0/actionNow/whatWasDone",
                        "/returns/0/actionNow/whoWasTold",
                        "/returns/0/actionNow/raisedOn");
    }

    @Test
    @DisplayName(
            "a return's day for raising its concern that differs from the logged concern's, or follows the return, is warned about")
    void daysAgree() {
        AuditReturn late = policeReturn("family-01", "good").toBuilder()
                .actionNow(ActionNow.raised("Told the unit.", "Detective Inspector", LocalDate.of(2021, 4, 25)))
                .build();
        Audit audit = AuditFixtures.valid()
                .withReturns(List.of(late, policeReturn("family-02", "requires-improvement")))
                .withImmediateConcerns(
                        List.of(open("ic-01", "family-01").closed(LocalDate.of(2021, 4, 26), "Visited.")));

        assertThat(validator.validate(audit).warnings())
                .extracting(Problem::path)
                .containsExactly("/returns/0/actionNow/raisedOn", "/returns/0/actionNow/raisedOn");
    }

    @Test
    @DisplayName("a return below the expected standard that says nothing needs action now, and not why, is a warning")
    void belowStandardWithoutAction() {
        AuditReturn requiresImprovement = policeReturn("family-01", "requires-improvement").toBuilder()
                .actionNow(ActionNow.nothingNeeded())
                .build();
        AuditReturn good = policeReturn("family-02", "good").toBuilder()
                .actionNow(ActionNow.nothingNeeded())
                .build();
        Audit audit = AuditFixtures.valid().withReturns(List.of(requiresImprovement, good));

        assertThat(validator.validate(audit).warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/returns/0/actionNow");
            assertThat(p.message()).contains("Requires improvement", "below the expected standard");
        });
    }

    @Test
    @DisplayName("saying why nothing is needed now answers that warning")
    void belowStandardWithReason() {
        AuditReturn inadequate = policeReturn("family-01", "inadequate").toBuilder()
                .actionNow(ActionNow.notNeeded("The children are on child protection plans and seen weekly."))
                .build();
        Audit audit = AuditFixtures.valid().withReturns(List.of(inadequate));

        assertThat(validator.validate(audit).warnings())
                .extracting(Problem::path)
                .doesNotContain("/returns/0/actionNow");
    }
}
