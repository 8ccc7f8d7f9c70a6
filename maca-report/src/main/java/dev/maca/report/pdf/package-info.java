/**
 * The tagged-PDF renderer: PDF/UA-1 and PDF/A-2a output on OpenPDF, with replaceable fonts
 * ({@link dev.maca.report.pdf.FontSet}) and logo ({@link dev.maca.report.pdf.Logo}).
 */
package dev.maca.report.pdf;
