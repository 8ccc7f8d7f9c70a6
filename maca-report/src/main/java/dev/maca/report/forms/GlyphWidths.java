package dev.maca.report.forms;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text widths from per-character advances remembered across forms, because measuring a growing line through PDFBox
 * for every word was most of the cost of generating a form.
 *
 * <p>A width is the sum of the characters' advances, in the order PDFBox itself sums them, so the results are exactly
 * those of {@link PDFont#getStringWidth(String)}. Advances are kept per font name: the forms embed the same fonts,
 * whole, in every document. Characters outside the Basic Multilingual Plane are measured by PDFBox each time.
 * Thread-safe: a race can only compute the same advance twice.
 */
final class GlyphWidths {
    private static final Map<String, float[]> ADVANCES = new ConcurrentHashMap<>();

    private GlyphWidths() {}

    /** The width of {@code text} in {@code font}, in thousandths of the font size, as PDFBox measures it. */
    static float of(PDFont font, String text) throws IOException {
        float[] advances = ADVANCES.computeIfAbsent(font.getName(), name -> unknown());
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (codePoint < advances.length) {
                float advance = advances[codePoint];
                if (Float.isNaN(advance)) {
                    advance = font.getStringWidth(text.substring(i, i + length));
                    advances[codePoint] = advance;
                }
                width += advance;
            } else {
                width += font.getStringWidth(text.substring(i, i + length));
            }
            i += length;
        }
        return width;
    }

    private static float[] unknown() {
        float[] advances = new float[Character.MAX_VALUE + 1];
        Arrays.fill(advances, Float.NaN);
        return advances;
    }
}
