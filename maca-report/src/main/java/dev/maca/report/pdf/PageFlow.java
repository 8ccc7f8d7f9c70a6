package dev.maca.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.render.RenderException;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The cursor of a tagged document: where on which page the next block goes, the current column's
 * edges, page breaks, and marked content. Every piece of content is drawn either inside a structure
 * element's marked-content sequence or as an artifact, never loose.
 */
final class PageFlow {

    private static final float DESCENT = 0.3f;

    private final com.lowagie.text.Document pdf;
    private final PdfWriter writer;
    private final PdfContentByte cb;
    private final Deque<float[]> indents = new ArrayDeque<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private float y = Theme.CONTENT_TOP;
    private float left = Theme.CONTENT_LEFT;
    private float right = Theme.CONTENT_RIGHT;
    private int page = 1;

    PageFlow(com.lowagie.text.Document pdf, PdfWriter writer) {
        this.pdf = pdf;
        this.writer = writer;
        this.cb = writer.getDirectContent();
    }

    /** A tinted box behind content that may run over pages, drawn under the text when its extent is known. */
    private static final class Frame {
        final float left;
        final float right;
        final Color fill;
        final Color bar;
        float top;

        Frame(float left, float right, float top, Color fill, Color bar) {
            this.left = left;
            this.right = right;
            this.top = top;
            this.fill = fill;
            this.bar = bar;
        }
    }

    PdfWriter writer() {
        return writer;
    }

    PdfContentByte canvas() {
        return cb;
    }

    float y() {
        return y;
    }

    float left() {
        return left;
    }

    float right() {
        return right;
    }

    float width() {
        return right - left;
    }

    int page() {
        return page;
    }

    void moveDown(float amount) {
        y = Math.max(Theme.CONTENT_BOTTOM, y - amount);
    }

    void moveTo(float newY) {
        y = newY;
    }

    boolean atTopOfPage() {
        return y >= Theme.CONTENT_TOP - 0.01f;
    }

    float remaining() {
        return y - Theme.CONTENT_BOTTOM;
    }

    /** Starts a new page unless at least {@code height} points are left on this one. */
    void ensure(float height) {
        if (remaining() < height && !atTopOfPage()) {
            newPage();
        }
    }

    /** Closes the page (finishing any open frames on it) and moves to the top of the next. */
    void newPage() {
        for (Frame frame : frames) {
            paintFrame(frame, Theme.CONTENT_BOTTOM - 6f);
        }
        writer.setPageEmpty(false);
        pdf.newPage();
        page++;
        y = Theme.CONTENT_TOP;
        for (Frame frame : frames) {
            frame.top = Theme.CONTENT_TOP + 8f;
        }
    }

    void indent(float fromLeft, float fromRight) {
        indents.push(new float[] {left, right});
        left += fromLeft;
        right -= fromRight;
    }

    void outdent() {
        float[] previous = indents.pop();
        left = previous[0];
        right = previous[1];
    }

    /** Opens a tinted box with a bar on its left from here; {@link #closeFrame()} paints it. */
    void openFrame(Color fill, Color bar) {
        frames.push(new Frame(left, right, y, fill, bar));
    }

    void closeFrame() {
        paintFrame(frames.pop(), y);
    }

    private void paintFrame(Frame frame, float bottom) {
        PdfContentByte under = writer.getDirectContentUnder();
        under.beginMarkedContentSequence(Names.ARTIFACT, layoutArtifact(), true);
        under.saveState();
        under.setColorFill(frame.fill);
        under.rectangle(frame.left, bottom, frame.right - frame.left, frame.top - bottom);
        under.fill();
        under.setColorFill(frame.bar);
        under.rectangle(frame.left, bottom, 4f, frame.top - bottom);
        under.fill();
        under.restoreState();
        under.endMarkedContentSequence();
    }

    static PdfDictionary layoutArtifact() {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, Names.LAYOUT);
        return properties;
    }

    /** Draws as a layout artifact (rules, fills) with the graphics state restored afterwards. */
    void artifact(Runnable drawing) {
        cb.beginMarkedContentSequence(Names.ARTIFACT, layoutArtifact(), true);
        cb.saveState();
        drawing.run();
        cb.restoreState();
        cb.endMarkedContentSequence();
    }

    /** Draws inside the element's marked-content sequence. */
    void tagged(PdfStructureElement element, Runnable drawing) {
        cb.beginMarkedContentSequence(element);
        drawing.run();
        cb.endMarkedContentSequence();
    }

    /** A horizontal rule across the column, as an artifact. */
    void rule(float atY, float x0, float x1, Color colour, float width) {
        artifact(() -> {
            cb.setColorStroke(colour);
            cb.setLineWidth(width);
            cb.moveTo(x0, atY);
            cb.lineTo(x1, atY);
            cb.stroke();
        });
    }

    /**
     * Flows text into the column from the cursor, continuing on new pages as needed, all of it
     * marked as content of {@code element}. Callers make sure the first line fits.
     */
    void text(PdfStructureElement element, Phrase phrase, float leading, int alignment) {
        text(element, phrase, leading, alignment, Theme.CONTENT_BOTTOM);
    }

    /**
     * Flows left-aligned body text like {@link #text} but never leaves a single line of it on either side of a page
     * break: text of three lines or fewer is kept together, and longer text breaks with at least two lines on each page.
     */
    void textKeepingLines(PdfStructureElement element, Phrase phrase, float leading) {
        int lines = lines(phrase, width(), leading);
        int fit = linesThatFit(phrase, leading);
        if (lines <= fit) {
            text(element, phrase, leading, Element.ALIGN_LEFT);
        } else if (lines <= 3 || fit < 2) {
            if (!atTopOfPage()) {
                newPage();
            }
            text(element, phrase, leading, Element.ALIGN_LEFT);
        } else {
            int here = Math.min(fit, lines - 2);
            text(element, phrase, leading, Element.ALIGN_LEFT, y - here * leading - leading / 2);
        }
    }

    /** How many lines text takes in a column of the given width. */
    int lines(Phrase phrase, float width, float leading) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(phrase, 0, -100_000f, width, 0, leading, Element.ALIGN_LEFT);
        go(ct, true);
        return ct.getLinesWritten();
    }

    private int linesThatFit(Phrase phrase, float leading) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(phrase, left, Theme.CONTENT_BOTTOM, right, y, leading, Element.ALIGN_LEFT);
        go(ct, true);
        return ct.getLinesWritten();
    }

    /** Flows text from the cursor down to {@code firstBottom} on this page, then on whole new pages. */
    private void text(PdfStructureElement element, Phrase phrase, float leading, int alignment, float firstBottom) {
        ColumnText ct = new ColumnText(cb);
        ct.setText(phrase);
        ct.setLeading(leading);
        ct.setAlignment(alignment);
        float bottom = firstBottom;
        while (true) {
            if (y - bottom < leading) {
                newPage();
                bottom = Theme.CONTENT_BOTTOM;
            }
            ct.setSimpleColumn(left, bottom, right, y);
            cb.beginMarkedContentSequence(element);
            int status = go(ct, false);
            cb.endMarkedContentSequence();
            if (ct.getLinesWritten() > 0) {
                y = ct.getYLine() - leading * DESCENT;
            }
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
            bottom = Theme.CONTENT_BOTTOM;
        }
    }

    /** Writes text into a fixed box (a table cell), marked as {@code element} or as an artifact. */
    void textInBox(
            PdfStructureElement element, Phrase phrase, float leading, float x0, float x1, float top, float bottom) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(phrase, x0, bottom, x1, top, leading, Element.ALIGN_LEFT);
        if (element == null) {
            artifact(() -> go(ct, false));
        } else {
            tagged(element, () -> go(ct, false));
        }
    }

    /** The height text would take in a column of the given width. */
    float measure(Phrase phrase, float width, float leading) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(phrase, 0, -100_000f, width, 0, leading, Element.ALIGN_LEFT);
        go(ct, true);
        return -ct.getYLine() + leading * DESCENT;
    }

    private static int go(ColumnText ct, boolean simulate) {
        try {
            return ct.go(simulate);
        } catch (DocumentException e) {
            throw new RenderException("text could not be laid out", e);
        }
    }
}
