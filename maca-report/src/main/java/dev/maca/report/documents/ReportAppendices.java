package dev.maca.report.documents;

import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.CohortSelection;
import dev.maca.cohort.EngagementRequirement;
import dev.maca.cohort.Exclusion;
import dev.maca.cohort.ExclusionReason;
import dev.maca.report.document.Section;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The sections of the report's annex: each agency's questions, the grading scale and how the cohort was selected. */
final class ReportAppendices {
    private final AnalysedAudit analysed;
    private final AuditScope scope;
    private final CohortSelection selection;
    private final AgencyNames agencies;

    ReportAppendices(AnalysedAudit analysed, CohortSelection selection, AgencyNames agencies) {
        this.analysed = analysed;
        this.scope = analysed.guarded().audit().scope();
        this.selection = selection;
        this.agencies = agencies;
    }

    Section questions() {
        return Section.of("A. Each agency's audit questions", s -> {
            s.paragraph("Each agency answered its own audit tool: the questions of its question bank whose themes meet"
                    + " the audit's objectives, then the questions every tool asks about the whole case (the child's"
                    + " lived experience, good practice, areas for development and an overall judgement).");
            for (AgencyRequirement agency : scope.agencies()) {
                AuditTool tool = analysed.tools().get(agency.id());
                String name = agencies.name(agency.id());
                s.subheading(name);
                if (tool == null) {
                    s.paragraph("No audit tool was given for this agency, so " + "its questions cannot be listed.");
                    continue;
                }
                s.table(t -> {
                    t.caption("Audit questions for " + name)
                            .header("No.", "Question", "Objectives")
                            .widths(0.8f, 5.5f, 1.6f);
                    int number = 1;
                    for (ToolQuestion question : tool.questions()) {
                        t.row(
                                String.valueOf(number++),
                                question.question().text(),
                                Figures.inWords(question.objectiveIds().stream()
                                        .map(this::objectiveNumber)
                                        .toList()));
                    }
                });
            }
        });
    }

    private String objectiveNumber(String objectiveId) {
        List<Objective> objectives = scope.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).id().equals(objectiveId)) {
                return String.valueOf(i + 1);
            }
        }
        return objectiveId;
    }

    Section gradingDefinitions() {
        return Section.of("B. The grading scale", s -> {
            s.paragraph("Practice was judged on the " + scope.gradingScale().name() + ", best first. "
                    + Figures.capitalised(ScaleWords.atOrAbove(scope.gradingScale()))
                    + " meets the expected standard.");
            s.table(t -> {
                t.caption("Grades and what they mean")
                        .header("Grade", "Definition")
                        .widths(1.3f, 5)
                        .rowHeaders();
                for (Grade grade : scope.gradingScale().grades()) {
                    t.row(
                            grade.label(),
                            grade.description().isBlank() ? "Not defined by the scale." : grade.description());
                }
            });
        });
    }

    Section cohortSelection() {
        return Section.of("C. Cohort selection", s -> {
            s.paragraph("Every candidate case, in the order the partnership listed them, and whether it was selected.");
            if (scope.cohortCriteria().selectionMethod().isRandom()) {
                s.paragraph(SEEDED_DRAW);
            }
            s.table(t -> {
                t.caption("Candidate cases and the outcome of selection")
                        .header("Case", "Outcome", "Reasons")
                        .widths(1.2f, 1, 4)
                        .rowHeaders();
                // Indexed once: looking each candidate up in the cohort and the exclusions would scan them per row.
                Set<String> selected =
                        selection.cohort().stream().map(CaseRecord::id).collect(Collectors.toSet());
                Map<String, Exclusion> excluded = selection.exclusions().stream()
                        .collect(Collectors.toMap(e -> e.candidate().id(), e -> e, (first, second) -> first));
                for (var candidate : analysed.guarded().audit().candidates()) {
                    if (selected.contains(candidate.id())) {
                        t.row(candidate.pseudonym(), "Selected", "Meets every criterion.");
                    } else {
                        Exclusion exclusion = Optional.ofNullable(excluded.get(candidate.id()))
                                .orElseThrow();
                        t.row(candidate.pseudonym(), "Excluded", reasons(exclusion));
                    }
                }
            });
        });
    }

    /** The seeded draw as {@code dev.maca.cohort.SeededShuffle} specifies it, for anyone who would repeat it. */
    private static final String SEEDED_DRAW = "How the random draw can be repeated: the eligible families are listed in"
            + " the order above (for a stratified selection, the families of each stratum, stratum by stratum) and"
            + " shuffled from the last to the first: for each position i, counting down from the last (numbered n − 1)"
            + " to 1, the next number of the SplitMix64 generator started from the seed (the numbers Java's"
            + " SplittableRandom gives for that seed), read as an unsigned 64-bit integer and divided by i + 1, leaves"
            + " a remainder j, and the families at positions i and j change places. The first families of the"
            + " shuffled list, as many as the cohort (or the stratum) has places, are chosen.";

    private String reasons(Exclusion exclusion) {
        String text =
                Figures.inWords(exclusion.reasons().stream().map(this::reason).toList());
        return Figures.capitalised(text) + ".";
    }

    /**
     * A reason in words; the engagement period is written in words ("January to December 2020") rather than as the
     * analysis states it ("2020-01 to 2020-12").
     */
    private String reason(ExclusionReason reason) {
        if (reason.kind() != ExclusionReason.Kind.NO_ENGAGEMENT) {
            return reason.message();
        }
        EngagementRequirement engagement = scope.cohortCriteria().engagement();
        return "no " + (engagement.keyServices().isEmpty() ? "agency" : "key service") + " involved from "
                + Figures.period(engagement.from(), engagement.to()) + " (" + engagement.description() + ")";
    }
}
