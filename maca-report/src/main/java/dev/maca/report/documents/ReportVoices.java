package dev.maca.report.documents;

import dev.maca.analysis.ConcernSummary;
import dev.maca.analysis.MeasureAnalysis;
import dev.maca.analysis.PanelAnalysis;
import dev.maca.audit.Audit;
import dev.maca.cohort.CaseRecord;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.Consent;
import dev.maca.panel.FamilyVoice;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PractitionerVoice;
import dev.maca.report.document.Section;
import dev.maca.returns.AuditReturn;
import dev.maca.scope.SharedMeasures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report's sections on what children, families and practitioners said, and on the immediate concerns found: the
 * children's daily lives as the returns describe them and whether the children were seen and heard, the families'
 * and practitioners' voices as the panel heard them (quoted without saying whose), and the concerns counted, with no
 * case detail.
 */
final class ReportVoices {
    /** At most this many quotations of each kind: the report gives a flavour, the panel packs hold the rest. */
    private static final int QUOTES = 3;

    private final Audit audit;
    private final PanelAnalysis panel;
    private final List<CaseRecord> cohort;

    ReportVoices(Audit audit, PanelAnalysis panel) {
        this.audit = audit;
        this.panel = panel;
        this.cohort = audit.cohort().cohort();
    }

    Section livedExperience() {
        Set<String> ids = cohort.stream().map(CaseRecord::id).collect(Collectors.toSet());
        List<AuditReturn> returns =
                audit.returns().stream().filter(r -> ids.contains(r.caseId())).toList();
        long described = cohort.stream()
                .filter(c -> returns.stream()
                        .filter(r -> r.caseId().equals(c.id()))
                        .anyMatch(r -> r.livedExperienceByChild().stream()
                                        .anyMatch(e -> !e.experience().isBlank())
                                || !r.livedExperience().isBlank()))
                .count();
        CohortReviews reviews = CohortReviews.of(audit);
        return Section.of("Children's lived experience and voice", s -> {
            s.paragraph("Every agency was asked what life was like for each child, the baby included once born. The"
                    + " returns describe the children's daily lives in " + described + " of the "
                    + Figures.count(cohort.size(), "family", "families") + ".");
            panel.measure(SharedMeasures.CHILD_SEEN_AND_HEARD.id()).ifPresent(m -> s.paragraph(seenAndHeard(m)));
            // Only the words of families who agreed that what they said may be used are quoted, never with whose.
            List<FamilyVoice> quotable = reviews.familyVoices().stream()
                    .filter(v -> v.consent() == Consent.GIVEN)
                    .toList();
            List<String> children = quotable.stream()
                    .map(FamilyVoice::childView)
                    .filter(v -> !v.isBlank())
                    .limit(QUOTES)
                    .toList();
            List<String> parents = quotable.stream()
                    .map(FamilyVoice::parentView)
                    .filter(v -> !v.isBlank())
                    .limit(QUOTES)
                    .toList();
            int invited = reviews.invited();
            s.subheading("What families told the audit");
            s.paragraph(
                    invited == 0
                            ? "No family was invited to contribute."
                            : Figures.capitalised(Figures.count(invited, "family was", "families were"))
                                    + " invited to contribute, and " + reviews.heard() + " took part.");
            if (!children.isEmpty() || !parents.isEmpty()) {
                s.paragraph("The words below are quoted only from families who agreed that what they said could be"
                        + " used, and without saying whose they are.");
            }
            if (!children.isEmpty()) {
                s.paragraph("What children said, in the words the panel recorded:");
                s.bullets(l -> children.forEach(l::item));
            }
            if (!parents.isEmpty()) {
                s.paragraph("What parents said:");
                s.bullets(l -> parents.forEach(l::item));
            }
            List<PractitionerVoice> practitioners = reviews.practitionersHeard();
            s.subheading("What practitioners told the audit");
            if (practitioners.isEmpty()) {
                s.paragraph("No practitioner was spoken with; the findings rest on the records and the panel.");
            } else {
                s.paragraph("Practitioners who worked with " + Figures.count(practitioners.size(), "family", "families")
                        + " spoke with the audit.");
                List<String> helped = quotes(practitioners, true);
                List<String> hindered = quotes(practitioners, false);
                if (!helped.isEmpty()) {
                    s.paragraph("What helped:");
                    s.bullets(l -> helped.forEach(l::item));
                }
                if (!hindered.isEmpty()) {
                    s.paragraph("What got in the way:");
                    s.bullets(l -> hindered.forEach(l::item));
                }
            }
        });
    }

    private String seenAndHeard(MeasureAnalysis m) {
        return "In " + m.anyAgency().count() + " of the " + m.anyAgency().families() + " families at least one agency's"
                + " record shows the children seen and what they said, showed or felt; in "
                + m.noAgency().count()
                + ", no agency's record does.";
    }

    private static List<String> quotes(List<PractitionerVoice> voices, boolean helped) {
        List<String> quotes = new ArrayList<>();
        for (PractitionerVoice voice : voices) {
            String text = helped ? voice.whatHelped() : voice.whatGotInTheWay();
            if (!text.isBlank() && quotes.size() < QUOTES) {
                quotes.add(text);
            }
        }
        return quotes;
    }

    Section immediateConcerns() {
        ConcernSummary concerns = panel.concerns();
        return Section.of("Immediate concerns found during the audit", s -> {
            if (concerns.total() == 0) {
                s.paragraph("Auditors and the panel were asked to act at once on any child at risk now. No such"
                        + " concern was found.");
                return;
            }
            List<String> sources = new ArrayList<>();
            add(sources, concerns.count(ConcernSource.RETURN), "raised by an auditor reading the record");
            add(sources, concerns.count(ConcernSource.PANEL), "raised by the panel");
            add(sources, concerns.count(ConcernSource.COORDINATOR), "raised by the audit coordinator");
            boolean allActed = audit.immediateConcerns().stream()
                    .map(ImmediateConcern::actionTaken)
                    .noneMatch(String::isBlank);
            s.paragraph("Auditors and the panel were asked to act at once on any child at risk now. "
                    + Figures.capitalised(Figures.count(concerns.total(), "such concern was", "such concerns were"))
                    + " found, in " + Figures.count(concerns.families().count(), "family", "families") + ": "
                    + Figures.inWords(sources) + ". "
                    + (allActed
                            ? "Each was acted on the day it was found and passed to an owner in the agency responsible."
                            : "Not every concern records what was done at once; the audit coordinator is following"
                                    + " that up.")
                    + " " + Figures.capitalised(Figures.count(concerns.closed(), "is", "are")) + " closed and "
                    + concerns.open()
                    + " still open. The audit coordinator (the partnership's officer who runs the audit)"
                    + " follows each open concern up with its owner until it is closed or held in a statutory process;"
                    + " the details stay in the family's OFFICIAL-SENSITIVE panel pack.");
            s.table(t -> {
                t.caption("Immediate concerns: when raised, by whom, who owns the follow-up, and where each stands")
                        .header("Raised", "Raised by", "Owner of the follow-up", "Status")
                        .widths(1.3f, 2, 3, 1.2f);
                for (ImmediateConcern c : audit.immediateConcerns()) {
                    t.row(
                            Timing.month(java.time.YearMonth.from(c.raisedOn())),
                            raisedBy(c.source()),
                            c.ownerRole(),
                            c.status().label());
                }
            });
        });
    }

    private static String raisedBy(ConcernSource source) {
        return switch (source) {
            case RETURN -> "An auditor, reading the record";
            case PANEL -> "The panel";
            case COORDINATOR -> "The audit coordinator";
        };
    }

    private static void add(List<String> parts, int count, String how) {
        if (count > 0) {
            parts.add(count + " " + how);
        }
    }
}
