package dev.maca.report.documents;

import dev.maca.analysis.AgencyGrade;
import dev.maca.analysis.Divergence;
import dev.maca.analysis.MeasureAnalysis;
import dev.maca.analysis.MeasureQuestion;
import dev.maca.analysis.ObjectiveAnalysis;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ImmediateConcern;
import dev.maca.report.document.Document;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.family.FamilySheet;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one family's {@link PanelPack}: the front sheet, open immediate concerns, each agency's own grades side by
 * side, the shared measures, then every agency's answers ({@link PanelPackAnswers}), the chronology ({@link
 * PanelChronology}) and what the panel is asked to agree. Shared by every pack of an audit: the returns are indexed
 * once.
 */
final class PanelPackWriter {
    /** How a pack names itself, before the family's pseudonym. */
    static final String TITLE = "Panel pack";

    private final AnalysedAudit analysed;
    private final Audit audit;
    private final AuditScope scope;
    private final AgencyNames names;
    private final Map<String, Map<String, AuditReturn>> returns = new HashMap<>();

    PanelPackWriter(AnalysedAudit analysed) {
        this.analysed = analysed;
        this.audit = analysed.guarded().audit();
        this.scope = audit.scope();
        this.names = new AgencyNames(scope, analysed.tools());
        for (AuditReturn r : audit.returns()) {
            returns.computeIfAbsent(r.caseId(), k -> new LinkedHashMap<>()).putIfAbsent(r.agencyId(), r);
        }
    }

    Document build(CaseRecord family, OffsetDateTime created) {
        Map<String, AuditReturn> byAgency = returnsOf(family);
        PanelPackAnswers answers = new PanelPackAnswers(scope, analysed.tools(), names);
        Document.Builder document = Document.builder(TITLE + ": " + family.pseudonym(), created)
                .author(scope.partnership())
                .subject("What the multi-agency panel reads to agree its grades for " + family.pseudonym() + ", "
                        + scope.reference())
                .keywords("multi-agency case audit", "panel pack", "moderation")
                .marking(ProtectiveMarking.OFFICIAL_SENSITIVE)
                .cover(c -> c.subtitle("For the multi-agency panel of " + scope.reference()
                                + (audit.panelReviewFor(family.id()).isPresent()
                                        ? ", with the record of what the panel agreed"
                                        : ""))
                        .partnership(scope.partnership())
                        .status("Not for onward circulation. Information as at "
                                + Timing.day(asAt(family, created.toLocalDate())))
                        .date(FamilySheet.month(YearMonth.from(created))))
                .section(frontSheet(family, byAgency))
                .section(PanelPackConcerns.section(family, audit.concernsFor(family.id()), names))
                .section(PanelPackRecord.agenda(family, scope))
                .section(ownGrades(family, byAgency))
                .section(measures(family));
        document.section(answers.views(family, byAgency));
        for (Section section : answers.objectives(byAgency)) {
            document.section(section);
        }
        answers.standing(byAgency).ifPresent(document::section);
        document.section(PanelChronology.of(family, byAgency, audit.concernsFor(family.id()), names));
        audit.panelReviewFor(family.id())
                .ifPresent(review -> document.section(PanelPackRecord.record(review, scope, names)));
        return document.build();
    }

    /**
     * The latest day the audit file records anything about the family (a return, a concern raised or closed), never
     * later than the day the pack is made; the panel's meeting counts from its month's first day, as only the month
     * is recorded.
     */
    private LocalDate asAt(CaseRecord family, LocalDate made) {
        LocalDate latest = LocalDate.MIN;
        for (AuditReturn r : returnsOf(family).values()) {
            latest = max(latest, r.completedOn());
        }
        for (ImmediateConcern concern : audit.concernsFor(family.id())) {
            latest = max(latest, concern.closedOn().orElse(concern.raisedOn()));
        }
        LocalDate reviewed = audit.panelReviewFor(family.id())
                .map(review -> review.met().atDay(1))
                .orElse(LocalDate.MIN);
        latest = max(latest, reviewed);
        return latest.equals(LocalDate.MIN) || latest.isAfter(made) ? made : latest;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Map<String, AuditReturn> returnsOf(CaseRecord family) {
        Map<String, AuditReturn> all = returns.getOrDefault(family.id(), Map.of());
        Map<String, AuditReturn> ordered = new LinkedHashMap<>();
        for (AgencyRequirement agency : scope.agencies()) {
            AuditReturn r = all.get(agency.id());
            if (r != null) {
                ordered.put(agency.id(), r);
            }
        }
        return ordered;
    }

    private Section frontSheet(CaseRecord family, Map<String, AuditReturn> byAgency) {
        return Section.of("About " + family.pseudonym(), s -> {
            s.callout(
                    "Handling",
                    c -> c.paragraph(
                            "OFFICIAL-SENSITIVE. For the members of the panel only: do not copy or forward it. The"
                                    + " audit coordinator keeps the record copy; return every other copy to the"
                                    + " coordinator, or destroy it securely, after the panel."));
            s.paragraph("This pack puts every agency's answers for " + family.pseudonym() + " side by side, so the"
                    + " panel can agree one multi-agency grade per objective. The audit period is "
                    + FamilySheet.auditPeriod(scope.cohortCriteria().engagement()) + "."
                    + FamilySheet.afterThePeriod(scope.cohortCriteria().engagement(), family)
                            .map(extra -> " " + extra)
                            .orElse(""));
            s.table(t -> {
                t.caption("Who is in the family")
                        .header("Person", "About them")
                        .widths(1.2f, 4)
                        .rowHeaders();
                for (FamilySheet.Member member : FamilySheet.members(family)) {
                    t.row(member.pseudonym(), member.description().isEmpty() ? "–" : member.description());
                }
            });
            s.table(t -> {
                t.caption("The agencies involved and their returns")
                        .header("Agency", "Involved", "Return")
                        .widths(2.2f, 2.4f, 3)
                        .rowHeaders();
                for (AgencyRequirement agency : scope.agencies()) {
                    var involvement = family.involvementOf(agency.id());
                    AuditReturn r = byAgency.get(agency.id());
                    if (involvement.isEmpty() && r == null) {
                        continue;
                    }
                    t.row(
                            names.name(agency.id()),
                            involvement
                                    .map(FamilySheet::involvement)
                                    .map(Figures::capitalised)
                                    .orElse("Not recorded"),
                            returnState(r));
                }
            });
            List<String> notInvolved = scope.agencies().stream()
                    .filter(a -> !family.involves(a.id()) && !byAgency.containsKey(a.id()))
                    .map(a -> names.name(a.id()))
                    .toList();
            if (!notInvolved.isEmpty()) {
                s.paragraph("The case record shows no involvement with the family of " + Figures.inWords(notInvolved)
                        + ", so " + (notInvolved.size() == 1 ? "it was" : "they were") + " not asked for a return.");
            }
        });
    }

    private static String returnState(AuditReturn r) {
        if (r == null) {
            return "Missing: not received";
        }
        String when = Timing.day(r.completedOn()) + " (" + r.auditorRole() + ")";
        if (r.status() == ReturnStatus.INCOMPLETE) {
            return "Incomplete, " + when + ": "
                    + Figures.count(r.unanswered().size(), "required question", "required questions") + " unanswered";
        }
        return "Received " + when;
    }

    private Section ownGrades(CaseRecord family, Map<String, AuditReturn> byAgency) {
        List<Objective> objectives = scope.objectives();
        GradeAbbreviations short_ = GradeAbbreviations.of(scope.gradingScale());
        return Section.of("Each agency's own grades", s -> {
            s.paragraph("Each agency graded its own practice with " + family.pseudonym() + " before the panel: these"
                    + " are self-assessments, which the panel moderates. The objectives are " + objectiveKey(objectives)
                    + "."
                    + short_.key().map(key -> " The grades are " + key + ".").orElse(""));
            if (byAgency.isEmpty()) {
                s.paragraph("No agency has sent a return for this family yet.");
                return;
            }
            s.table(t -> {
                List<String> header = new ArrayList<>();
                header.add("Agency");
                float[] widths = new float[objectives.size() + 2];
                widths[0] = 3.2f;
                for (int o = 0; o < objectives.size(); o++) {
                    header.add(String.valueOf(o + 1));
                    widths[o + 1] = 1;
                }
                header.add("Overall");
                widths[objectives.size() + 1] = 1.3f;
                t.caption("Agencies' own grades for " + family.pseudonym() + ", by objective")
                        .header(header.toArray(String[]::new))
                        .widths(widths)
                        .rowHeaders();
                byAgency.forEach((agencyId, r) -> {
                    List<String> row = new ArrayList<>();
                    row.add(names.name(agencyId));
                    for (Objective objective : objectives) {
                        row.add(r.judgementFor(objective.id())
                                .map(j -> short_.of(j))
                                .orElse("–"));
                    }
                    row.add(r.overall().map(j -> short_.of(j)).orElse("–"));
                    t.row(row);
                });
            });
            List<String> apart = divergences(family);
            if (apart.isEmpty()) {
                s.paragraph("No two agencies' own grades for an objective are two or more grades apart.");
            } else {
                s.paragraph(p -> p.bold("Two or more grades apart: ")
                        .text(Figures.inWords(apart) + ". The panel records a moderated view for each."));
            }
        });
    }

    private List<String> divergences(CaseRecord family) {
        List<String> apart = new ArrayList<>();
        List<Objective> objectives = scope.objectives();
        for (int o = 0; o < objectives.size(); o++) {
            ObjectiveAnalysis analysis =
                    analysed.analysis().objective(objectives.get(o).id()).orElseThrow();
            for (Divergence divergence : analysis.divergences()) {
                if (divergence.caseRef().id().equals(family.id())) {
                    apart.add("objective " + (o + 1) + " (" + gradesOf(divergence.best()) + " against "
                            + gradesOf(divergence.worst()) + ")");
                }
            }
        }
        return apart;
    }

    private String gradesOf(List<AgencyGrade> grades) {
        return grades.get(0).grade().label() + " from "
                + Figures.inWords(
                        grades.stream().map(g -> names.name(g.agencyId())).toList());
    }

    private static String objectiveKey(List<Objective> objectives) {
        List<String> key = new ArrayList<>();
        for (int o = 0; o < objectives.size(); o++) {
            key.add((o + 1) + ", " + Figures.lowerFirst(objectives.get(o).title()));
        }
        return String.join("; ", key);
    }

    private Section measures(CaseRecord family) {
        List<MeasureAnalysis> measures = analysed.analysis().panel().measures();
        Map<String, AuditReturn> byAgency = returnsOf(family);
        return Section.of("Shared measures", s -> {
            s.paragraph(p -> p.text("Facts several agencies were asked about, lined up across agencies so the panel"
                            + " can see where one agency knew what the others did not.")
                    .keepWithNext());
            if (measures.isEmpty()) {
                s.paragraph("No question of this audit's tools asks a shared measure.");
                return;
            }
            s.table(t -> {
                t.caption("Shared measures for " + family.pseudonym())
                        .header("Measure", "What each agency's record shows", "Agencies whose record shows it")
                        .widths(2.2f, 3.8f, 1.8f)
                        .rowHeaders();
                for (MeasureAnalysis measure : measures) {
                    List<String> answers = new ArrayList<>();
                    int asked = 0;
                    int yes = 0;
                    int notApplicable = 0;
                    for (MeasureQuestion question : measure.questions()) {
                        AuditReturn r = byAgency.get(question.agencyId());
                        if (r != null && r.answer(question.questionId()).orElse(null) instanceof Answer.Evidenced e) {
                            answers.add(names.name(question.agencyId()) + ": "
                                    + e.rating().label());
                            if (e.rating() == EvidenceRating.NOT_APPLICABLE) {
                                notApplicable++;
                            } else {
                                asked++;
                                yes += e.rating() == EvidenceRating.YES ? 1 : 0;
                            }
                        }
                    }
                    t.row(
                            measure.measure().label(),
                            answers.isEmpty() ? notAsked(measure) : String.join("; ", answers),
                            count(yes, asked, notApplicable));
                }
            });
        });
    }

    /**
     * "Yes: 1 of the 3 agencies asked", leaving "not applicable" answers out of the total and saying how many there
     * were.
     */
    private static String count(int yes, int asked, int notApplicable) {
        String na = notApplicable == 0 ? "" : Figures.count(notApplicable, "not applicable", "not applicable");
        if (asked == 0) {
            return na.isEmpty() ? "None" : "All " + na;
        }
        return "Yes: " + yes + " of the " + (asked == 1 ? "1 agency" : asked + " agencies") + " asked"
                + (na.isEmpty() ? "" : " (" + na + ")");
    }

    /** Why no agency answered a measure for the family: which agencies are asked it, and that none was involved. */
    private String notAsked(MeasureAnalysis measure) {
        List<String> askers = measure.questions().stream()
                .map(q -> names.name(q.agencyId()))
                .distinct()
                .toList();
        return "Not answered: only " + Figures.inWords(askers) + (askers.size() == 1 ? " is" : " are")
                + " asked this, and no return from " + (askers.size() == 1 ? "it" : "them") + " answers it for the"
                + " family.";
    }
}
