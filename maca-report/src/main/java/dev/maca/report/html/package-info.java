/** The HTML renderer: one self-contained, accessible HTML5 page per document. */
package dev.maca.report.html;
