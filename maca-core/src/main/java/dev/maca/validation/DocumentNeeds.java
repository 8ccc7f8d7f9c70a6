package dev.maca.validation;

import dev.maca.audit.Audit;
import dev.maca.scope.LearningEvent;
import dev.maca.scope.Milestone;
import dev.maca.scope.MilestoneKind;
import dev.maca.scope.Objective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What each document needs of an audit before it renders — the content it prints and the audit lacks — as errors with
 * their JSON path and fix. The renderers run these checks and refuse on any of them; {@link AuditValidator#ready}
 * runs the same checks for every document of a {@link Stage}, so a file that validates for a stage renders.
 *
 * <pre>{@code
 * List<Problem> gaps = DocumentNeeds.of(AuditDocument.REPORT, audit);
 * }</pre>
 *
 * <p>One need is not here: whether a brief's text fits its pages, which only laying the brief out can tell.
 */
public final class DocumentNeeds {
    private DocumentNeeds() {}

    /**
     * What a document needs of the audit and lacks; for the briefs and huddle pages, for every objective.
     *
     * @param document the document; never null
     * @param audit the audit; never null
     */
    public static List<Problem> of(AuditDocument document, Audit audit) {
        Objects.requireNonNull(document, "document is required but was null");
        Objects.requireNonNull(audit, "audit is required but was null");
        Needs needs = new Needs(document);
        switch (document) {
            case AGENCY_FORMS -> {
                // The forms need each agency's tool, which is the agency modules' check, not the audit's.
            }
            case PANEL_PACK -> ReportNeeds.panelPack(audit, needs);
            case REPORT -> ReportNeeds.report(audit, needs);
            case ANNEX -> ReportNeeds.milestone(
                    audit, MilestoneKind.REPORT, "the month the report is presented", needs);
            case AGENCY_FEEDBACK -> ReportNeeds.milestone(
                    audit, MilestoneKind.REPORT, "the month the audit reports, which dates the feedback", needs);
            case BRIEFING, HUDDLE -> BriefNeeds.briefs(audit, audit.scope().objectives(), needs);
            case SEMINAR_PACK -> seminarPack(audit, needs);
        }
        return needs.problems();
    }

    /**
     * What the briefs (or huddle pages) of some objectives need of the audit and lack.
     *
     * @param format {@link AuditDocument#BRIEFING} or {@link AuditDocument#HUDDLE}
     * @param audit the audit; never null
     * @param objectives the objectives whose briefs are asked for; never null
     * @throws IllegalArgumentException when {@code format} is not a brief
     */
    public static List<Problem> briefs(AuditDocument format, Audit audit, List<Objective> objectives) {
        Objects.requireNonNull(format, "format is required but was null");
        Objects.requireNonNull(audit, "audit is required but was null");
        Objects.requireNonNull(objectives, "objectives are required but were null");
        if (format != AuditDocument.BRIEFING && format != AuditDocument.HUDDLE) {
            throw new IllegalArgumentException("a brief is a BRIEFING or a HUDDLE, not " + format);
        }
        Needs needs = new Needs(format);
        BriefNeeds.briefs(audit, objectives, needs);
        return needs.problems();
    }

    /**
     * What every document of a stage needs of the audit and lacks, each gap once: where two documents need the same
     * thing with the same fix (the report and its annex both need the report's month), the first document names it.
     *
     * @param stage the stage; never null
     * @param audit the audit; never null
     */
    public static List<Problem> forStage(Stage stage, Audit audit) {
        Objects.requireNonNull(stage, "stage is required but was null");
        List<Problem> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AuditDocument document : stage.documents()) {
            for (Problem problem : of(document, audit)) {
                if (seen.add(problem.path() + "\u0000" + problem.fix())) {
                    all.add(problem);
                }
            }
        }
        return List.copyOf(all);
    }

    /** The seminar pack: the event's day and details, and a disguised case study. */
    private static void seminarPack(Audit audit, Needs needs) {
        var timeline = audit.scope().timeline();
        ReportNeeds.milestone(audit, MilestoneKind.SEMINAR, "the learning event's day and details", needs);
        timeline.first(MilestoneKind.SEMINAR)
                .ifPresent(seminar -> event(
                        seminar,
                        JsonPointer.root()
                                .append("scope")
                                .append("timeline")
                                .append("milestones")
                                .append(timeline.milestones().indexOf(seminar)),
                        needs));
        CaseStudy.of(audit).check(needs);
    }

    private static void event(Milestone seminar, JsonPointer at, Needs needs) {
        if (seminar.date().isEmpty()) {
            needs.missing(
                    at.append("date"),
                    "the day of the learning event",
                    "Give the SEMINAR milestone's \"date\" (YYYY-MM-DD) within its month.");
        }
        if (seminar.event().isEmpty()) {
            needs.missing(
                    at.append("event"),
                    "the learning event's name, start and end times, venue or online link, and facilitators",
                    "Give the SEMINAR milestone an \"event\" with \"name\", \"starts\", \"ends\", \"venue\" or"
                            + " \"onlineLink\", and \"facilitators\" by role.");
            return;
        }
        LearningEvent event = seminar.event().get();
        if (event.venue().isBlank() && event.onlineLink().isEmpty()) {
            needs.missing(
                    at.append("event").append("venue"),
                    "where the learning event is held, or the link to join it",
                    "Give the event's \"venue\", or its \"onlineLink\" if it is held online.");
        }
        needs.requireNonEmpty(
                event.facilitators(),
                at.append("event").append("facilitators"),
                "who facilitates the learning event, by role",
                "List the facilitators and speakers by role, e.g. \"Partnership Business Manager (chair)\".");
    }
}
