package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.scope.AuditScope;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import dev.maca.scope.Timeline;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents' test audit made ready to publish briefs and a seminar pack: the objectives' questions, the learning
 * event on the seminar milestone, a review date and contact for each brief, resources with addresses, and the panel's
 * reviews of the three families with one agreed illustration.
 */
final class BriefFixtures {
    static final String FATHERS_QUESTION = "Do we see the men in a baby's life, or only hear about them?";
    static final String ILLUSTRATION = "A baby lived with her mother and older brother. Agencies knew the mother's"
            + " new partner only by his first name; no one asked who he was or checked what was known about him.";
    static final LocalDate SEMINAR_DAY = LocalDate.of(2021, 6, 24);
    static final String EVENT = "Learning event for practitioners";

    private BriefFixtures() {}

    /** The documents' test audit, ready for briefs and the pack. */
    static Audit audit() {
        return ready(DocumentFixtures.audit());
    }

    static AnalysedAudit analysed() {
        return analysed(audit());
    }

    static AnalysedAudit analysed(Audit audit) {
        return AnalysedAudit.of(DocumentFixtures.guarded(audit), DocumentFixtures.tools());
    }

    /** Any audit built from the documents' fixtures, given what briefs and the pack need. */
    static Audit ready(Audit audit) {
        AuditScope scope = audit.scope();
        List<Objective> objectives = scope.objectives().stream()
                .map(o -> o.id().equals(DocumentFixtures.FATHERS) ? o.withQuestion(FATHERS_QUESTION) : o)
                .toList();
        List<Milestone> milestones = scope.timeline().milestones().stream()
                .map(m -> m.kind() == MilestoneKind.SEMINAR ? m.heldOn(SEMINAR_DAY, event()) : m)
                .toList();
        List<LearningContent> learning = audit.learning().stream()
                .map(l -> new LearningContent(
                                l.objectiveId(),
                                l.whyItMatters(),
                                l.whatGoodLooksLike(),
                                l.thingsToRemember(),
                                l.whatToDo(),
                                l.reflectionQuestions(),
                                l.resources().stream()
                                        .map(r -> LearningResource.at(
                                                r.title(),
                                                r.source(),
                                                "https://www.example.org/resources/learning",
                                                LocalDate.of(2021, 6, 1)))
                                        .toList())
                        .reviewedBy(LocalDate.of(2022, 6, 30), "Partnership Business Manager"))
                .toList();
        List<PanelReview> reviews = new ArrayList<>(audit.panelReviews());
        for (String family : List.of("family-01", "family-02", "family-03")) {
            if (reviews.stream().noneMatch(r -> r.caseId().equals(family))) {
                reviews.add(review(family));
            }
        }
        return audit.withScope(scope.withObjectives(objectives).withTimeline(new Timeline(milestones)))
                .withLearning(learning)
                .withPanelReviews(reviews);
    }

    static LearningEvent event() {
        return new LearningEvent(
                EVENT,
                LocalTime.of(9, 30),
                LocalTime.of(12, 30),
                "Training room 2, Civic Offices",
                Optional.of("https://meet.example.org/learning-event"),
                List.of("Partnership Business Manager (chair)", "Designated Nurse for Safeguarding (case study)"));
    }

    private static PanelReview review(String family) {
        PanelReview.Builder review = PanelReview.builder(family, YearMonth.of(2021, 4))
                .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
                .grade(
                        DocumentFixtures.FATHERS,
                        PanelGrade.of(
                                family.equals("family-03") ? "good" : "requires-improvement",
                                "What agencies knew of the father came from the mother."))
                .grade(DocumentFixtures.COVID, PanelGrade.of("good", "Contact was kept up throughout."))
                .keyLearning("A name is not an assessment.");
        if (family.equals("family-02")) {
            review.illustration(ILLUSTRATION);
        }
        return review.build();
    }

    /** The audit with its seminar milestone replaced. */
    static Audit withSeminar(Audit audit, Milestone seminar) {
        AuditScope scope = audit.scope();
        return audit.withScope(scope.withTimeline(new Timeline(scope.timeline().milestones().stream()
                .map(m -> m.kind() == MilestoneKind.SEMINAR ? seminar : m)
                .toList())));
    }

    /** The seminar milestone of an audit. */
    static Milestone seminar(Audit audit) {
        return audit.scope().timeline().first(MilestoneKind.SEMINAR).orElseThrow();
    }

    static YearMonth seminarMonth() {
        return YearMonth.from(SEMINAR_DAY);
    }
}
