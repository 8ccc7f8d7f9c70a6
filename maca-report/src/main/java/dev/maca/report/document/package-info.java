/**
 * The semantic document model: immutable records for a document, its sections and blocks, built in
 * code with fluent builders and rendered by {@code dev.maca.report.pdf} and {@code
 * dev.maca.report.html}. Nothing here knows about PDF or HTML, so tests can assert on a document
 * without rendering it.
 */
package dev.maca.report.document;
