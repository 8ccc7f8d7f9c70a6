package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.Audit;
import dev.maca.audit.Recommendation;
import dev.maca.report.document.Block;
import dev.maca.report.document.Paragraph;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * What the partnership is doing about one objective: each recommendation linked to it, with its owner and date, then
 * its actions by reference, owner role and target date, so practitioners see the loop closed within a brief's two
 * pages; the action plan in the report says what each action is.
 */
final class BriefActions {
    private BriefActions() {}

    /** The part's content for an objective; says so plainly when no recommendation is linked to it. */
    static List<Block> of(Audit audit, Objective objective) {
        List<Recommendation> linked = audit.recommendations().stream()
                .filter(r -> r.objectiveIds().contains(objective.id()))
                .toList();
        if (linked.isEmpty()) {
            return List.of(Paragraph.of("The partnership made no recommendation on this question. Its learning is"
                    + " shared through this briefing and the learning event."));
        }
        List<Block> blocks = new java.util.ArrayList<>();
        for (Recommendation r : linked) {
            Paragraph.Builder p = Paragraph.builder()
                    .bold(r.id() + ": ")
                    .text(Figures.endSentence(r.text()) + " Owner: " + owner(r.ownerRole())
                            + r.targetDate().map(d -> ", by " + Timing.day(d)).orElse("") + ".");
            if (!r.actions().isEmpty()) {
                List<String> actions = r.actions().stream()
                        .map(a -> reference(r, a) + " (" + owner(a.ownerRole())
                                + a.targetDate()
                                        .map(d -> ", by " + Timing.day(d))
                                        .orElse("") + ")")
                        .toList();
                p.text(" " + (actions.size() == 1 ? "Its action: " : "Its actions: ") + String.join("; ", actions)
                        + ".");
            }
            blocks.add(p.build());
        }
        return List.copyOf(blocks);
    }

    /**
     * The part in one sentence, for a huddle's page: how many actions, their references and when they are due; the
     * full briefing lists each with its owner.
     */
    static List<Block> summary(Audit audit, Objective objective) {
        List<Recommendation> linked = audit.recommendations().stream()
                .filter(r -> r.objectiveIds().contains(objective.id()))
                .toList();
        List<String> refs = new java.util.ArrayList<>();
        List<LocalDate> dates = new java.util.ArrayList<>();
        for (Recommendation r : linked) {
            if (r.actions().isEmpty()) {
                refs.add(r.id());
                r.targetDate().ifPresent(dates::add);
            }
            for (Action a : r.actions()) {
                refs.add(reference(r, a));
                a.targetDate().ifPresent(dates::add);
            }
        }
        if (refs.isEmpty()) {
            return of(audit, objective);
        }
        String due = dates.isEmpty()
                ? ""
                : dates.stream().distinct().count() == 1
                        ? ", due by " + Timing.day(dates.get(0))
                        : ", due between "
                                + Timing.day(
                                        dates.stream().min(LocalDate::compareTo).orElseThrow()) + " and "
                                + Timing.day(
                                        dates.stream().max(LocalDate::compareTo).orElseThrow());
        return List.of(Paragraph.of("The partnership has agreed " + Figures.count(refs.size(), "action", "actions")
                + " on this question (" + String.join(", ", refs) + ")" + due
                + ". The full 7-minute briefing lists each with its owner."));
    }

    private static String reference(Recommendation r, Action a) {
        return a.ref().startsWith(r.id()) ? a.ref() : r.id() + " action " + a.ref();
    }

    private static String owner(String role) {
        return role.isBlank() ? "to be agreed" : role;
    }
}
