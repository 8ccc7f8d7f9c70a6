/**
 * A family as its front sheet describes it, in words every document and form shares: who is in the family by
 * pseudonym, the babies' births, the audit period, and when each agency was involved.
 */
package dev.maca.report.family;
