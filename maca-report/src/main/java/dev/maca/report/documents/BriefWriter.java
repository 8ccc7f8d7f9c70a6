package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.audit.LearningContent;
import dev.maca.audit.LearningResource;
import dev.maca.audit.ObjectiveFindings;
import dev.maca.cohort.FeatureRequirement;
import dev.maca.report.document.Block;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.Paragraph;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of one objective's brief. The 7-minute briefing: the question, why it matters, what we found (one or
 * two family-level facts and the panel's view), strengths and gaps, things to remember, what to do, what the
 * partnership is doing, then questions for reflection and where to find out more, with the review date and contact. The
 * one-page huddle keeps the question, what we found (the key message, strengths and gaps), what to do, what
 * the partnership is doing and the questions to talk about.
 */
final class BriefWriter {
    /** The titles of the seven numbered parts of a 7-minute briefing, the same in every brief. */
    static final List<String> PART_TITLES = List.of(
            "1. The question",
            "2. Why it matters",
            "3. What we found",
            "4. Strengths and gaps",
            "5. Things to note and remember",
            "6. What to do",
            "7. What the partnership is doing");

    /** The title of the part after the seven. */
    static final String REFLECTION = "Questions for reflection";

    /** The title of the last part: resources, the review date and the contact. */
    static final String FIND_OUT_MORE = "Find out more";

    /** The titles of a huddle's parts. */
    static final List<String> HUDDLE_TITLES =
            List.of("The question", "What we found", "What to do", "What the partnership is doing", "Talk about");

    private final AnalysedAudit analysed;
    private final Audit audit;
    private final AuditScope scope;
    private final BriefFacts facts;

    BriefWriter(AnalysedAudit analysed) {
        this.analysed = analysed;
        this.audit = analysed.guarded().audit();
        this.scope = audit.scope();
        this.facts = new BriefFacts(analysed.analysis().panel(), analysed.tools(), scope.gradingScale());
    }

    /**
     * The parts of the brief for one objective in one format, carrying all of the partnership's and the panel's text
     * that format prints: nothing is left out to make a brief fit (a brief too long is refused instead). Its content
     * has been checked.
     */
    List<BriefPart> parts(Objective objective, BriefFormat format) {
        return format == BriefFormat.HUDDLE ? huddle(objective) : briefing(objective);
    }

    private List<BriefPart> briefing(Objective objective) {
        ObjectiveFindings findings = audit.findingsFor(objective.id()).orElseThrow();
        LearningContent learning = audit.learningFor(objective.id()).orElseThrow();
        List<BriefPart> parts = new ArrayList<>();
        List<Block> question = new ArrayList<>(question(objective));
        question.add(Paragraph.of(background()));
        parts.add(new BriefPart(PART_TITLES.get(0), question));
        List<Block> why = new ArrayList<>(paragraphs(learning.whyItMatters()));
        if (!learning.whatGoodLooksLike().isEmpty()) {
            why.add(Paragraph.builder().bold("What good looks like:").build());
            why.add(bullets(learning.whatGoodLooksLike()));
        }
        parts.add(new BriefPart(PART_TITLES.get(1), why));
        List<Block> found = new ArrayList<>();
        found.add(bullets(facts.facts(objective)));
        found.add(keyMessage(findings));
        parts.add(new BriefPart(PART_TITLES.get(2), found));
        parts.add(new BriefPart(PART_TITLES.get(3), List.of(strengthsAndGaps(findings))));
        parts.add(new BriefPart(PART_TITLES.get(4), List.of(bullets(learning.thingsToRemember()))));
        parts.add(new BriefPart(PART_TITLES.get(5), List.of(bullets(learning.whatToDo()))));
        parts.add(new BriefPart(PART_TITLES.get(6), BriefActions.of(audit, objective), false));
        parts.add(new BriefPart(REFLECTION, List.of(ListBlock.numbered(l -> learning.reflectionQuestions()
                .forEach(l::item)))));
        List<Block> more = new ArrayList<>();
        if (!learning.resources().isEmpty()) {
            more.add(Paragraph.of(String.join(
                    " ",
                    learning.resources().stream().map(BriefWriter::resource).toList())));
        }
        more.addAll(reviewAndContact(learning));
        parts.add(new BriefPart(FIND_OUT_MORE, more, false));
        return List.copyOf(parts);
    }

    private List<BriefPart> huddle(Objective objective) {
        ObjectiveFindings findings = audit.findingsFor(objective.id()).orElseThrow();
        LearningContent learning = audit.learningFor(objective.id()).orElseThrow();
        List<BriefPart> parts = new ArrayList<>();
        parts.add(new BriefPart(HUDDLE_TITLES.get(0), question(objective)));
        List<Block> found = new ArrayList<>();
        found.add(keyMessage(findings));
        found.add(strengthsAndGaps(findings));
        parts.add(new BriefPart(HUDDLE_TITLES.get(1), found));
        parts.add(new BriefPart(HUDDLE_TITLES.get(2), List.of(bullets(learning.whatToDo()))));
        parts.add(new BriefPart(HUDDLE_TITLES.get(3), BriefActions.summary(audit, objective), false));
        List<Block> talk = new ArrayList<>();
        talk.add(ListBlock.numbered(l -> learning.reflectionQuestions().forEach(l::item)));
        talk.addAll(reviewAndContact(learning));
        parts.add(new BriefPart(HUDDLE_TITLES.get(4), talk, false));
        return List.copyOf(parts);
    }

    /**
     * The objective as the question it asks, or, when the scope gives no question form, its statement quoted as the
     * audit's aim: a statement is never dressed up as a question.
     */
    private static List<Block> question(Objective objective) {
        if (objective.question().isPresent()) {
            return List.of(
                    Paragraph.builder().bold(objective.question().get().strip()).build());
        }
        return List.of(Paragraph.builder()
                .text("This briefing is about " + Figures.lowerFirst(objective.title()) + ". The audit set out to: ")
                .italic(Figures.endSentence(Figures.lowerFirst(objective.statement())))
                .build());
    }

    private String background() {
        String features = Figures.inWords(scope.cohortCriteria().features().stream()
                .map(FeatureRequirement::label)
                .map(Figures::lowerFirst)
                .toList());
        String month = scope.timeline()
                .first(MilestoneKind.AUDIT)
                .map(Milestone::month)
                .map(m -> " in " + Timing.month(m))
                .orElse("");
        String families = features.isEmpty() ? "" : " (each with " + features + ")";
        String why = scope.linkedReference().isPresent()
                ? ", to see how common the themes of a review are in current practice"
                : "";
        return scope.partnership() + " audited the records of "
                + Figures.count(analysed.analysis().cases().size(), "family", "families") + families + " with "
                + Figures.count(scope.agencies().size(), "agency", "agencies") + month + why + ".";
    }

    private static Paragraph keyMessage(ObjectiveFindings findings) {
        return Paragraph.builder()
                .bold("The panel's key message: ")
                .text(findings.keyMessage())
                .build();
    }

    private List<Block> reviewAndContact(LearningContent learning) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.builder()
                .bold("Review by: ")
                .text(Timing.day(learning.reviewBy().orElseThrow()) + ". ")
                .bold("Contact: ")
                .text(Figures.endSentence(learning.contactRole()))
                .build());
        if (analysed.guarded().isRedacted()) {
            blocks.add(Paragraph.of("The privacy guard replaced "
                    + Figures.count(analysed.guarded().redactionCount(), "value", "values")
                    + " in the audit's free text with a marker before this briefing was produced."));
        }
        return blocks;
    }

    private static ListBlock strengthsAndGaps(ObjectiveFindings findings) {
        return ListBlock.bulleted(l -> {
            findings.goodPractice()
                    .forEach(text -> l.item(
                            Paragraph.builder().bold("Strength: ").text(text).build()));
            findings.areasForDevelopment()
                    .forEach(text -> l.item(
                            Paragraph.builder().bold("To develop: ").text(text).build()));
        });
    }

    private static String resource(LearningResource resource) {
        String title =
                resource.source().isBlank() ? resource.title() : resource.title() + " (" + resource.source() + ")";
        return title + ": " + resource.url().orElseThrow() + " (checked "
                + Timing.day(resource.checkedOn().orElseThrow()) + ").";
    }

    private static List<Block> paragraphs(List<String> texts) {
        return texts.stream().<Block>map(Paragraph::of).toList();
    }

    private static ListBlock bullets(List<String> items) {
        return ListBlock.bulleted(l -> items.forEach(l::item));
    }
}
