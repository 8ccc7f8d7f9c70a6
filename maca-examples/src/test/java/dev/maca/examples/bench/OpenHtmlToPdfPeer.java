package dev.maca.examples.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The peer a user would otherwise pick for accessible PDFs: our HTML output rendered by openhtmltopdf (PDFBox) with
 * PDF/UA and PDF/A-2b switched on, Liberation Sans embedded and an sRGB output intent.
 *
 * <p>openhtmltopdf reads XHTML, so {@link #xhtml(byte[])} closes our HTML5's void elements first (done once, outside
 * the timed work). Thread-safe: every call builds its own renderer.
 */
public final class OpenHtmlToPdfPeer {
    private static final Pattern VOID_ELEMENT =
            Pattern.compile("<(meta|link|br|hr|img|input|col|source|wbr)\\b([^>]*?)/?>");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String FAMILY = "Liberation Sans";
    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = font("liberation/LiberationSans-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("liberation/LiberationSans-BoldItalic.ttf");

    static {
        XRLog.setLoggingEnabled(false); // it warns about every CSS feature it lacks, on every run
    }

    /** Our HTML5 page as well-formed XHTML: void elements closed, the rest unchanged. */
    public static String xhtml(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        return VOID_ELEMENT.matcher(text).replaceAll("<$1$2/>");
    }

    /** Renders the XHTML as a PDF/UA-1 and PDF/A-2b file. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FAMILY, 700, FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = OpenHtmlToPdfPeer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
