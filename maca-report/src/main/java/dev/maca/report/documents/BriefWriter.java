package dev.maca.report.documents;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.analysis.ObjectiveAnalysis;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the parts of one objective's 7-minute briefing: background, why it matters, what we found (the figures, the
 * panel's view, strengths and gaps), things to remember, what to do, then questions for reflection and resources.
 */
final class BriefWriter {
    /** The titles of the seven numbered parts, the same in every brief. */
    static final List<String> PART_TITLES = List.of(
            "1. Background",
            "2. Why it matters",
            "3. What we found: the figures",
            "4. What we found: the panel's view",
            "5. What we found: strengths and gaps",
            "6. Things to note and remember",
            "7. What to do");

    /** The title of the part after the seven. */
    static final String REFLECTION = "Questions for reflection";

    private final AnalysedAudit analysed;
    private final Audit audit;
    private final AuditScope scope;
    private final AuditAnalysis analysis;

    BriefWriter(AnalysedAudit analysed) {
        this.analysed = analysed;
        this.audit = analysed.guarded().audit();
        this.scope = audit.scope();
        this.analysis = analysed.analysis();
    }

    /**
     * The parts of the brief for one objective, carrying all of the partnership's and the panel's text for it: nothing
     * is left out to make a brief fit (a brief too long for two pages is refused instead). Its content has been checked.
     */
    List<BriefPart> parts(ObjectiveAnalysis objective) {
        ObjectiveFindings findings = audit.findingsFor(objective.id()).orElseThrow();
        LearningContent learning = audit.learningFor(objective.id()).orElseThrow();
        ObjectiveFigures figures = new ObjectiveFigures(objective, analysis.scale());
        List<BriefPart> parts = new ArrayList<>();
        parts.add(new BriefPart(PART_TITLES.get(0), background(objective)));
        List<Block> why = new ArrayList<>(paragraphs(learning.whyItMatters()));
        if (!learning.whatGoodLooksLike().isEmpty()) {
            why.add(Paragraph.builder().bold("What good looks like:").build());
            why.add(bullets(learning.whatGoodLooksLike()));
        }
        parts.add(new BriefPart(PART_TITLES.get(1), why));
        parts.add(new BriefPart(PART_TITLES.get(2), List.of(bullets(figures.headlines()))));
        List<Block> view = new ArrayList<>();
        view.add(Paragraph.builder()
                .bold("Key message: ")
                .text(findings.keyMessage())
                .build());
        view.addAll(paragraphs(findings.narrative()));
        parts.add(new BriefPart(PART_TITLES.get(3), view));
        parts.add(new BriefPart(PART_TITLES.get(4), List.of(strengthsAndGaps(findings))));
        parts.add(new BriefPart(PART_TITLES.get(5), List.of(bullets(learning.thingsToRemember()))));
        parts.add(new BriefPart(PART_TITLES.get(6), List.of(bullets(learning.whatToDo()))));
        List<Block> reflection = new ArrayList<>();
        reflection.add(ListBlock.numbered(l -> learning.reflectionQuestions().forEach(l::item)));
        if (!learning.resources().isEmpty()) {
            reflection.add(Paragraph.builder()
                    .bold("Find out more: ")
                    .text(String.join(
                                    "; ",
                                    learning.resources().stream()
                                            .map(BriefWriter::resource)
                                            .toList())
                            + ".")
                    .build());
        }
        if (analysed.guarded().isRedacted()) {
            reflection.add(Paragraph.of("The privacy guard replaced "
                    + Figures.count(analysed.guarded().redactionCount(), "value", "values")
                    + " in the audit's free text with a marker before this briefing was produced."));
        }
        parts.add(new BriefPart(REFLECTION, reflection));
        return List.copyOf(parts);
    }

    private List<Block> background(ObjectiveAnalysis objective) {
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
        String statement = objective.objective().statement();
        Paragraph.Builder question = Paragraph.builder()
                .text("This briefing is about one question the audit asked: ")
                .italic(statement);
        if (!statement.endsWith(".")) {
            question.text(".");
        }
        return List.of(
                Paragraph.of(scope.partnership() + " audited "
                        + Figures.count(analysis.cases().size(), "case", "cases") + families + ", with "
                        + Figures.count(scope.agencies().size(), "agency", "agencies") + month
                        + ", to see how common the themes of a review are in current practice."),
                question.build());
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
        return resource.source().isBlank() ? resource.title() : resource.title() + " (" + resource.source() + ")";
    }

    private static List<Block> paragraphs(List<String> texts) {
        return texts.stream().<Block>map(Paragraph::of).toList();
    }

    private static ListBlock bullets(List<String> items) {
        return ListBlock.bulleted(l -> items.forEach(l::item));
    }
}
