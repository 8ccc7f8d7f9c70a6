/**
 * The figures of an audit: {@link dev.maca.analysis.AuditAnalysis#of} computes, from an audit and its agencies' tools,
 * the multi-agency panel's grades per family and objective, the shared measures per family, the agencies' own grades
 * against the panel's, the immediate concerns, and from the returns the agencies' own judgements, answer rates,
 * participation and multi-agency consistency that the Business Group report and the learning briefs print. Each
 * figure is traceable to the panel reviews and returns behind it ({@link dev.maca.analysis.FamilyCount#caseIds()},
 * {@link dev.maca.analysis.ReturnRef}).
 *
 * <p>The family is the unit of the panel's figures ({@link dev.maca.analysis.PanelAnalysis}); documents take their
 * findings from them, and the agencies' own grades only as the moderation comparison.
 *
 * <p>Pure and deterministic: no I/O, no invented text, immutable results in documented orders.
 */
package dev.maca.analysis;
