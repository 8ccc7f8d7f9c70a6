package dev.maca.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.privacy.PrivacyFinding;
import dev.maca.privacy.PrivacyGuard;
import dev.maca.scope.AuditScope;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Timeline;
import dev.maca.validation.Problem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The briefs' and seminar's fields in an audit file")
class BriefingFieldsJsonTest {
    private static final LocalDate SEMINAR_DAY = LocalDate.of(2021, 6, 24);

    static Audit withBriefingFields(Audit audit, String eventName, String contact) {
        AuditScope scope = audit.scope();
        List<Milestone> milestones = scope.timeline().milestones().stream()
                .map(m -> m.kind() == MilestoneKind.SEMINAR
                        ? Milestone.inMonth(m.id(), m.kind(), m.description(), YearMonth.from(SEMINAR_DAY))
                                .heldOn(
                                        SEMINAR_DAY,
                                        new LearningEvent(
                                                eventName,
                                                LocalTime.of(9, 30),
                                                LocalTime.of(12, 30),
                                                "Training room 2, Civic Offices",
                                                Optional.of("https://meet.example.org/learning-event"),
                                                List.of("Partnership Business Manager (chair)")))
                        : m)
                .toList();
        List<LearningContent> learning = audit.learning().stream()
                .map(l -> new LearningContent(
                                l.objectiveId(),
                                l.whyItMatters(),
                                l.whatGoodLooksLike(),
                                l.thingsToRemember(),
                                l.whatToDo(),
                                l.reflectionQuestions(),
                                List.of(LearningResource.at(
                                        "Out of routine",
                                        "Child Safeguarding Practice Review Panel",
                                        "https://www.gov.uk/government/publications/sudden-unexpected-death-in-infancy",
                                        LocalDate.of(2021, 6, 1))),
                                Optional.empty(),
                                "")
                        .reviewedBy(LocalDate.of(2022, 6, 30), contact))
                .toList();
        return audit.withScope(scope.withObjectives(scope.objectives().stream()
                                .map(o -> o.withQuestion("Do we see the men in a baby's life?"))
                                .toList())
                        .withTimeline(new Timeline(milestones)))
                .withLearning(learning);
    }

    @Test
    @DisplayName("an objective's question, a resource's address and check date, a brief's review date and contact, and"
            + " the learning event read back equal")
    void roundTrip() {
        Audit audit = withBriefingFields(SampleAudit.rich(), "Learning event for practitioners", "Business Manager");
        String json = AuditJson.toString(audit);

        assertThat(json)
                .contains("\"question\": \"Do we see the men in a baby's life?\"")
                .contains("\"starts\": \"09:30:00\"")
                .contains("\"checkedOn\": \"2021-06-01\"");
        assertThat(AuditJson.fromString(json, "briefing.json")).isEqualTo(audit);
    }

    @Test
    @DisplayName("a file without them still reads, every one empty")
    void olderFilesRead() {
        Audit read = AuditJson.fromString(AuditJson.toString(SampleAudit.rich()), "older.json");

        assertThat(read.scope().objectives())
                .allSatisfy(o -> assertThat(o.question()).isEmpty());
        assertThat(read.learning()).allSatisfy(l -> {
            assertThat(l.reviewBy()).isEmpty();
            assertThat(l.contactRole()).isEmpty();
            assertThat(l.resources()).allSatisfy(r -> assertThat(r.url()).isEmpty());
        });
        assertThat(read.scope().timeline().milestones())
                .allSatisfy(m -> assertThat(m.event()).isEmpty());
    }

    @Test
    @DisplayName("an objective's question that is not a question is refused at its path")
    void questionMark() {
        Audit audit = withBriefingFields(SampleAudit.rich(), "Learning event", "Business Manager");
        String json = AuditJson.toString(audit)
                .replaceFirst("Do we see the men in a baby's life\\?", "Understand how professionals see men");

        AuditFileException e =
                catchThrowableOfType(AuditFileException.class, () -> AuditJson.fromString(json, "statement.json"));

        assertThat(e.problems()).extracting(Problem::path).contains("/scope/objectives/0/question");
    }

    @Test
    @DisplayName("the privacy guard reads the new free text: the question, the event and the brief's contact")
    void guarded() {
        Audit audit =
                withBriefingFields(SampleAudit.rich(), "Learning event with Jane Doe", "Jane Doe, Business Manager");
        audit = audit.withScope(audit.scope()
                .withObjectives(List.of(audit.scope().objectives().get(0).withQuestion("Did Jane Doe see the men?"))));

        List<String> paths = PrivacyGuard.builder().names(List.of("Jane Doe")).build().check(audit).findings().stream()
                .map(PrivacyFinding::path)
                .toList();

        assertThat(paths)
                .contains("/scope/objectives/0/question")
                .anyMatch(p -> p.matches("/scope/timeline/milestones/\\d+/event/name"))
                .contains("/learning/0/contactRole");
    }
}
