package dev.maca.report.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Liberation Sans font files the forms embed, read from the class path once and shared by every thread. */
final class FormFonts {
    private FormFonts() {}

    /** A fresh stream over the regular face. */
    static InputStream regular() {
        return new ByteArrayInputStream(Holder.REGULAR);
    }

    /** A fresh stream over the bold face. */
    static InputStream bold() {
        return new ByteArrayInputStream(Holder.BOLD);
    }

    /** Initialised on first use by the class loader, which makes the one-time read thread-safe. */
    private static final class Holder {
        static final byte[] REGULAR = read("liberation/LiberationSans-Regular.ttf");
        static final byte[] BOLD = read("liberation/LiberationSans-Bold.ttf");

        private Holder() {}

        private static byte[] read(String resource) {
            try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource
                            + " is not on the class path; add com.github.librepdf:openpdf-fonts-extra");
                }
                return withoutGlyphSubstitution(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
    }

    /**
     * The font with its glyph substitution table ({@code GSUB}) hidden by renaming its tag to {@code GSUA}, which no
     * reader knows, keeping the table directory sorted. PDFBox applies GSUB to every string it shows through regular
     * expressions compiled per word, which made each form several times slower; a PDF positions glyphs itself, so
     * readers never need the table, and Latin text loses nothing but optional ligatures.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
                font[record + 3] = 'A';
            }
        }
        return font;
    }
}
