/**
 * Audit-tool forms: a fillable, accessible PDF (PDF/UA-1 and PDF/A-2a) per case and agency, built with PDFBox from
 * the agency's {@link dev.maca.tool.AuditTool} ({@link dev.maca.report.forms.AuditToolForms}), and the importer that
 * reads a completed form back into a {@link dev.maca.returns.AuditReturn}
 * ({@link dev.maca.report.forms.AuditToolFormImporter}), refusing forms meant for something else.
 */
package dev.maca.report.forms;
