package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.Audit;
import dev.maca.audit.Recommendation;
import dev.maca.report.document.Block;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.Paragraph;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the partnership is doing about one objective: the actions of every recommendation linked to it, each with its
 * reference, owner role and target date, so practitioners see the loop closed. A recommendation without actions is
 * listed itself.
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
        ListBlock list = ListBlock.bulleted(l -> {
            for (Recommendation r : linked) {
                if (r.actions().isEmpty()) {
                    l.item(item(r.id(), r.text(), r.ownerRole(), r.targetDate()));
                }
                for (Action a : r.actions()) {
                    l.item(item(reference(r, a), a.text(), a.ownerRole(), a.targetDate()));
                }
            }
        });
        return List.of(list);
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

    private static Paragraph item(String ref, String text, String owner, Optional<LocalDate> by) {
        Paragraph.Builder p = Paragraph.builder().bold(ref + ": ").text(Figures.endSentence(text) + " ");
        p.text("Owner: " + owner + by.map(d -> "; by " + Timing.day(d)).orElse("") + ".");
        return p.build();
    }
}
