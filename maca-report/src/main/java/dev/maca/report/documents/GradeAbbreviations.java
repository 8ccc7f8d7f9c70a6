package dev.maca.report.documents;

import dev.maca.returns.Judgement;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Short forms of a scale's grades for a grid of many columns — the initials of each label ("RI" for "Requires
 * improvement", "G" for "Good"), with a key — or the full labels when initials would not tell two grades apart or
 * could be read as "not applicable".
 */
final class GradeAbbreviations {
    private final GradingScale scale;
    private final Map<String, String> shortForms;

    private GradeAbbreviations(GradingScale scale, Map<String, String> shortForms) {
        this.scale = scale;
        this.shortForms = shortForms;
    }

    static GradeAbbreviations of(GradingScale scale) {
        Map<String, String> forms = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Grade grade : scale.grades()) {
            StringBuilder initials = new StringBuilder();
            for (String word : grade.label().split("\\s+")) {
                if (!word.isEmpty()) {
                    initials.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
                }
            }
            String form = initials.toString();
            if (form.isEmpty() || form.equals("NA") || !seen.add(form)) {
                return new GradeAbbreviations(scale, Map.of());
            }
            forms.put(grade.id(), form);
        }
        return new GradeAbbreviations(scale, forms);
    }

    /** The grade as the grid shows it: its initials, its label, or "N/A". */
    String of(Judgement judgement) {
        if (judgement.isNotApplicable()) {
            return "N/A";
        }
        return shortForms.getOrDefault(judgement.grade(), scale.label(judgement.grade()));
    }

    /** The key to the short forms, e.g. "O outstanding, G good, …, N/A not applicable", when there are any. */
    Optional<String> key() {
        if (shortForms.isEmpty()) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        for (Grade grade : scale.grades()) {
            entries.add(shortForms.get(grade.id()) + " " + Figures.lowerFirst(grade.label()));
        }
        entries.add("N/A not applicable");
        return Optional.of(String.join(", ", entries));
    }
}
