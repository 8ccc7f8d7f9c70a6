/** What every renderer offers: {@link dev.maca.report.render.DocumentRenderer} and its failure type. */
package dev.maca.report.render;
