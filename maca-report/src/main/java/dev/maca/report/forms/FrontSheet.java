package dev.maca.report.forms;

import dev.maca.cohort.CaseRecord;
import dev.maca.report.family.FamilySheet;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import java.util.List;
import java.util.Optional;

/**
 * The parts every MACA form opens with, the same on an agency's audit tool and the panel's record: the family as the
 * audit coordinator recorded it, the audit period, when the form is due, and what each grade of the scale means.
 */
final class FrontSheet {
    private FrontSheet() {}

    /** "About this family": everyone in it by pseudonym, the audit period, and how to treat anyone the record adds. */
    static void family(List<FormModel.Part> parts, AuditScope scope, CaseRecord family) {
        parts.add(new FormModel.Heading(
                "About this family",
                "The people in " + family.pseudonym() + " as the audit coordinator recorded them, and as this form"
                        + " and the audit refer to them:"));
        for (FamilySheet.Member member : FamilySheet.members(family)) {
            parts.add(new FormModel.Prose(member.line(), FormModel.Tone.BODY, 1));
        }
        parts.add(new FormModel.Prose(
                "If the record shows anyone else living in or often visiting the home, say so in your answers: the"
                        + " list above is where the audit starts, not what it already knows.",
                FormModel.Tone.GUIDANCE,
                3));
        parts.add(new FormModel.Prose(
                "The audit period: "
                        + FamilySheet.auditPeriod(scope.cohortCriteria().engagement())
                        + ". Answer for the practice in this period."
                        + FamilySheet.afterThePeriod(scope.cohortCriteria().engagement(), family)
                                .map(clause -> " " + clause)
                                .orElse(""),
                FormModel.Tone.STRONG,
                3));
    }

    /**
     * When the completed form is due: at least a week before the panel where the timeline gives its day, otherwise by
     * the day the coordinator sets, with the month of the audit.
     */
    static String due(AuditScope scope) {
        Optional<Milestone> panel =
                scope.timeline().first(MilestoneKind.PANEL).filter(m -> m.date().isPresent());
        if (panel.isPresent()) {
            java.time.LocalDate day = panel.get().date().orElseThrow();
            return " Return it at least a week before the panel on " + day.getDayOfMonth() + " "
                    + FamilySheet.month(panel.get().month()) + ".";
        }
        return scope.timeline()
                .first(MilestoneKind.AUDIT)
                .map(m -> " Return it by the day the audit coordinator gives you (the audit takes place in "
                        + FamilySheet.month(m.month()) + ").")
                .orElse(" Return it by the day the audit coordinator gives you.");
    }

    /** The grades of the scale with what each means, so every grade on the form is given on the same terms. */
    static void scale(List<FormModel.Part> parts, AuditScope scope) {
        parts.add(new FormModel.Heading(
                "The " + scope.gradingScale().name(), "Use these meanings for every grade on this form."));
        for (Grade grade : scope.gradingScale().grades()) {
            parts.add(new FormModel.Prose(
                    grade.label() + (grade.description().isBlank() ? "" : ": " + grade.description()),
                    FormModel.Tone.BODY,
                    2));
        }
    }

    private static String when(Milestone milestone) {
        return milestone
                .date()
                .map(day -> "by " + day.getDayOfMonth() + " " + FamilySheet.month(milestone.month()))
                .orElse("by the end of " + FamilySheet.month(milestone.month()));
    }
}
