/**
 * A Youth Justice Service agency module kept beside the examples as a plugin would be: it uses only {@code dev.maca.spi}
 * and ships its bank and service registration as resources, so a partnership can copy the pattern into its own jar.
 */
package dev.maca.examples.youthjustice;
