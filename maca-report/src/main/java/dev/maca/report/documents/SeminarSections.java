package dev.maca.report.documents;

import dev.maca.audit.Audit;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Section;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The seminar pack's own sections, before the briefs: the event's details, an agenda timed from its start and end and
 * built from the audit, the case study for group work, an attendance sheet by agency to fill in by hand, and an
 * evaluation form for the day with its three-month follow-up.
 */
final class SeminarSections {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /** Blank rows per agency on the attendance sheet, and for others. */
    static final int ROWS_PER_AGENCY = 3;

    private final Audit audit;
    private final AuditScope scope;
    private final LearningEvent event;
    private final LocalDate day;
    private final int families;

    SeminarSections(Audit audit, LearningEvent event, LocalDate day, int families) {
        this.audit = audit;
        this.scope = audit.scope();
        this.event = event;
        this.day = day;
        this.families = families;
    }

    /** The day as the pack prints it, e.g. "Thursday 24 June 2021". */
    String day() {
        return WEEKDAY.format(day);
    }

    Section details() {
        return Section.of(
                "The event",
                s -> s.table(t -> {
                    t.caption("When, where and who")
                            .header("Item", "Details")
                            .widths(1.4f, 4)
                            .rowHeaders();
                    t.row("When", day() + ", " + TIME.format(event.starts()) + " to " + TIME.format(event.ends()));
                    if (!event.venue().isBlank()) {
                        t.row("Where", event.venue());
                    }
                    event.onlineLink().ifPresent(link -> t.row("Join online", link));
                    t.row("Facilitated by", String.join("; ", event.facilitators()));
                    t.row("For", "Practitioners and managers from " + Figures.inWords(agencyNames()));
                }));
    }

    /** The agenda: the audit, each objective's findings, the case study, the voice segment, what happens next. */
    Section agenda(List<Objective> objectives, int heardFamilies, int heardPractitioners) {
        List<String[]> sessions = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        sessions.add(new String[] {
            "Welcome and the audit",
            "Why the partnership audited these " + families + " families' records, and how the panel looked at them"
        });
        weights.add(2);
        for (Objective objective : objectives) {
            String key =
                    audit.findingsFor(objective.id()).map(f -> f.keyMessage()).orElse("");
            sessions.add(new String[] {"What we found: " + objective.title(), key});
            weights.add(2);
        }
        sessions.add(new String[] {
            "Case study: group work", "Small groups work through a disguised family's story (page after the agenda)"
        });
        weights.add(5);
        sessions.add(new String[] {"The family's and practitioners' voice", voice(heardFamilies, heardPractitioners)});
        weights.add(2);
        sessions.add(new String[] {
            "What the partnership is doing, and your commitments",
            "The actions agreed from the audit; what will you do differently? Evaluation forms"
        });
        weights.add(2);
        long total = event.minutes();
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        return Section.of("Agenda", s -> {
            s.paragraph("The " + eventName(event.name()) + " shares what " + scope.partnership()
                    + " learnt from the multi-agency case audit. The 7-minute briefings for each question follow the"
                    + " forms, in the same order as the sessions.");
            s.table(t -> {
                t.caption("Sessions")
                        .header("Time", "Session", "What it covers")
                        .widths(1.3f, 2.4f, 4);
                LocalTime at = event.starts();
                for (int i = 0; i < sessions.size(); i++) {
                    long minutes = i == sessions.size() - 1
                            ? java.time.Duration.between(at, event.ends()).toMinutes()
                            : Math.max(5, Math.round(total * weights.get(i) / (double) sum / 5.0) * 5);
                    LocalTime end = at.plusMinutes(minutes);
                    t.row(TIME.format(at) + "–" + TIME.format(end), sessions.get(i)[0], sessions.get(i)[1]);
                    at = end;
                }
            });
            s.pageBreak();
        });
    }

    private String voice(int heardFamilies, int heardPractitioners) {
        List<String> heard = new ArrayList<>();
        if (heardFamilies > 0) {
            heard.add(Figures.count(heardFamilies, "family", "families"));
        }
        if (heardPractitioners > 0) {
            heard.add("practitioners working with " + Figures.count(heardPractitioners, "family", "families"));
        }
        return heard.isEmpty()
                ? "The audit heard from no family or practitioner: what helps, and what gets in the way, in your"
                        + " own work?"
                : "What " + Figures.inWords(heard) + " told the panel, disguised; what it means for our practice";
    }

    Section caseStudy(String illustration, List<Objective> objectives) {
        return Section.of("Case study for group work", s -> {
            s.paragraph("This family's story is taken from the audit and disguised: names, dates and places are left"
                    + " out or changed. Please do not try to identify the family, and leave this sheet behind.");
            s.callout("The family", c -> c.paragraph(illustration));
            s.subheading("Questions for your group");
            s.numbered(l -> SeminarCaseStudy.questions(objectives).forEach(l::item));
            s.pageBreak();
        });
    }

    Section attendance() {
        return Section.of("Attendance", s -> {
            s.paragraph("Please write your name, role and team. The sheet shows which agencies the learning reached;"
                    + " it is kept by the partnership's business unit and not shared.");
            s.table(t -> {
                t.caption("Attendance by agency")
                        .header("Agency", "Name", "Role and team", "Signature")
                        .widths(2.2f, 2.2f, 2.6f, 1.6f)
                        .rowHeaders();
                for (String agency : agencyNames()) {
                    for (int i = 0; i < ROWS_PER_AGENCY; i++) {
                        t.row(agency, "", "", "");
                    }
                }
                for (int i = 0; i < ROWS_PER_AGENCY; i++) {
                    t.row("Other (please say)", "", "", "");
                }
            });
            s.pageBreak();
        });
    }

    Section evaluation(List<Objective> objectives, String contact) {
        LocalDate followUp = day.plusMonths(3);
        return Section.of("Evaluation", s -> {
            s.subheading("On the day");
            s.paragraph("Circle one number for each statement: 1 is strongly disagree, 5 is strongly agree.");
            s.table(t -> {
                t.caption("How useful was the event?")
                        .header("Statement", "1", "2", "3", "4", "5")
                        .widths(5, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f)
                        .rowHeaders();
                t.row("I understand what the audit found", "1", "2", "3", "4", "5");
                for (Objective objective : objectives) {
                    t.row("I feel confident about " + Figures.lowerFirst(objective.title()), "1", "2", "3", "4", "5");
                }
                t.row("The case study helped me think about my own work", "1", "2", "3", "4", "5");
            });
            s.table(t -> {
                t.caption("Your commitments")
                        .header("Question", "Your answer")
                        .widths(2.5f, 5)
                        .rowHeaders();
                t.row("Your agency and role", "");
                t.row("One thing you will do differently", "");
                t.row("Who you will share this with", "");
            });
            s.pageBreak();
            s.subheading("Three months on");
            s.paragraph("On or after " + Timing.day(followUp) + " the " + contact + " will send you these questions"
                    + " again, to see what has changed for children. Please give an e-mail address at work if you are"
                    + " happy to be asked.");
            s.table(t -> {
                t.caption("Three-month follow-up")
                        .header("Question", "Your answer")
                        .widths(2.5f, 5)
                        .rowHeaders();
                t.row("Work e-mail address for the follow-up", "");
                t.row("What have you done differently since the event?", "");
                t.row("What difference has it made for a child or family?", "");
                t.row("What got in the way?", "");
            });
            s.pageBreak();
        });
    }

    /** Families with a family voice recorded, and with a practitioner voice recorded, in the panel's reviews. */
    static int[] heard(Audit audit) {
        int family = 0;
        int practitioner = 0;
        for (PanelReview review : audit.panelReviews()) {
            family += review.familyVoice()
                    .map(v -> v.conversations().isEmpty() ? 0 : 1)
                    .orElse(0);
            practitioner += review.practitionerVoice().isPresent() ? 1 : 0;
        }
        return new int[] {family, practitioner};
    }

    private List<String> agencyNames() {
        return Collections.unmodifiableList(
                scope.agencies().stream().map(AgencyRequirement::name).toList());
    }

    /**
     * The event's name inside a sentence: a proper name ("Best Practice Seminar", every long word capitalised) keeps its
     * capitals; a description ("Learning event for practitioners") is lowered.
     */
    static String eventName(String name) {
        boolean proper = java.util.Arrays.stream(name.split("\\s+"))
                .filter(w -> w.length() > 3)
                .allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return proper ? name : Figures.lowerFirst(name);
    }
}
