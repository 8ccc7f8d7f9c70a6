package dev.maca.report.documents;

import dev.maca.analysis.ModeratedGrade;
import dev.maca.analysis.ModerationComparison;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.Moderation;
import dev.maca.panel.PanelGrade;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One objective's part of an {@link AgencyFeedback}: the agency's own grade beside the panel's agreed grade for each
 * family it returned for, how often the panel agreed or graded lower or higher, and the panel's moderated view where
 * it moved the agency's grade by two or more. Only the agency's own grades appear; no other agency's.
 */
final class AgencyFeedbackGrades {
    private final Audit audit;
    private final PanelAnalysis panel;
    private final GradingScale scale;

    AgencyFeedbackGrades(Audit audit, PanelAnalysis panel) {
        this.audit = audit;
        this.panel = panel;
        this.scale = audit.scope().gradingScale();
    }

    /** The section for objective number {@code number} (from 1), over the agency's returns in cohort order. */
    Section section(int number, Objective objective, String agencyId, Map<CaseRecord, AuditReturn> returns) {
        Map<String, ModeratedGrade> pairs = new HashMap<>();
        Optional<ModerationComparison> comparison = panel.moderation(objective.id(), agencyId);
        comparison.ifPresent(c -> c.pairs().forEach(p -> pairs.put(p.family().id(), p)));
        boolean graded = returns.values().stream()
                .anyMatch(r -> r.judgementFor(objective.id()).isPresent());
        return Section.of("Objective " + number + ": " + objective.title(), s -> {
            if (!graded) {
                s.paragraph("Your returns did not grade this objective, so there is nothing to set beside the"
                        + " panel's grades.");
                return;
            }
            String counted = comparison
                            .map(AgencyFeedbackGrades::counted)
                            .orElse("The panel has not agreed a grade it can set beside yours for any family yet.")
                    + uncompared(returns, pairs, objective);
            s.paragraph(p -> p.text(counted).keepWithNext());
            s.table(t -> {
                t.caption("Your grade and the panel's agreed grade for each family: "
                                + Figures.lowerFirst(objective.title()))
                        .header("Family", "Your grade", "The panel's grade", "The panel's grade against yours")
                        .widths(1.3f, 2f, 2f, 2.2f)
                        .rowHeaders();
                returns.forEach((family, r) -> t.row(
                        family.pseudonym(),
                        r.judgementFor(objective.id()).map(this::label).orElse("Not graded"),
                        panelGrade(family, objective)
                                .map(g -> label(g.judgement()))
                                .orElse("Not yet agreed"),
                        Optional.ofNullable(pairs.get(family.id()))
                                .map(AgencyFeedbackGrades::against)
                                .orElse("–")));
            });
            List<Paragraph> moved = new ArrayList<>();
            returns.keySet().forEach(family -> {
                ModeratedGrade pair = pairs.get(family.id());
                if (pair != null && Math.abs(pair.difference()) >= 2) {
                    moved.add(movedView(
                            family, pair, panelGrade(family, objective).orElseThrow()));
                }
            });
            if (!moved.isEmpty()) {
                s.paragraph(p -> p.text("Where the panel moved your grade by two or more, this is what it agreed:")
                        .keepWithNext());
                s.bullets(l -> moved.forEach(l::item));
            }
        });
    }

    /**
     * "The panel agreed with your grade for 4 of 6 families and graded 2 lower": how often the panel agreed with the
     * agency's own grade, and how often it graded the family lower or higher than the agency did.
     */
    static String counted(ModerationComparison c) {
        int n = c.compared();
        int agreed = c.agreed().count();
        int lower = c.agencyHigherByOne().count() + c.agencyHigherByTwoOrMore().count();
        int higher = c.agencyLowerByOne().count() + c.agencyLowerByTwoOrMore().count();
        if (n == 1) {
            return agreed == 1
                    ? "The panel agreed with your grade for the one family it could compare."
                    : "For the one family it could compare, the panel graded " + (lower == 1 ? "lower" : "higher")
                            + " than you did.";
        }
        if (agreed == n) {
            return "The panel agreed with your grade for all " + n + " families.";
        }
        List<String> moves = new ArrayList<>();
        if (lower > 0) {
            moves.add(lower + " lower");
        }
        if (higher > 0) {
            moves.add(higher + " higher");
        }
        String graded = "graded " + Figures.inWords(moves);
        return agreed == 0
                ? "The panel did not agree with your grade for any of the " + n + " families: it " + graded + "."
                : "The panel agreed with your grade for " + agreed + " of " + n + " families and " + graded + ".";
    }

    /** " Your grade for 1 other family could not be compared: ..." when some rows have no pair. */
    private String uncompared(Map<CaseRecord, AuditReturn> returns, Map<String, ModeratedGrade> pairs, Objective o) {
        long other = returns.entrySet().stream()
                .filter(e -> !pairs.containsKey(e.getKey().id()))
                .filter(e -> e.getValue().judgementFor(o.id()).isPresent()
                        || panelGrade(e.getKey(), o).isPresent())
                .count();
        if (other == 0) {
            return "";
        }
        return " For " + Figures.count((int) other, "other family", "other families") + " there is no pair of grades"
                + " to compare: the objective did not apply, or one of the grades is not given.";
    }

    private Optional<PanelGrade> panelGrade(CaseRecord family, Objective objective) {
        return audit.panelReviewFor(family.id()).flatMap(review -> review.gradeFor(objective.id()));
    }

    private String label(Judgement judgement) {
        return judgement.isNotApplicable() ? "Not applicable" : scale.label(judgement.grade());
    }

    /** "Agreed", "1 grade lower", "2 grades higher": the panel's grade measured from the agency's. */
    private static String against(ModeratedGrade pair) {
        int d = pair.difference();
        if (d == 0) {
            return "Agreed";
        }
        int by = Math.abs(d);
        return by + (by == 1 ? " grade " : " grades ") + (d > 0 ? "lower" : "higher");
    }

    /** The panel's moderated view of the family, quoted, or its reasons where it recorded no moderation. */
    private Paragraph movedView(CaseRecord family, ModeratedGrade pair, PanelGrade grade) {
        Optional<Moderation> moderation = grade.moderation();
        return Paragraph.builder()
                .bold(family.pseudonym() + ": ")
                .text("you graded " + pair.agencyGrade().label() + ", the panel "
                        + pair.panelGrade().label() + ". "
                        + (moderation.isPresent() ? "The panel's moderated view: " : "The panel's reasons: "))
                .italic("\u201c" + moderation.map(Moderation::agreedView).orElse(grade.rationale()) + "\u201d")
                .build();
    }
}
