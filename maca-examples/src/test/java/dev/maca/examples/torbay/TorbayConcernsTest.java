package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ImmediateConcern;
import dev.maca.returns.AuditReturn;
import dev.maca.validation.AuditValidator;
import dev.maca.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the audit found that needed action at once, and how it was followed up. */
@DisplayName("The Torbay immediate concerns")
class TorbayConcernsTest {
    private static Audit audit;

    @BeforeAll
    static void buildAudit() {
        audit = TorbayAudit.audit(AgencyRegistry.discover());
    }

    @Test
    @DisplayName("number five, ic-01 to ic-05, in the order raised")
    void fourInOrder() {
        assertThat(audit.immediateConcerns())
                .extracting(ImmediateConcern::id)
                .containsExactly("ic-01", "ic-02", "ic-03", "ic-04", "ic-05");
        assertThat(audit.immediateConcerns())
                .extracting(ImmediateConcern::raisedOn)
                .isSorted();
    }

    @Test
    @DisplayName("come from returns and from the panel")
    void sources() {
        assertThat(audit.immediateConcerns())
                .extracting(ImmediateConcern::source)
                .contains(ConcernSource.RETURN, ConcernSource.PANEL);
    }

    @Test
    @DisplayName("leave exactly one open, with an owner and what was done so far, and validation warns about it")
    void oneOpen() {
        List<ImmediateConcern> open = audit.immediateConcerns().stream()
                .filter(ImmediateConcern::isOpen)
                .toList();
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.ownerRole()).isNotBlank();
            assertThat(c.actionTaken()).isNotBlank();
            assertThat(c.closedOn()).isEmpty();
        });
        assertThat(AuditValidator.standard().validate(audit).warnings())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains(open.get(0).id()).contains("still open"));
    }

    @Test
    @DisplayName("close the others by the end of May 2021, with an outcome that says why they closed")
    void closedWithOutcome() {
        assertThat(audit.immediateConcerns())
                .filteredOn(c -> !c.isOpen())
                .hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.outcome()).isNotBlank().contains("Closed");
                    assertThat(c.closedOn())
                            .hasValueSatisfying(day ->
                                    assertThat(day).isAfter(c.raisedOn()).isBeforeOrEqualTo(LocalDate.of(2021, 5, 31)));
                });
    }

    @Test
    @DisplayName("say who raised each one, keep the one left open for Family 12, and have the chair close the panel's")
    void whoRaisedThem() {
        assertThat(audit.immediateConcerns())
                .filteredOn(c -> c.source() == ConcernSource.RETURN)
                .allSatisfy(c -> assertThat(c.concern()).containsPattern("^The .+ audit(or|ing) "));
        assertThat(audit.immediateConcerns())
                .filteredOn(ImmediateConcern::isOpen)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.caseId()).isEqualTo("family-12");
                    assertThat(c.raisedBy()).contains(TorbayScope.CHILDRENS_SERVICES);
                });
        assertThat(audit.immediateConcerns())
                .filteredOn(c -> c.source() == ConcernSource.PANEL)
                .extracting(ImmediateConcern::caseId)
                .containsExactly("family-08", "family-05");
        assertThat(audit.immediateConcerns())
                .filteredOn(c -> c.source() == ConcernSource.PANEL)
                .allSatisfy(c -> assertThat(c.outcome()).contains("Closed by the chair"));
    }

    @Test
    @DisplayName("match the returns that raised them: yes to action now, with what was done, who was told and the day")
    void matchTheirReturns() {
        List<AuditReturn> raising =
                audit.returns().stream().filter(AuditReturn::raisesActionNow).toList();
        assertThat(raising).hasSize(3).allSatisfy(r -> {
            ImmediateConcern concern = audit.concernsFor(r.caseId()).stream()
                    .filter(c -> c.source() == ConcernSource.RETURN)
                    .filter(c -> c.raisedBy().orElseThrow().equals(r.agencyId()))
                    .findFirst()
                    .orElseThrow();
            var action = r.actionNow().orElseThrow();
            assertThat(action.raisedOn()).contains(concern.raisedOn());
            assertThat(action.whatWasDone()).isEqualTo(concern.actionTaken());
            assertThat(action.whoWasTold()).isNotBlank();
            assertThat(concern.raisedOn()).isBeforeOrEqualTo(r.completedOn());
        });
    }

    @Test
    @DisplayName("follow every return that finds the children left at risk of harm with action now, or say why none")
    void inadequateReturnsActOrSayWhyNot() {
        assertThat(audit.returns())
                .filteredOn(r -> r.overall().orElseThrow().grade().equals("inadequate"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.raisesActionNow()
                                || !r.actionNow().orElseThrow().whatWasDone().isBlank())
                        .as("%s/%s", r.caseId(), r.agencyId())
                        .isTrue());
    }

    @Test
    @DisplayName("say in every other return why nothing needs action now, in words of its own")
    void everyNoGivesItsReason() {
        List<AuditReturn> notRaising =
                audit.returns().stream().filter(r -> !r.raisesActionNow()).toList();
        assertThat(notRaising).isNotEmpty().allSatisfy(r -> assertThat(r.actionNow())
                .as("%s/%s", r.caseId(), r.agencyId())
                .hasValueSatisfying(action -> {
                    assertThat(action.needed()).isFalse();
                    assertThat(action.whatWasDone())
                            .as("why nothing is needed now, for %s/%s", r.caseId(), r.agencyId())
                            .isNotBlank()
                            .doesNotStartWith("No ")
                            .doesNotStartWith("No:");
                }));
        assertThat(notRaising)
                .extracting(r -> r.actionNow().orElseThrow().whatWasDone())
                .doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("book Family 12's initial child protection conference within fifteen working days of the strategy"
            + " discussion that started the section 47 enquiries")
    void family12ConferenceInTimescale() {
        ImmediateConcern concern = audit.immediateConcerns().stream()
                .filter(ImmediateConcern::isOpen)
                .findFirst()
                .orElseThrow();
        LocalDate strategyDiscussion = LocalDate.of(2021, 4, 9);
        LocalDate deadline = strategyDiscussion;
        for (int working = 0; working < 15; ) {
            deadline = deadline.plusDays(1);
            if (deadline.getDayOfWeek().getValue() <= 5) {
                working++;
            }
        }
        assertThat(deadline).isEqualTo(LocalDate.of(2021, 4, 30));
        assertThat(concern.outcome())
                .contains("strategy discussion on 9 April")
                .contains("initial child protection conference for both children on 29 April")
                .doesNotContain("May");
        assertThat(concern.ownerRole()).doesNotContain("Quality Assurance");
    }
}
