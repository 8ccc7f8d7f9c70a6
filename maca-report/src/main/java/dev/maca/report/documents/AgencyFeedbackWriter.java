package dev.maca.report.documents;

import dev.maca.audit.Action;
import dev.maca.audit.ActionStatus;
import dev.maca.audit.Audit;
import dev.maca.audit.Recommendation;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelAttendee;
import dev.maca.panel.PanelReview;
import dev.maca.report.document.Document;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.ProtectiveMarking;
import dev.maca.report.document.Section;
import dev.maca.report.family.FamilySheet;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.AuditScope;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds one agency's {@link AgencyFeedback}: the cover, what the audit was and how the panel moderated, the agency's
 * grades beside the panel's per objective ({@link AgencyFeedbackGrades}), the good practice and areas for development
 * its auditors wrote, the immediate concerns it raised or owns, and its actions. Nothing in it names another agency's
 * grades.
 */
final class AgencyFeedbackWriter {
    private final AnalysedAudit analysed;
    private final Audit audit;
    private final AuditScope scope;
    private final AgencyNames names;

    AgencyFeedbackWriter(AnalysedAudit analysed) {
        this.analysed = analysed;
        this.audit = analysed.guarded().audit();
        this.scope = audit.scope();
        this.names = new AgencyNames(scope, analysed.tools());
    }

    /** "Feedback to Police from the multi-agency case audit MACA 2021/02". */
    static String title(String agencyName, String reference) {
        return "Feedback to " + agencyName + " from the multi-agency case audit " + reference;
    }

    Document build(String agencyId, OffsetDateTime created) {
        String agency = names.name(agencyId);
        Map<CaseRecord, AuditReturn> returns = returnsOf(agencyId);
        Document.Builder document = Document.builder(title(agency, scope.reference()), created)
                .author(scope.partnership())
                .subject("What " + agency + " takes back from the multi-agency case audit " + scope.reference()
                        + ": its own grades against the panel's, its good practice, areas for development and"
                        + " actions")
                .keywords("multi-agency case audit", "single-agency feedback", scope.reference())
                .marking(ProtectiveMarking.OFFICIAL_SENSITIVE)
                .cover(c -> c.subtitle("Single-agency feedback: your own grades beside the panel's, your learning and"
                                + " your actions")
                        .partnership(scope.partnership())
                        .status("Not for onward circulation: for " + possessive(agency) + " safeguarding"
                                + " lead, to share within " + agency + " only.")
                        .date(Timing.month(YearMonth.from(created))))
                .section(opening(agencyId, agency, returns));
        AgencyFeedbackGrades grades =
                new AgencyFeedbackGrades(audit, analysed.analysis().panel());
        for (int i = 0; i < scope.objectives().size(); i++) {
            document.section(grades.section(i + 1, scope.objectives().get(i), agencyId, returns));
        }
        document.section(practice(
                        "Good practice your auditors found", returns, AuditReturn::goodPractice, "no good practice"))
                .section(practice(
                        "Areas for development your auditors found",
                        returns,
                        AuditReturn::areasForDevelopment,
                        "no area for development"));
        if (!audit.immediateConcerns().isEmpty()) {
            document.section(concerns(agencyId, agency));
        }
        LocalDate asAt = scope.timeline()
                .first(MilestoneKind.REPORT)
                .map(Milestone::dueBy)
                .orElse(created.toLocalDate());
        document.section(actions(agencyId, agency, asAt));
        return document.build();
    }

    /** The agency's first return for each cohort family, in cohort order, as the analysis counts them. */
    private Map<CaseRecord, AuditReturn> returnsOf(String agencyId) {
        Map<CaseRecord, AuditReturn> returns = new LinkedHashMap<>();
        for (CaseRecord family : audit.cohort().cohort()) {
            audit.returnsFor(family.id()).stream()
                    .filter(r -> r.agencyId().equals(agencyId))
                    .findFirst()
                    .ifPresent(r -> returns.put(family, r));
        }
        return returns;
    }

    private Section opening(String agencyId, String agency, Map<CaseRecord, AuditReturn> returns) {
        GradingScale scale = scope.gradingScale();
        int cohort = audit.cohort().cohort().size();
        return Section.of("About this feedback", s -> {
            s.paragraph(
                    "This is " + possessive(agency) + " feedback from the multi-agency case audit " + scope.reference()
                            + ". It sets your agency's own grades beside the grades the multi-agency panel agreed, and"
                            + " brings together what your auditors found and the actions your agency owns. It is about "
                            + agency + " alone; the report to the Business Group gives the multi-agency findings.");
            s.paragraph("The audit looked at the records of " + Figures.count(cohort, "family", "families")
                    + " over " + FamilySheet.auditPeriod(scope.cohortCriteria().engagement()) + ". Your agency"
                    + " audited its own records for "
                    + (returns.size() == cohort ? "all " + cohort : returns.size() + " of them")
                    + " and graded its practice for each objective on the " + scaleName(scale)
                    + ", on which " + ScaleWords.atOrAbove(scale) + " meets the expected standard.");
            s.paragraph(panel(agencyId));
            s.paragraph("The panel's grade is its judgement of the practice of all the agencies together for the"
                    + " family. Where it differs from yours, that is the panel's view of the family's experience as a"
                    + " whole, not always a finding about your agency's own practice. The panel's reasons for each"
                    + " family are in its record, which the audit coordinator holds.");
        });
    }

    /** The scale's name, with its grades after it unless the name already gives them. */
    private static String scaleName(GradingScale scale) {
        List<String> labels = scale.grades().stream().map(g -> g.label()).toList();
        boolean named = labels.stream().anyMatch(scale.name()::contains);
        return named ? scale.name() : scale.name() + " (" + Figures.inWords(labels) + ")";
    }

    /** How the panel moderated: when it met, who from the agency sat on it, and what it agreed. */
    private String panel(String agencyId) {
        Set<String> cohort = new java.util.HashSet<>(
                audit.cohort().cohort().stream().map(CaseRecord::id).toList());
        List<PanelReview> reviews = audit.panelReviews().stream()
                .filter(r -> cohort.contains(r.caseId()))
                .toList();
        String how = "A multi-agency panel then read every agency's returns for each family side by side and agreed"
                + " one grade per family and objective, with its reasons; where agencies' own grades were two or"
                + " more grades apart, it recorded how it moderated them.";
        if (reviews.isEmpty()) {
            return how + " The panel has not yet reviewed any family, so no grade of yours has a panel grade beside"
                    + " it yet.";
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        Set<String> roles = new java.util.LinkedHashSet<>();
        for (PanelReview review : reviews) {
            months.add(review.met());
            review.attendees().stream()
                    .filter(a -> a.agencyId().filter(agencyId::equals).isPresent())
                    .map(PanelAttendee::role)
                    .forEach(roles::add);
        }
        String when = " It met in " + Figures.period(months.first(), months.last()) + " and reviewed "
                + (reviews.size() == cohort.size()
                        ? "every family"
                        : reviews.size() + " of the " + cohort.size() + " families")
                + ".";
        String who = roles.isEmpty()
                ? " The panel's record does not show your agency at its meetings."
                : roles.size() == 1
                        ? " Your agency was represented by the "
                                + roles.iterator().next() + "."
                        : " Your agency was represented by: " + String.join("; ", roles) + ".";
        return how + when + who;
    }

    private Section practice(
            String title, Map<CaseRecord, AuditReturn> returns, Function<AuditReturn, String> text, String none) {
        return Section.of(title, s -> {
            List<Paragraph> items = new ArrayList<>();
            returns.forEach((family, r) -> {
                String written = text.apply(r).strip();
                if (!written.isEmpty()) {
                    items.add(Paragraph.builder()
                            .bold(family.pseudonym() + ": ")
                            .text(written)
                            .build());
                }
            });
            if (items.isEmpty()) {
                s.paragraph("Your auditors recorded " + none + " in their returns.");
                return;
            }
            s.paragraph(p -> p.text("As your auditors wrote them in their returns, by family.")
                    .keepWithNext());
            s.bullets(l -> items.forEach(l::item));
        });
    }

    private Section concerns(String agencyId, String agency) {
        Pattern named = named(agency);
        List<ImmediateConcern> raised = new ArrayList<>();
        List<ImmediateConcern> owned = new ArrayList<>();
        for (ImmediateConcern concern : audit.immediateConcerns()) {
            if (concern.raisedBy().filter(agencyId::equals).isPresent()) {
                raised.add(concern);
            } else if (named.matcher(concern.ownerRole()).find()) {
                owned.add(concern);
            }
        }
        return Section.of("Immediate concerns", s -> {
            if (raised.isEmpty() && owned.isEmpty()) {
                s.paragraph("Your agency raised none of the audit's immediate concerns, and owns the follow-up of"
                        + " none.");
                return;
            }
            List<String> parts = new ArrayList<>();
            if (!raised.isEmpty()) {
                parts.add(
                        "Your agency raised " + Figures.count(raised.size(), "immediate concern", "immediate concerns")
                                + " during the audit, about a child who might be at risk now: " + status(raised) + ".");
            }
            if (!owned.isEmpty()) {
                parts.add((raised.isEmpty() ? "Your agency" : "It also") + " owns the follow-up of "
                        + Figures.count(owned.size(), "immediate concern", "immediate concerns")
                        + " raised elsewhere in the audit: " + status(owned) + ".");
            }
            s.paragraph(String.join(" ", parts));
            s.paragraph("The audit coordinator's log holds each concern, what was done and who was told.");
        });
    }

    /** "both are closed", "1 is closed and 1 is still open". */
    private static String status(List<ImmediateConcern> concerns) {
        long open = concerns.stream().filter(ImmediateConcern::isOpen).count();
        long closed = concerns.size() - open;
        if (open == 0) {
            return concerns.size() == 1 ? "it is closed" : (concerns.size() == 2 ? "both" : "all") + " are closed";
        }
        if (closed == 0) {
            return concerns.size() == 1
                    ? "it is still open"
                    : (concerns.size() == 2 ? "both" : "all") + " are still open";
        }
        return closed + (closed == 1 ? " is" : " are") + " closed and " + open + (open == 1 ? " is" : " are")
                + " still open";
    }

    private Section actions(String agencyId, String agency, LocalDate day) {
        Pattern named = named(agency);
        Map<Action, Recommendation> own = new LinkedHashMap<>();
        Map<Action, Recommendation> shared = new LinkedHashMap<>();
        for (Recommendation recommendation : audit.recommendations()) {
            for (Action action : recommendation.actions()) {
                if (action.ownerAgencyId().filter(agencyId::equals).isPresent()) {
                    own.put(action, recommendation);
                } else if (action.ownerAgencyId().isEmpty()
                        && (named.matcher(action.text()).find()
                                || named.matcher(action.ownerRole()).find())) {
                    shared.put(action, recommendation);
                }
            }
        }
        return Section.of("Your actions", s -> {
            s.paragraph(p -> p.text("Each action's status is as at " + Timing.day(day) + ". An action is overdue once"
                            + " its target date has passed and it is not complete.")
                    .keepWithNext());
            if (own.isEmpty()) {
                s.paragraph("No action of the action plan is " + possessive(agency) + " to carry out.");
            } else {
                actionTable(s, "Actions " + agency + " carries out", own, day);
            }
            if (!shared.isEmpty()) {
                s.paragraph(p -> p.text("Partnership actions whose wording names " + agency + ": the partnership owns"
                                + " them, and your agency has a part in each.")
                        .keepWithNext());
                actionTable(s, "Partnership actions that name " + agency, shared, day);
            }
            if (!own.isEmpty() || !shared.isEmpty()) {
                s.paragraph(p -> p.text("Key to the statuses:").keepWithNext());
                s.bullets(l -> List.of(ActionStatus.values())
                        .forEach(status -> l.item(Paragraph.builder()
                                .bold(status.label() + ": ")
                                .text(status.meaning())
                                .build())));
            }
        });
    }

    /**
     * The actions with how each will be judged: its own evidence of impact, and the measure of the recommendation it
     * delivers with this audit's baseline and the target at re-audit.
     */
    private void actionTable(Section.Builder s, String caption, Map<Action, Recommendation> actions, LocalDate day) {
        MeasureWords measures = new MeasureWords(scope, analysed.analysis().panel());
        s.table(t -> {
            t.caption(caption)
                    .header("Ref", "Action", "Owner", "Target date", "Status", "How it will be judged")
                    .widths(0.75f, 2.4f, 1.5f, 1.75f, 1.4f, 2.6f)
                    .rowHeaders();
            actions.forEach((a, recommendation) -> t.row(
                    a.ref(),
                    a.text(),
                    a.ownerRole().isBlank() ? "To be agreed" : a.ownerRole(),
                    a.targetDate().map(Timing::day).orElse("To be agreed"),
                    a.statusOn(day).label(),
                    judgedBy(a, recommendation, measures)));
        });
    }

    /** "Evidence: …. Measure of R1: … 6 of 15 families now; target 12 at re-audit.", or "To be agreed". */
    private static String judgedBy(Action action, Recommendation recommendation, MeasureWords measures) {
        List<String> parts = new ArrayList<>();
        if (!action.evidenceOfImpact().isBlank()) {
            parts.add("Evidence: " + Figures.endSentence(action.evidenceOfImpact()));
        }
        recommendation
                .measure()
                .ifPresent(m -> parts.add("Measure of " + recommendation.id() + ": " + measures.of(m) + "."));
        return parts.isEmpty() ? "To be agreed" : String.join(" ", parts);
    }

    /** "Police's", "Early Years'": a name's possessive. */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** The agency's name as a whole phrase in any case: "Police" in "the police", not in "policed". */
    private static Pattern named(String agency) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(agency) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
