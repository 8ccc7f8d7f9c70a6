package dev.maca.report.pdf;

import com.lowagie.text.Image;
import java.io.IOException;

/**
 * The host's logo (PNG or JPEG) with its alternative text, drawn at the top of the first page and
 * tagged as a figure. Supplied through {@link PdfRenderer.Builder#useLogo(Logo)}.
 */
public final class Logo {

    private final byte[] image;
    private final String altText;

    private Logo(byte[] image, String altText) {
        this.image = image;
        this.altText = altText;
    }

    /**
     * A logo from image bytes (copied) and the text a screen reader reads for it, usually the
     * organisation's name.
     */
    public static Logo of(byte[] image, String altText) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("logo.image must be PNG or JPEG bytes");
        }
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("logo.altText must not be blank");
        }
        byte[] copy = image.clone();
        load(copy);
        return new Logo(copy, altText);
    }

    /** The alternative text. */
    public String altText() {
        return altText;
    }

    /** A fresh OpenPDF image for one document (images carry per-document state). */
    Image image() {
        return load(image);
    }

    private static Image load(byte[] bytes) {
        try {
            return Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("logo.image is not a readable PNG or JPEG image", e);
        }
    }
}
