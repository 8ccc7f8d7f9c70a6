/**
 * The partnership's documents, built on the document engine from a guarded audit and its analysis: the
 * {@link dev.maca.report.documents.BusinessGroupReport report to the Business Group}, one
 * {@link dev.maca.report.documents.LearningBriefs 7-minute briefing} per objective, and the
 * {@link dev.maca.report.documents.SeminarPack Best Practice Seminar pack}.
 *
 * <p>Every figure these documents print comes from the {@link dev.maca.analysis.AuditAnalysis}; every date comes
 * from the audit's timeline, so the same audit always gives the same bytes. Content a document needs but the audit
 * lacks stops it with a {@link dev.maca.report.documents.MissingContentException} naming each gap, never an empty
 * section. Only a {@link dev.maca.privacy.GuardedAudit} can be rendered.
 *
 * <pre>{@code
 * GuardedAudit guarded = PrivacyGuard.builder().names(names).build().apply(audit);
 * AnalysedAudit analysed = AnalysedAudit.of(guarded, AuditTools.assembleAll(audit.scope(), registry));
 * BusinessGroupReport.of(analysed).status(ReportStatus.FINAL_DRAFT).writePdf(out);
 * for (LearningBrief brief : LearningBriefs.of(analysed).all()) { brief.writePdf(outFor(brief)); }
 * SeminarPack.of(analysed).writePdf(packOut);
 * }</pre>
 */
package dev.maca.report.documents;
