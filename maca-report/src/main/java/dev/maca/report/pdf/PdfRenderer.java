package dev.maca.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.document.Block;
import dev.maca.report.document.Document;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.render.DocumentRenderer;
import dev.maca.report.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Document} as a tagged PDF that conforms to PDF/UA-1 (accessible) and PDF/A-2a
 * (archivable): a structure tree in reading order, headers and footers as artifacts, embedded
 * fonts, bookmarks from headings, "Page X of Y", and the protective marking on every page.
 *
 * <p>Instances are immutable and thread-safe; font files are read once and shared, and each
 * rendering makes its own PDF font objects from them. The same document always gives the same
 * bytes: dates come from the document's metadata and the file identifier and font subset names
 * are derived from its content.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().useFonts(FontSet.liberationSans()).build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     renderer.render(document, out);   // flushes, never closes, out
 * }
 * }</pre>
 */
public final class PdfRenderer implements DocumentRenderer {

    private final FontSet fonts;
    private final Optional<Logo> logo;

    private PdfRenderer(FontSet fonts, Optional<Logo> logo) {
        this.fonts = fonts;
        this.logo = logo;
    }

    /** A renderer with the default fonts (Liberation Sans). */
    public static PdfRenderer create() {
        return builder().build();
    }

    /** Starts configuring a renderer. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(Document document) {
        Objects.requireNonNull(document, "document");
        List<HeadingEntry> planned = plannedHeadings(document);
        byte[] digest = DocumentDigest.of(document);
        return layOut(document, planned, digest);
    }

    /** Lays the document out in one pass; the contents page numbers are filled in once every page is known. */
    private byte[] layOut(Document document, List<HeadingEntry> knownHeadings, byte[] digest) {
        long seed = ByteBuffer.wrap(digest).getLong();
        byte[] fileId = Arrays.copyOf(digest, 16);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(
                Theme.PAGE,
                Theme.MARGIN_LEFT,
                Theme.MARGIN_RIGHT,
                Theme.PAGE.getHeight() - Theme.CONTENT_TOP,
                Theme.CONTENT_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
            ArchivalMetadata.beforeOpen(pdf, writer, document.metadata());
            DocumentFonts documentFonts = new DocumentFonts(fonts, seed);
            writer.setPageEvent(new PageFurniture(
                    documentFonts,
                    document.metadata().title(),
                    document.metadata().marking().label()));
            pdf.open();
            ArchivalMetadata.afterOpen(writer, document.metadata(), fileId);
            BlockPainter painter = new BlockPainter(new PageFlow(pdf, writer), documentFonts, logo, knownHeadings);
            painter.paint(document);
            pdf.close();
            return buffer.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new RenderException("cannot render \"" + document.metadata().title() + "\" as PDF", e);
        }
    }

    private static List<HeadingEntry> plannedHeadings(Document document) {
        List<HeadingEntry> headings = new ArrayList<>();
        for (Section section : document.sections()) {
            headings.add(new HeadingEntry(Section.LEVEL, section.title(), 0));
            for (Block block : section.blocks()) {
                if (block instanceof Subheading subheading) {
                    headings.add(new HeadingEntry(Subheading.LEVEL, subheading.text(), 0));
                }
            }
        }
        return List.copyOf(headings);
    }

    /** Configures a {@link PdfRenderer}: {@code use*} methods choose strategies. */
    public static final class Builder {
        private FontSet fonts = FontSet.liberationSans();
        private Optional<Logo> logo = Optional.empty();

        private Builder() {}

        /** Draws the host's logo at the top of the first page. */
        public Builder useLogo(Logo value) {
            this.logo = Optional.of(Objects.requireNonNull(value, "logo"));
            return this;
        }

        /** Uses the given typeface instead of Liberation Sans. */
        public Builder useFonts(FontSet fontSet) {
            this.fonts = Objects.requireNonNull(fontSet, "fontSet");
            return this;
        }

        /** Returns the renderer. */
        public PdfRenderer build() {
            return new PdfRenderer(fonts, logo);
        }
    }
}
