package dev.maca.report.pdf;

/**
 * The four faces of the body typeface. Hosts may supply their own (e.g. a corporate font) with
 * {@link PdfRenderer.Builder#useFonts(FontSet)}; the default is Liberation Sans, metric-compatible
 * with Arial and free to embed.
 */
public interface FontSet {

    /** The upright face. */
    FontFace regular();

    /** The bold face. */
    FontFace bold();

    /** The italic face. */
    FontFace italic();

    /** The bold italic face. */
    FontFace boldItalic();

    /** Liberation Sans from {@code openpdf-fonts-extra}, read once on first use and then shared. */
    static FontSet liberationSans() {
        return LiberationSans.INSTANCE;
    }

    /** A font set from four faces. */
    static FontSet of(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic) {
        return new Faces(regular, bold, italic, boldItalic);
    }

    /** A font set of four given faces. */
    record Faces(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic) implements FontSet {
        /** Checks that every face is given. */
        public Faces {
            if (regular == null || bold == null || italic == null || boldItalic == null) {
                throw new IllegalArgumentException(
                        "fonts: all four faces (regular, bold, italic, boldItalic) are required");
            }
        }
    }
}
