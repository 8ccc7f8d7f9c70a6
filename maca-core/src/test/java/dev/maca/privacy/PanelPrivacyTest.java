package dev.maca.privacy;

import static dev.maca.privacy.PrivacyFixtures.clean;
import static dev.maca.privacy.PrivacyFixtures.guard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.cohort.Birth;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.Gestation;
import dev.maca.cohort.HomeAfterBirth;
import dev.maca.cohort.PlanAtBirth;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ConcernStatus;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyConversation;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.panel.PractitionerConversation;
import dev.maca.panel.PractitionerVoice;
import dev.maca.returns.ActionNow;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ChildExperience;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The privacy guard on the panel's record, births and the later return answers")
class PanelPrivacyTest {
    private static final String NAME = "Jane Smith";

    private static PanelReview review(String leak) {
        return PanelReview.builder("family-01", YearMonth.of(2021, 5))
                .attendee(PanelAttendee.of("police", "Inspector " + leak))
                .grade("fathers-and-males", PanelGrade.of("good", "Saw " + leak).moderated("View of " + leak, "ok"))
                .keyLearning("Ask " + leak)
                .illustration("A mother, " + leak + ", said")
                .familyVoice(new FamilyVoice(
                        true,
                        "Invited",
                        Consent.GIVEN,
                        List.of(new FamilyConversation("Mother", "Reviewer " + leak)),
                        "Parent " + leak,
                        "Child " + leak,
                        ""))
                .practitionerVoice(new PractitionerVoice(
                        List.of(new PractitionerConversation("police", "Officer " + leak)),
                        "Help from " + leak,
                        "",
                        ""))
                .build();
    }

    private static ImmediateConcern concern(String leak) {
        return new ImmediateConcern(
                "ic-01",
                "family-01",
                LocalDate.of(2021, 4, 20),
                ConcernSource.PANEL,
                Optional.empty(),
                leak + " is back in the home.",
                "Told the duty team.",
                List.of("Duty manager " + leak),
                "Team manager",
                ConcernStatus.CLOSED,
                "Visited; " + leak + " left.",
                Optional.of(LocalDate.of(2021, 4, 21)));
    }

    private static Audit leakyPanel() {
        return clean().withPanelReviews(List.of(review(NAME))).withImmediateConcerns(List.of(concern(NAME)));
    }

    @Test
    @DisplayName("finds a name in every free text of a panel review and a concern, by its path")
    void panelTextIsScanned() {
        List<String> paths = guard(Policy.FAIL).check(leakyPanel()).findings().stream()
                .map(PrivacyFinding::path)
                .distinct()
                .toList();

        assertThat(paths)
                .containsExactly(
                        "/panelReviews/0/attendees/0/role",
                        "/panelReviews/0/grades/fathers-and-males/rationale",
                        "/panelReviews/0/grades/fathers-and-males/moderation/agreedView",
                        "/panelReviews/0/keyLearning",
                        "/panelReviews/0/illustration",
                        "/panelReviews/0/familyVoice/conversations/0/spokeWith",
                        "/panelReviews/0/familyVoice/parentView",
                        "/panelReviews/0/familyVoice/childView",
                        "/panelReviews/0/practitionerVoice/conversations/0/role",
                        "/panelReviews/0/practitionerVoice/whatHelped",
                        "/immediateConcerns/0/concern",
                        "/immediateConcerns/0/toldRoles/0",
                        "/immediateConcerns/0/outcome");
    }

    @Test
    @DisplayName("under REDACT the panel's record keeps its shape and loses the name everywhere")
    void panelTextIsRedacted() {
        Audit redacted = guard(Policy.REDACT).apply(leakyPanel()).audit();

        assertThat(redacted.panelReviews()).hasSize(1);
        assertThat(redacted.immediateConcerns()).hasSize(1);
        assertThat(redacted.toString()).doesNotContain("Jane").doesNotContain("Smith");
        assertThat(redacted.panelReviews()
                        .get(0)
                        .gradeFor("fathers-and-males")
                        .orElseThrow()
                        .grade())
                .isEqualTo("good");
        assertThat(guard(Policy.FAIL).check(redacted).isClean()).isTrue();
    }

    @Test
    @DisplayName("finds a name in a birth's pseudonym, a first-year event and the later answers of a return")
    void birthsAndReturnAnswersAreScanned() {
        Audit audit = clean();
        List<CaseRecord> candidates = new ArrayList<>(audit.candidates());
        CaseRecord first = candidates.get(0);
        candidates.set(
                0,
                new CaseRecord(
                        first.id(),
                        first.pseudonym(),
                        first.children(),
                        List.of(first.unborn()
                                .get(0)
                                .born(new Birth(
                                        "Baby " + NAME,
                                        YearMonth.of(2020, 9),
                                        Gestation.TERM,
                                        HomeAfterBirth.WITH_MOTHER,
                                        PlanAtBirth.CHILD_IN_NEED,
                                        List.of(new FirstYearEvent(
                                                YearMonth.of(2021, 1),
                                                FirstYearEvent.Kind.INJURY,
                                                "Bruise seen by " + NAME))))),
                        first.adults(),
                        first.features(),
                        first.involvements()));
        audit = audit.withCandidates(candidates);
        audit = PrivacyFixtures.withReturn(audit, 0, r -> r.toBuilder()
                .livedExperienceByChild(List.of(new ChildExperience("Child A", "Told " + NAME)))
                .impact("Helped " + NAME)
                .actionNow(ActionNow.raised("Called " + NAME, "Duty manager", LocalDate.of(2021, 4, 2)))
                .independence(new AuditorIndependence(true, "Worked with " + NAME))
                .recordsExamined("Notes by " + NAME)
                .build());

        List<String> paths = guard(Policy.FAIL).check(audit).findings().stream()
                .map(PrivacyFinding::path)
                .distinct()
                .toList();

        assertThat(paths)
                .containsExactly(
                        "/candidates/0/unborn/0/birth/knownAs",
                        "/candidates/0/unborn/0/birth/firstYear/0/description",
                        "/returns/0/livedExperienceByChild/0/experience",
                        "/returns/0/impact",
                        "/returns/0/actionNow/whatWasDone",
                        "/returns/0/independence/how",
                        "/returns/0/recordsExamined");
    }
}
