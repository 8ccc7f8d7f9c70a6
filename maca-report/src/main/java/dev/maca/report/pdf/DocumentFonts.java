package dev.maca.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.maca.report.document.TextStyle;
import dev.maca.report.render.RenderException;
import java.awt.Color;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The {@code BaseFont}s of one document, made from the shared font bytes. Each font's subset prefix
 * comes from a random generator seeded from the document, so the same document gives the same bytes.
 */
final class DocumentFonts {

    private final FontSet faces;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    DocumentFonts(FontSet faces, long seed) {
        this.faces = faces;
        this.regular = create(faces.regular(), seed);
        this.bold = create(faces.bold(), seed + 1);
        this.italic = create(faces.italic(), seed + 2);
        this.boldItalic = create(faces.boldItalic(), seed + 3);
    }

    private static BaseFont create(FontFace face, long seed) {
        try {
            BaseFont font =
                    BaseFont.createFont(face.name(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes(), null);
            font.setIncludeCidSet(false);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            font.setSecureRandom(random);
            return font;
        } catch (DocumentException | IOException e) {
            throw new RenderException("font " + face.name() + " cannot be embedded", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is required by the Java platform", e);
        }
    }

    FontSet faces() {
        return faces;
    }

    BaseFont base(TextStyle style) {
        return switch (style) {
            case PLAIN -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
            case BOLD_ITALIC -> boldItalic;
        };
    }

    Font font(TextStyle style, float size, Color color) {
        return new Font(base(style), size, Font.NORMAL, color);
    }

    Font body() {
        return font(TextStyle.PLAIN, Theme.BODY_SIZE, Theme.TEXT);
    }
}
