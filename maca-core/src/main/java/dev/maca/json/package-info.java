/**
 * The audit file: one whole {@link dev.maca.audit.Audit} as JSON, read and written by {@link dev.maca.json.AuditJson}
 * and checked against the published schema {@code dev/maca/json/audit.schema.json}; a file that cannot be read is an
 * {@link dev.maca.json.AuditFileException} listing every problem with its JSON path and fix.
 */
package dev.maca.json;
