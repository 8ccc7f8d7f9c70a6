/**
 * The figures of an audit: {@link dev.maca.analysis.AuditAnalysis#of} computes, from an audit and its agencies' tools,
 * the judgements, answer rates, cases of concern, participation and multi-agency consistency that the Business Group
 * report and the learning briefs print, each figure traceable to the returns behind it
 * ({@link dev.maca.analysis.ReturnRef}).
 *
 * <p>Pure and deterministic: no I/O, no invented text, immutable results in documented orders.
 */
package dev.maca.analysis;
