/**
 * The multi-agency panel's record: for each family of the cohort a {@link dev.maca.panel.PanelReview} — the grade the
 * agencies agreed per objective with its rationale and, where their own grades were far apart, how they moderated
 * them; the key learning; the family's and the practitioners' voices — and every {@link
 * dev.maca.panel.ImmediateConcern} found during the audit, tracked until it is closed.
 *
 * <p>A return is an agency grading its own practice; the panel review is the multi-agency judgement the report stands
 * on.
 */
package dev.maca.panel;
