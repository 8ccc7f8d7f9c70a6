package dev.maca.report.documents;

import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.FirstYearEvent;
import dev.maca.cohort.UnbornRecord;
import dev.maca.panel.ImmediateConcern;
import dev.maca.report.document.Section;
import dev.maca.report.family.FamilySheet;
import dev.maca.returns.AuditReturn;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A family's merged chronology for the panel: when each agency's involvement began and ended, the pregnancy and the
 * birth, the baby's first-year injuries and hospital attendances, each return and each immediate concern, in month
 * order.
 */
final class PanelChronology {
    private PanelChronology() {}

    /** One event: its month, the day where the record has it, an order within the day, and what happened. */
    private record Event(YearMonth month, int day, int order, String what) {
        Event(YearMonth month, int order, String what) {
            this(month, 0, order, what);
        }
    }

    static Section of(
            CaseRecord family, Map<String, AuditReturn> returns, List<ImmediateConcern> concerns, AgencyNames names) {
        List<Event> events = new ArrayList<>();
        for (AgencyInvolvement involvement : family.involvements()) {
            String agency = names.name(involvement.agencyId());
            events.add(new Event(involvement.from(), 0, agency + ": involvement began"));
            involvement.to().ifPresent(to -> events.add(new Event(to, 4, agency + ": involvement ended")));
        }
        for (UnbornRecord baby : family.unborn()) {
            if (baby.birth().isEmpty()) {
                events.add(new Event(baby.expected(), 2, baby.pseudonym() + " due"));
            }
            baby.birth().ifPresent(birth -> {
                events.add(new Event(birth.month(), 1, birth.knownAs() + " " + FamilySheet.born(baby, birth)));
                for (FirstYearEvent event : birth.firstYear()) {
                    events.add(new Event(
                            event.month(),
                            3,
                            birth.knownAs() + ": " + event.kind().label()
                                    + (event.description().isBlank() ? "" : ". " + event.description())));
                }
            });
        }
        returns.forEach((agencyId, r) -> events.add(new Event(
                YearMonth.from(r.completedOn()),
                r.completedOn().getDayOfMonth(),
                5,
                names.name(agencyId) + ": return completed (" + Timing.day(r.completedOn()) + ")")));
        for (ImmediateConcern concern : concerns) {
            events.add(new Event(
                    YearMonth.from(concern.raisedOn()),
                    concern.raisedOn().getDayOfMonth(),
                    6,
                    "Immediate concern raised by "
                            + concern.raisedBy()
                                    .map(names::name)
                                    .orElse(concern.source().label()) + " ("
                            + Timing.day(concern.raisedOn()) + ")"));
            concern.closedOn()
                    .ifPresent(day -> events.add(new Event(
                            YearMonth.from(day),
                            day.getDayOfMonth(),
                            7,
                            "Immediate concern closed (" + Timing.day(day) + ")")));
        }
        events.sort(
                Comparator.comparing(Event::month).thenComparingInt(Event::day).thenComparingInt(Event::order));
        return Section.of("Chronology", s -> {
            s.paragraph("What the case record and the audit hold, in date order: when each agency was involved, the"
                    + " pregnancy and the birth, the baby's first year, and the audit itself. It is not a chronology of"
                    + " incidents: each agency's answers above say what happened in its work with the family.");
            s.table(t -> {
                t.caption("Chronology of " + family.pseudonym())
                        .header("Month", "What happened")
                        .widths(1.4f, 6);
                for (Event event : events) {
                    t.row(FamilySheet.month(event.month()), Figures.capitalised(event.what()));
                }
            });
        });
    }
}
