package dev.maca.report.documents;

import dev.maca.analysis.FamilyGrades;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.analysis.PanelCell;
import dev.maca.audit.Audit;
import dev.maca.report.document.Section;
import dev.maca.returns.Judgement;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel's grades family by family, one row per family and one column per objective: printed only in a report
 * marked OFFICIAL-SENSITIVE, where families may be named by pseudonym; agencies' own grades never appear here, they go
 * back to each agency in its feedback.
 */
final class ReportFamilyGrid {
    private final Audit audit;
    private final PanelAnalysis panel;

    ReportFamilyGrid(Audit audit, PanelAnalysis panel) {
        this.audit = audit;
        this.panel = panel;
    }

    Section section() {
        List<Objective> objectives = audit.scope().objectives();
        GradeAbbreviations abbreviations = GradeAbbreviations.of(audit.scope().gradingScale());
        return Section.of("The panel's grades by family", s -> {
            s.paragraph("Each family's grades as the panel agreed them, objective by objective, numbered as in the"
                    + " objectives above"
                    + abbreviations.key().map(k -> " (" + k + ", – not graded)").orElse("")
                    + ". Each agency's own grades are fed back to that agency, not compared here.");
            s.table(t -> {
                List<String> header = new ArrayList<>();
                header.add("Family");
                for (int i = 0; i < objectives.size(); i++) {
                    header.add("Objective " + (i + 1));
                }
                float[] widths = new float[header.size()];
                widths[0] = 1.6f;
                for (int c = 1; c < widths.length; c++) {
                    widths[c] = 1.1f;
                }
                t.caption("The panel's grade for each family and objective")
                        .header(header.toArray(String[]::new))
                        .widths(widths)
                        .rowHeaders();
                for (FamilyGrades family : panel.grid()) {
                    List<String> row = new ArrayList<>();
                    row.add(family.family().pseudonym());
                    for (Objective objective : objectives) {
                        row.add(family.cell(objective.id())
                                .map(c -> cell(c, abbreviations))
                                .orElse("–"));
                    }
                    t.row(row);
                }
            });
        });
    }

    private static String cell(PanelCell cell, GradeAbbreviations abbreviations) {
        return switch (cell.state()) {
            case GRADED -> abbreviations.of(
                    new Judgement(cell.grade().orElseThrow().id(), ""));
            case NOT_APPLICABLE -> "N/A";
            default -> "–";
        };
    }
}
