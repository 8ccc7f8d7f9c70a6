package dev.maca.tool;

import dev.maca.agency.RegisteredAgency;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.scope.Themes;
import dev.maca.spi.Question;
import dev.maca.validation.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether each objective of an audit can be judged by at least two agencies — the least a multi-agency panel needs to
 * have views to moderate: an objective that one agency's tool alone asks about is a warning, one that none asks about
 * an error. Each names the way out: a theme an agency's bank already serves (those close to the objective first), or a
 * plugin question on one of the objective's themes.
 */
final class ObjectiveCoverage {
    private static final Set<String> LITTLE_WORDS =
            Set.of("and", "the", "of", "for", "in", "on", "to", "with", "a", "an", "or", "by", "at", "where", "from");

    private ObjectiveCoverage() {}

    /**
     * The coverage problems of the scope's objectives.
     *
     * @param scope the audit's scope
     * @param agencies the agencies whose modules are loaded, in the scope's order
     * @param tools their tools for this scope, by agency id
     */
    static List<Problem> check(AuditScope scope, List<RegisteredAgency> agencies, Map<String, AuditTool> tools) {
        Coverage coverage = Coverage.of(scope, tools);
        Map<String, Set<String>> themes = bankThemes(agencies);
        List<Problem> problems = new ArrayList<>();
        for (int o = 0; o < scope.objectives().size(); o++) {
            Objective objective = scope.objectives().get(o);
            if (objective.themes().isEmpty()) {
                continue; // the standard checks already report an objective without themes
            }
            List<String> covering = coverage.agenciesCovering(objective.id());
            if (covering.size() >= 2) {
                continue;
            }
            String at = "/scope/objectives/" + o + "/themes";
            String name = "objective '" + objective.id() + "' (" + objective.title() + ")";
            String asked = "its themes (" + String.join(", ", objective.themes()) + ")";
            String fix = wayOut(objective, themes, covering);
            if (covering.isEmpty()) {
                problems.add(Problem.error(
                        at,
                        "No agency's tool can judge " + name + ": no question of any agency's bank serves " + asked
                                + ", so no agency is asked about it and the panel has nothing to moderate.",
                        fix));
            } else {
                problems.add(Problem.warning(
                        at,
                        "Only one agency's tool can judge " + name + ": " + covering.get(0) + " asks about " + asked
                                + " and no other agency does, so the panel would have a single agency's view to"
                                + " moderate.",
                        fix));
            }
        }
        return List.copyOf(problems);
    }

    private static String wayOut(Objective objective, Map<String, Set<String>> themes, List<String> covering) {
        Map<String, List<String>> byTheme = new TreeMap<>();
        themes.forEach((agency, served) -> {
            if (!covering.contains(agency)) {
                served.forEach(
                        t -> byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(agency));
            }
        });
        Set<String> words = words(objective);
        List<String> close = byTheme.entrySet().stream()
                .filter(e -> Arrays.stream(e.getKey().split("-")).anyMatch(words::contains))
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .toList();
        StringBuilder fix = new StringBuilder("Add to the objective a theme ")
                .append(covering.isEmpty() ? "at least two agencies' banks" : "another agency's bank")
                .append(" already serve");
        fix.append(covering.isEmpty() ? "" : "s");
        if (!close.isEmpty()) {
            fix.append(" — close to this objective: ").append(String.join("; ", close));
        }
        fix.append(
                byTheme.isEmpty()
                        ? " (the loaded agencies' banks serve no other theme)"
                        : "; every theme the other agencies' banks serve: " + String.join(", ", byTheme.keySet()));
        fix.append(" — or give an agency module a plugin question on one of the objective's themes (")
                .append(String.join(", ", objective.themes()))
                .append("), so its tool asks about it.");
        return fix.toString();
    }

    /** The themes each agency's bank serves, standing themes aside (they serve every audit, not an objective). */
    private static Map<String, Set<String>> bankThemes(List<RegisteredAgency> agencies) {
        Map<String, Set<String>> themes = new TreeMap<>();
        for (RegisteredAgency agency : agencies) {
            Set<String> served = new TreeSet<>();
            for (Question question : agency.bank().questions()) {
                question.themes().stream()
                        .filter(t -> !Themes.STANDING.contains(t))
                        .forEach(served::add);
            }
            themes.put(agency.id(), served);
        }
        return themes;
    }

    /** The objective's meaningful words: those of its themes, title and statement, little words aside. */
    private static Set<String> words(Objective objective) {
        Set<String> words = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>(objective.themes());
        texts.add(objective.title());
        texts.add(objective.statement());
        for (String text : texts) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 2 && !LITTLE_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
