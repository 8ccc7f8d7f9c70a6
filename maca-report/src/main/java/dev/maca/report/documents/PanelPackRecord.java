package dev.maca.report.documents;

import dev.maca.cohort.CaseRecord;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Section;
import dev.maca.report.family.FamilySheet;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.Objective;

/**
 * The panel's own parts of a {@link PanelPack}: what it is asked to agree, with the grading scale, at the start; and,
 * once it has met, the record of what it agreed — who attended, the grades and their rationale and moderation, the key
 * learning, the illustration, and the family's and practitioners' voices.
 */
final class PanelPackRecord {
    private PanelPackRecord() {}

    static Section agenda(CaseRecord family, AuditScope scope) {
        return Section.of("For the panel to agree", s -> {
            s.bullets(b -> b.item("First, anything that needs action now: act today and record it.")
                    .item("One multi-agency grade per objective on the "
                            + scope.gradingScale().name()
                            + ", or \"not applicable\" with the reason, and the rationale from what the records show.")
                    .item("A moderated view wherever the agencies' own grades are two or more grades apart, and how"
                            + " the difference was resolved.")
                    .item("The key learning from the family's case, and whether an illustration, disguised so that"
                            + " nobody could recognise the family, may be quoted.")
                    .item("Whether the family and the practitioners were heard, and what they said."));
            s.paragraph("Record what the panel agrees on the panel record form for " + family.pseudonym() + ".");
            s.table(t -> {
                t.caption("The " + scope.gradingScale().name())
                        .header("Grade", "What it means")
                        .widths(1.4f, 5);
                for (Grade grade : scope.gradingScale().grades()) {
                    t.row(grade.label(), grade.description().isEmpty() ? "–" : grade.description());
                }
            });
        });
    }

    static Section record(PanelReview review, AuditScope scope, AgencyNames names) {
        return Section.of("The panel's record", s -> {
            s.paragraph(
                    "The panel met in " + FamilySheet.month(review.met()) + ". " + PanelVoices.attended(review, names));
            boolean moderated = review.grades().values().stream()
                    .anyMatch(g -> g.moderation().isPresent());
            s.table(t -> {
                t.caption("The panel's agreed grades").rowHeaders();
                if (moderated) {
                    t.header("Objective", "Agreed grade", "Rationale", "Moderation: the view reached and how")
                            .widths(2f, 1.3f, 3.6f, 3f);
                } else {
                    t.header("Objective", "Agreed grade", "Rationale").widths(2.2f, 1.4f, 5);
                }
                for (Objective objective : scope.objectives()) {
                    PanelGrade grade = review.gradeFor(objective.id()).orElse(null);
                    String label = grade == null
                            ? "Not yet agreed"
                            : grade.isNotApplicable()
                                    ? "Not applicable"
                                    : scope.gradingScale().label(grade.grade());
                    String rationale = grade == null ? "" : grade.rationale();
                    if (moderated) {
                        String moderation = grade == null
                                ? ""
                                : grade.moderation()
                                        .map(m -> m.agreedView() + " " + m.resolution())
                                        .orElse("");
                        t.row(objective.title(), label, rationale, moderation);
                    } else {
                        t.row(objective.title(), label, rationale);
                    }
                }
            });
            if (!review.keyLearning().isBlank()) {
                s.paragraph(p -> p.bold("Key learning: ").text(review.keyLearning()));
            }
            review.illustration()
                    .ifPresent(text -> s.paragraph(p -> p.bold("Illustration the panel agreed may be quoted: ")
                            .text(text)));
            PanelVoices.of(review, names).forEach(s::block);
        });
    }
}
