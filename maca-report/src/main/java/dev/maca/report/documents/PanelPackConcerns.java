package dev.maca.report.documents;

import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ImmediateConcern;
import dev.maca.report.document.Section;
import java.util.List;

/**
 * The immediate concerns part of a {@link PanelPack}: every concern still open about the family first, in a call-out
 * with what was done, who was told and who owns it, then the concerns raised and closed, with their outcome.
 */
final class PanelPackConcerns {
    private PanelPackConcerns() {}

    static Section section(CaseRecord family, List<ImmediateConcern> concerns, AgencyNames names) {
        List<ImmediateConcern> open =
                concerns.stream().filter(ImmediateConcern::isOpen).toList();
        List<ImmediateConcern> closed =
                concerns.stream().filter(c -> !c.isOpen()).toList();
        return Section.of("Immediate concerns", s -> {
            if (concerns.isEmpty()) {
                s.paragraph("No agency and no earlier panel has raised a concern about " + family.pseudonym()
                        + " that needs action now. If the panel finds one, it acts today and records it on the panel"
                        + " record form.");
                return;
            }
            for (ImmediateConcern concern : open) {
                s.callout("Open immediate concern, raised " + Timing.day(concern.raisedOn()), c -> {
                    c.paragraph(p -> p.bold("Raised by " + raisedBy(concern, names) + ": ")
                            .text(concern.concern()));
                    c.paragraph("What was done: " + concern.actionTaken());
                    c.paragraph("Told: " + String.join("; ", concern.toldRoles()) + ". Owner of the follow-up: "
                            + concern.ownerRole() + ".");
                    if (concern.outcome().isBlank()) {
                        c.paragraph("The owner has not yet reported back; the panel hears from the owner where it"
                                + " stands today.");
                    } else {
                        c.paragraph(p -> p.bold("Where it stands: ").text(concern.outcome()));
                        c.paragraph("The panel hears from the owner whether anything has changed since.");
                    }
                });
            }
            if (!closed.isEmpty()) {
                s.table(t -> {
                    t.caption("Immediate concerns raised during the audit and closed")
                            .header("Raised", "By", "Concern and what was done", "Outcome")
                            .widths(1.3f, 1.6f, 3.6f, 3.2f);
                    for (ImmediateConcern concern : closed) {
                        t.row(
                                Timing.day(concern.raisedOn()),
                                raisedBy(concern, names),
                                concern.concern() + " " + concern.actionTaken(),
                                concern.outcome()
                                        + concern.closedOn()
                                                .map(day -> " Closed " + Timing.day(day) + ".")
                                                .orElse(""));
                    }
                });
            }
        });
    }

    private static String raisedBy(ImmediateConcern concern, AgencyNames names) {
        return concern.raisedBy()
                .map(agency -> names.name(agency) + " (its return)")
                .orElse(Figures.capitalised(concern.source().label()));
    }
}
