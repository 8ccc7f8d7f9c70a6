package dev.maca.examples.cli;

import dev.maca.files.FileContent;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.documents.AgencyFeedback;
import dev.maca.report.documents.AgencyFeedbacks;
import dev.maca.report.documents.AnalysedAudit;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.report.documents.DetailSentence;
import dev.maca.report.documents.LearningBrief;
import dev.maca.report.documents.LearningBriefs;
import dev.maca.report.documents.PanelPack;
import dev.maca.report.documents.PanelPacks;
import dev.maca.report.documents.ReportAnnex;
import dev.maca.report.documents.SeminarPack;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documents of one guarded audit as file contents, so commands only decide where each goes: the Business Group
 * report (PDF and HTML), one learning brief per objective (PDF and HTML), the seminar pack, one panel pack per
 * family (PDF and HTML) and one feedback document per agency (PDF and HTML). The audit is analysed
 * once and shared by every document.
 */
final class AuditDocuments {
    private final AnalysedAudit analysed;

    private AuditDocuments(AnalysedAudit analysed) {
        this.analysed = analysed;
    }

    /** The documents of an audit the privacy guard let through, analysed with its agencies' tools. */
    static AuditDocuments of(GuardedAudit guarded, Map<String, AuditTool> tools) {
        return new AuditDocuments(AnalysedAudit.of(guarded, tools));
    }

    /** The report to the Business Group as a tagged PDF. */
    FileContent reportPdf() {
        BusinessGroupReport report = BusinessGroupReport.of(analysed);
        return report::writePdf;
    }

    /** The report to the Business Group as one accessible HTML page. */
    FileContent reportHtml() {
        BusinessGroupReport report = BusinessGroupReport.of(analysed);
        return report::writeHtml;
    }

    /** The report's annex (question sets, grading scale, candidates) as a tagged PDF. */
    FileContent annexPdf() {
        ReportAnnex annex = ReportAnnex.of(analysed);
        return annex::writePdf;
    }

    /** The report's annex as one accessible HTML page. */
    FileContent annexHtml() {
        ReportAnnex annex = ReportAnnex.of(analysed);
        return annex::writeHtml;
    }

    /**
     * One learning brief per objective, in the scope's order, numbered from 1.
     *
     * @throws dev.maca.report.documents.MissingContentException naming every gap of every brief
     */
    List<Brief> briefs() {
        List<Brief> briefs = new ArrayList<>();
        LearningBriefs of = LearningBriefs.of(analysed);
        List<LearningBrief> all = of.all();
        List<LearningBrief> huddles = of.huddles();
        for (int i = 0; i < all.size(); i++) {
            LearningBrief brief = all.get(i);
            LearningBrief huddle = huddles.get(i);
            briefs.add(new Brief(
                    i + 1,
                    brief.objective().id(),
                    brief::writePdf,
                    brief::writeHtml,
                    huddle::writePdf,
                    huddle::writeHtml));
        }
        return List.copyOf(briefs);
    }

    /**
     * The sentences of every brief, huddle page and the seminar pack's case study that mention a family-level detail,
     * for the author to check before publishing.
     */
    List<DetailSentence> sentencesToCheck() {
        LearningBriefs of = LearningBriefs.of(analysed);
        List<DetailSentence> sentences = new ArrayList<>();
        of.all().forEach(b -> sentences.addAll(b.sentencesToCheck()));
        of.huddles().forEach(b -> sentences.addAll(b.sentencesToCheck()));
        return List.copyOf(sentences);
    }

    /** The sentences of the seminar pack's case study that mention a family-level detail. */
    List<DetailSentence> packSentencesToCheck() {
        return SeminarPack.of(analysed).sentencesToCheck();
    }

    /** The seminar pack as one PDF: the event, agenda, case study, attendance, evaluation and every brief. */
    FileContent seminarPackPdf() {
        SeminarPack pack = SeminarPack.of(analysed);
        return pack::writePdf;
    }

    /** One panel pack per family of the cohort, in cohort order, each as PDF and HTML. */
    List<Pack> panelPacks() {
        List<Pack> packs = new ArrayList<>();
        for (PanelPack pack : PanelPacks.of(analysed).all()) {
            packs.add(new Pack(pack.caseId(), pack::writePdf, pack::writeHtml));
        }
        return List.copyOf(packs);
    }

    /** One feedback document per agency that returned anything, in the scope's order, each as PDF and HTML. */
    List<Feedback> feedback() {
        List<Feedback> all = new ArrayList<>();
        for (AgencyFeedback feedback : AgencyFeedbacks.of(analysed).all()) {
            all.add(new Feedback(feedback.agencyId(), feedback::writePdf, feedback::writeHtml));
        }
        return List.copyOf(all);
    }

    /**
     * One agency's feedback.
     *
     * @param agencyId the agency's id
     * @param pdf the feedback as a tagged PDF
     * @param html the feedback as one accessible HTML page
     */
    record Feedback(String agencyId, FileContent pdf, FileContent html) {}

    /**
     * One family's panel pack.
     *
     * @param caseId the family's case id
     * @param pdf the pack as a tagged PDF
     * @param html the pack as one accessible HTML page
     */
    record Pack(String caseId, FileContent pdf, FileContent html) {}

    /**
     * One learning brief.
     *
     * @param number its place among the briefs, from 1, in the scope's order of objectives
     * @param objectiveId the objective it is about
     * @param pdf the brief as a tagged PDF
     * @param html the brief as one accessible HTML page
     * @param huddlePdf the one-page huddle version as a tagged PDF
     * @param huddleHtml the one-page huddle version as one accessible HTML page
     */
    record Brief(
            int number,
            String objectiveId,
            FileContent pdf,
            FileContent html,
            FileContent huddlePdf,
            FileContent huddleHtml) {
        /** The brief's file name without extension: {@code 01-fathers-and-males}. */
        String baseName() {
            return String.format(Locale.ROOT, "%02d-%s", number, objectiveId);
        }
    }
}
