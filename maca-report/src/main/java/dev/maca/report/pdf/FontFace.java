package dev.maca.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One TrueType font file held in memory, read once and shared by every rendering. OpenPDF's {@code
 * BaseFont} keeps per-document subset state and reads its font file through a shared file pointer,
 * so it must not be shared between documents rendered at once; the renderer makes a fresh {@code
 * BaseFont} per document from these cached bytes instead.
 */
public final class FontFace {

    private final String name;
    private final byte[] bytes;
    private final Object awtFontLock = new Object();
    private volatile Font awtFont;

    private FontFace(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * A font from TrueType bytes (copied).
     *
     * @param name a file-like name ending in {@code .ttf}, used inside the PDF
     * @param ttf the font file's bytes
     */
    public static FontFace of(String name, byte[] ttf) {
        if (name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
            throw new IllegalArgumentException("font name must end in .ttf, was: " + name);
        }
        if (ttf == null || ttf.length < 12) {
            throw new IllegalArgumentException("font bytes for " + name + " must be a TrueType file");
        }
        return new FontFace(name, ttf.clone());
    }

    /** A font read from a class-path resource such as {@code liberation/LiberationSans-Regular.ttf}. */
    public static FontFace fromClasspath(String resource) {
        try (InputStream in = FontFace.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("font resource not found on the class path: " + resource);
            }
            byte[] data = in.readAllBytes();
            return new FontFace(resource.substring(resource.lastIndexOf('/') + 1), data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font resource " + resource, e);
        }
    }

    /** The font's file-like name. */
    public String name() {
        return name;
    }

    /** The shared bytes; callers in this package must not modify them. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * The same font as an AWT font, so chart text is measured with the metrics it is drawn with. Made once, on first
     * use (a document without charts never needs it), under a lock: {@code Font.createFont} writes a temporary file,
     * so two renderings starting at once must not both make it.
     */
    Font awtFont() {
        Font font = awtFont;
        if (font == null) {
            synchronized (awtFontLock) {
                font = awtFont;
                if (font == null) {
                    try {
                        font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("font " + name + " is not a usable TrueType font", e);
                    }
                    awtFont = font;
                }
            }
        }
        return font;
    }
}
