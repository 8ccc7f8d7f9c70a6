package dev.maca.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.document.Block;
import dev.maca.report.document.Callout;
import dev.maca.report.document.CoverPage;
import dev.maca.report.document.Document;
import dev.maca.report.document.Figure;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.ListItem;
import dev.maca.report.document.ListKind;
import dev.maca.report.document.PageBreak;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.document.Table;
import dev.maca.report.document.TableOfContents;
import dev.maca.report.document.TextRun;
import dev.maca.report.document.TextStyle;
import dev.maca.report.render.RenderException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a document's blocks in reading order and builds its structure tree as it goes: Document,
 * Sect, H1–H3, P, L/LI/Lbl/LBody, Table/THead/TBody/TR/TH/TD, Figure, Caption, TOC/TOCI.
 */
final class BlockPainter {

    private static final float LIST_INDENT = 18f;
    /** A call-out's indent from the column's left edge, past its bar. */
    private static final float CALLOUT_LEFT = 18f;
    /** A call-out's indent from the column's right edge. */
    private static final float CALLOUT_RIGHT = 14f;

    private final PageFlow flow;
    private final DocumentFonts fonts;
    private final Optional<Logo> logo;
    private final ChartPainter charts;
    private final TablePainter tables;
    private final List<HeadingEntry> knownHeadings;
    private final List<HeadingEntry> headings = new ArrayList<>();
    /** The structure element of each heading in {@link #headings}, at the same index. */
    private final List<PdfStructureElement> headingElements = new ArrayList<>();

    private final List<ContentsNumber> contentsNumbers = new ArrayList<>();
    private int contentsStart;
    private PdfOutline sectionOutline;

    /** The width kept for a page number in the contents: room for four digits. */
    private static final float CONTENTS_NUMBER_WIDTH = 36f;

    /** Room below a contents number's baseline inside its template, for descenders. */
    private static final float CONTENTS_NUMBER_DESCENT = 4f;

    /**
     * A page number of the contents, drawn once the page of its section is known, and the contents item that then
     * refers to the section's heading.
     */
    private record ContentsNumber(PdfTemplate template, Font font, PdfStructureElement item) {}

    BlockPainter(PageFlow flow, DocumentFonts fonts, Optional<Logo> logo, List<HeadingEntry> knownHeadings) {
        this.flow = flow;
        this.logo = logo;
        this.fonts = fonts;
        this.charts = new ChartPainter(fonts);
        this.tables = new TablePainter(flow, fonts);
        this.knownHeadings = knownHeadings;
    }

    void paint(Document document) {
        PdfStructureElement root = new PdfStructureElement(flow.writer().getStructureTreeRoot(), Names.DOCUMENT);
        Pdf20Structure.declareNamespace(flow.writer(), root);
        logo.ifPresent(l -> logo(root, l));
        document.cover().ifPresentOrElse(cover -> cover(root, document, cover), () -> titleBlock(root, document));
        for (Section section : document.sections()) {
            section(root, section);
        }
        fillContentsNumbers();
    }

    // ---- title, cover, sections, headings ---------------------------------------------------

    private void logo(PdfStructureElement root, Logo logo) {
        Image image = logo.image();
        image.scaleToFit(170f, 46f);
        float width = image.getScaledWidth();
        float height = image.getScaledHeight();
        float x = flow.right() - width;
        float y = flow.y() - height;
        PdfStructureElement figure = new PdfStructureElement(root, Names.FIGURE);
        figure.put(PdfName.ALT, new PdfString(logo.altText(), PdfObject.TEXT_UNICODE));
        PdfDictionary layout =
                Names.attributes(Names.LAYOUT, PdfName.BBOX, new PdfArray(new float[] {x, y, x + width, y + height}));
        layout.put(Names.PLACEMENT, Names.BLOCK);
        figure.put(PdfName.A, layout);
        flow.tagged(figure, () -> {
            try {
                flow.canvas().addImage(image, width, 0, 0, height, x, y);
            } catch (DocumentException e) {
                throw new RenderException("the logo cannot be drawn", e);
            }
        });
        flow.moveDown(height + 14f);
    }

    private void titleBlock(PdfStructureElement root, Document document) {
        PdfStructureElement h1 = new PdfStructureElement(root, Names.heading(1));
        Phrase title =
                new Phrase(document.metadata().title(), fonts.font(TextStyle.BOLD, Theme.TITLE_SIZE, Theme.ACCENT));
        flow.text(h1, title, Theme.TITLE_LEADING, Element.ALIGN_LEFT);
        document.metadata().subject().ifPresent(subject -> {
            flow.moveDown(1f);
            flow.text(
                    new PdfStructureElement(root, Names.P),
                    new Phrase(subject, fonts.font(TextStyle.PLAIN, 11.5f, Theme.MUTED)),
                    15f,
                    Element.ALIGN_LEFT);
        });
        document.metadata().author().ifPresent(author -> {
            flow.moveDown(1f);
            flow.text(
                    new PdfStructureElement(root, Names.P),
                    new Phrase(author, fonts.font(TextStyle.BOLD, Theme.BODY_SIZE, Theme.TEXT)),
                    Theme.BODY_LEADING,
                    Element.ALIGN_LEFT);
        });
        flow.moveDown(6f);
        flow.rule(flow.y(), flow.left(), flow.left() + 72f, Theme.ACCENT, 3f);
        flow.moveDown(4f);
    }

    private void cover(PdfStructureElement root, Document document, CoverPage cover) {
        float top = Theme.CONTENT_TOP;
        PdfContentByte cb = flow.canvas();
        flow.artifact(() -> {
            cb.setColorFill(Theme.ACCENT);
            cb.rectangle(0, Theme.CONTENT_BOTTOM + 40f, 14f, top - Theme.CONTENT_BOTTOM - 40f);
            cb.fill();
        });
        cover.partnership().ifPresent(partnership -> {
            flow.moveDown(10f);
            flow.text(
                    new PdfStructureElement(root, Names.P),
                    new Phrase(partnership, fonts.font(TextStyle.BOLD, 13f, Theme.ACCENT)),
                    17f,
                    Element.ALIGN_LEFT);
        });
        flow.moveTo(Theme.PAGE.getHeight() * 0.64f);
        flow.rule(flow.y() + 18f, flow.left(), flow.left() + 96f, Theme.ACCENT, 4f);
        flow.text(
                new PdfStructureElement(root, Names.heading(1)),
                new Phrase(document.metadata().title(), fonts.font(TextStyle.BOLD, 30f, Theme.ACCENT)),
                36f,
                Element.ALIGN_LEFT);
        cover.subtitle().ifPresent(subtitle -> {
            flow.moveDown(8f);
            flow.text(
                    new PdfStructureElement(root, Names.P),
                    new Phrase(subtitle, fonts.font(TextStyle.PLAIN, 16f, Theme.TEXT)),
                    21f,
                    Element.ALIGN_LEFT);
        });
        flow.moveTo(Theme.CONTENT_BOTTOM + 120f);
        Font line = fonts.font(TextStyle.PLAIN, 11.5f, Theme.TEXT);
        cover.status()
                .ifPresent(status -> flow.text(
                        new PdfStructureElement(root, Names.P), new Phrase(status, line), 16f, Element.ALIGN_LEFT));
        cover.date()
                .ifPresent(date -> flow.text(
                        new PdfStructureElement(root, Names.P), new Phrase(date, line), 16f, Element.ALIGN_LEFT));
        flow.text(
                new PdfStructureElement(root, Names.P),
                new Phrase(
                        "Protective marking: " + document.metadata().marking().label(),
                        fonts.font(TextStyle.BOLD, 11.5f, Theme.TEXT)),
                16f,
                Element.ALIGN_LEFT);
        flow.newPage();
    }

    private void section(PdfStructureElement root, Section section) {
        PdfStructureElement sect = new PdfStructureElement(root, Names.SECT);
        List<Block> blocks = section.blocks();
        heading(sect, Section.LEVEL, section.title(), keepWith(blocks, 0));
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Subheading subheading) {
                heading(sect, Subheading.LEVEL, subheading.text(), keepWith(blocks, i + 1));
            } else if (blocks.get(i) instanceof Paragraph paragraph && paragraph.keepWithNext()) {
                paragraph(sect, paragraph, keepWith(blocks, i + 1));
            } else {
                block(sect, blocks.get(i));
            }
        }
    }

    /**
     * Draws a heading, on a new page unless it fits here together with {@code keepWith} points of what follows it, so
     * that a heading is never the last thing on a page.
     */
    private void heading(PdfStructureElement parent, int level, String text, float keepWith) {
        boolean section = level == Section.LEVEL;
        Phrase phrase = headingPhrase(level, text);
        float leading = section ? Theme.H2_LEADING : Theme.H3_LEADING;
        if (!flow.atTopOfPage()) {
            flow.moveDown(section ? 14f : 8f);
        }
        float height = flow.measure(phrase, flow.width(), leading);
        flow.ensure(height + (section ? 12f : 4f) + keepWith);
        float top = flow.y();
        PdfStructureElement element = new PdfStructureElement(parent, Names.heading(level));
        flow.text(element, phrase, leading, Element.ALIGN_LEFT);
        outline(level, text, top, element);
        headings.add(new HeadingEntry(level, text, flow.page()));
        headingElements.add(element);
        if (section) {
            flow.moveDown(3f);
            flow.rule(flow.y(), flow.left(), flow.right(), Theme.RULE, 0.8f);
            flow.moveDown(9f);
        } else {
            flow.moveDown(4f);
        }
    }

    private Phrase headingPhrase(int level, String text) {
        boolean section = level == Section.LEVEL;
        return new Phrase(text, fonts.font(TextStyle.BOLD, section ? Theme.H2_SIZE : Theme.H3_SIZE, Theme.ACCENT));
    }

    /**
     * How much of the blocks from {@code index} on must share a page with the heading before them: the next heading
     * and what it keeps, the first lines of a paragraph or list item (with what a short paragraph keeps with it), a
     * table's caption, header and first row, a whole chart, or a call-out's title and two lines.
     */
    private float keepWith(List<Block> blocks, int index) {
        if (index >= blocks.size()) {
            return 0;
        }
        Block next = blocks.get(index);
        if (next instanceof Subheading subheading) {
            return 8f
                    + flow.measure(headingPhrase(Subheading.LEVEL, subheading.text()), flow.width(), Theme.H3_LEADING)
                    + 4f
                    + keepWith(blocks, index + 1);
        } else if (next instanceof Paragraph paragraph) {
            Phrase phrase = phrase(paragraph, Theme.BODY_SIZE, Theme.TEXT);
            float first = firstLines(phrase, flow.width());
            boolean kept = paragraph.keepWithNext() && flow.lines(phrase, flow.width(), Theme.BODY_LEADING) <= 3;
            // a short paragraph kept with what follows moves with it, so the heading must keep that too
            return kept
                    ? flow.measure(phrase, flow.width(), Theme.BODY_LEADING)
                            + Theme.PARAGRAPH_SPACE
                            + keepWith(blocks, index + 1)
                    : first;
        } else if (next instanceof ListBlock list) {
            return list.items().isEmpty() ? 0 : itemStart(list.items().get(0));
        } else if (next instanceof Table table) {
            return tables.start(table);
        } else if (next instanceof Figure figure) {
            return figureStart(figure);
        } else if (next instanceof Callout callout) {
            return calloutStart(callout);
        } else if (next instanceof TableOfContents) {
            return Theme.BODY_LEADING + 4f;
        }
        return 0;
    }

    /**
     * The height of body text that must start on the page it starts on: all of it when it is three lines or fewer,
     * else its first two lines.
     */
    private float firstLines(Phrase phrase, float width) {
        int lines = flow.lines(phrase, width, Theme.BODY_LEADING);
        return (lines <= 3 ? lines : 2) * Theme.BODY_LEADING;
    }

    /** A bookmark to the heading: to its place on the page, and to its structure element (PDF/UA-2, 8.8). */
    private void outline(int level, String text, float top, PdfStructureElement heading) {
        PdfOutline parent =
                level == Section.LEVEL || sectionOutline == null ? flow.writer().getRootOutline() : sectionOutline;
        PdfWriter writer = flow.writer();
        PdfOutline outline = new PdfOutline(
                parent,
                Pdf20Structure.goTo(writer, writer.getCurrentPageNumber(), heading, flow.left(), top),
                text,
                true);
        if (level == Section.LEVEL) {
            sectionOutline = outline;
        }
    }

    // ---- blocks ------------------------------------------------------------------------------

    private void block(PdfStructureElement parent, Block block) {
        if (block instanceof Subheading subheading) {
            heading(parent, Subheading.LEVEL, subheading.text(), 2 * Theme.BODY_LEADING);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(parent, paragraph);
        } else if (block instanceof ListBlock list) {
            list(parent, list, 0);
            flow.moveDown(Theme.PARAGRAPH_SPACE - 3f);
        } else if (block instanceof Table table) {
            tables.paint(parent, table);
        } else if (block instanceof Figure figure) {
            figure(parent, figure);
        } else if (block instanceof Callout callout) {
            callout(parent, callout);
        } else if (block instanceof PageBreak) {
            if (!flow.atTopOfPage()) {
                flow.newPage();
            }
        } else if (block instanceof TableOfContents) {
            contents(parent);
        } else {
            throw new IllegalArgumentException(
                    "unsupported block: " + block.getClass().getSimpleName());
        }
    }

    private Phrase phrase(Paragraph paragraph, float size, Color colour) {
        Phrase phrase = new Phrase();
        for (TextRun run : paragraph.runs()) {
            phrase.add(new Chunk(run.text(), fonts.font(run.style(), size, colour)));
        }
        return phrase;
    }

    private void paragraph(PdfStructureElement parent, Paragraph paragraph) {
        paragraph(parent, paragraph, 0);
    }

    /**
     * Draws a paragraph, on a new page unless its first lines fit here; a paragraph of up to three lines (never split)
     * also needs {@code keepWith} points of what follows it to fit, so that it does not end the page.
     */
    private void paragraph(PdfStructureElement parent, Paragraph paragraph, float keepWith) {
        Phrase phrase = phrase(paragraph, Theme.BODY_SIZE, Theme.TEXT);
        int lines = flow.lines(phrase, flow.width(), Theme.BODY_LEADING);
        flow.ensure(
                lines <= 3 && keepWith > 0
                        ? flow.measure(phrase, flow.width(), Theme.BODY_LEADING) + Theme.PARAGRAPH_SPACE + keepWith
                        : firstLines(phrase, flow.width()));
        flow.textKeepingLines(new PdfStructureElement(parent, Names.P), phrase, Theme.BODY_LEADING);
        flow.moveDown(Theme.PARAGRAPH_SPACE);
    }

    // ---- lists -------------------------------------------------------------------------------

    private void list(PdfStructureElement parent, ListBlock list, int depth) {
        PdfStructureElement l = new PdfStructureElement(parent, Names.L);
        l.put(PdfName.A, Names.attributes(Names.LIST, Names.LIST_NUMBERING, numbering(list.kind(), depth)));
        List<ListItem> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            ListItem item = items.get(i);
            PdfStructureElement li = new PdfStructureElement(l, Names.LI);
            PdfStructureElement lbl = new PdfStructureElement(li, Names.LBL);
            PdfStructureElement body = new PdfStructureElement(li, Names.LBODY);
            flow.ensure(itemStart(item));
            String label = label(list.kind(), depth, i);
            float baseline = flow.y() - Theme.BODY_LEADING;
            float labelRight = flow.left() + LIST_INDENT - 6f;
            flow.tagged(
                    lbl,
                    () -> ColumnText.showTextAligned(
                            flow.canvas(),
                            Element.ALIGN_RIGHT,
                            new Phrase(label, labelFont(list.kind())),
                            labelRight,
                            baseline,
                            0));
            flow.indent(LIST_INDENT, 0);
            flow.textKeepingLines(
                    new PdfStructureElement(body, Names.P),
                    phrase(item.text(), Theme.BODY_SIZE, Theme.TEXT),
                    Theme.BODY_LEADING);
            flow.moveDown(3f);
            item.sublist().ifPresent(sub -> list(body, sub, depth + 1));
            flow.outdent();
        }
    }

    /** What of a list item must start on the page its label is on: its first lines, and a line of its sublist. */
    private float itemStart(ListItem item) {
        float text = firstLines(phrase(item.text(), Theme.BODY_SIZE, Theme.TEXT), flow.width() - LIST_INDENT);
        return item.sublist().isPresent() ? text + Theme.BODY_LEADING : text;
    }

    private Font labelFont(ListKind kind) {
        return kind == ListKind.BULLETED
                ? fonts.font(TextStyle.BOLD, Theme.BODY_SIZE, Theme.ACCENT)
                : fonts.font(TextStyle.PLAIN, Theme.BODY_SIZE, Theme.TEXT);
    }

    private static PdfName numbering(ListKind kind, int depth) {
        if (kind == ListKind.BULLETED) {
            return new PdfName(depth == 0 ? "Disc" : depth == 1 ? "Circle" : "Square");
        }
        return new PdfName(depth == 0 ? "Decimal" : depth == 1 ? "LowerAlpha" : "LowerRoman");
    }

    private static String label(ListKind kind, int depth, int index) {
        if (kind == ListKind.BULLETED) {
            return depth == 0 ? "•" : depth == 1 ? "–" : "▪";
        }
        return switch (depth) {
            case 0 -> (index + 1) + ".";
            case 1 -> (char) ('a' + index % 26) + ".";
            default -> roman(index + 1) + ".";
        };
    }

    private static String roman(int n) {
        String[] numerals = {"x", "ix", "v", "iv", "i"};
        int[] values = {10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    // ---- figures -----------------------------------------------------------------------------

    private float chartHeight() {
        return Math.min(flow.width() * 0.5f, Theme.CONTENT_TOP - Theme.CONTENT_BOTTOM - 80f);
    }

    private Optional<Phrase> figureCaption(Figure figure) {
        return figure.caption().map(text -> new Phrase(text, fonts.font(TextStyle.BOLD, Theme.TABLE_SIZE, Theme.TEXT)));
    }

    /** The height of a whole chart with its caption, which never splits over a page. */
    private float figureStart(Figure figure) {
        float captionHeight = figureCaption(figure)
                .map(c -> flow.measure(c, flow.width(), Theme.TABLE_LEADING) + 4f)
                .orElse(0f);
        return 4f + chartHeight() + captionHeight + 8f;
    }

    private void figure(PdfStructureElement parent, Figure figure) {
        float width = flow.width();
        float height = chartHeight();
        Phrase caption = figureCaption(figure).orElse(null);
        flow.moveDown(4f);
        flow.ensure(figureStart(figure) - 4f);

        // Figure > (NonStruct holding the drawing, Caption): the caption is the Figure's last child, as PDF/UA-2 asks
        // (8.2.5.27), and OpenPDF lets an element hold marked content or child elements, not both.
        PdfStructureElement element = new PdfStructureElement(parent, Names.FIGURE);
        element.put(PdfName.ALT, new PdfString(figure.altText(), PdfObject.TEXT_UNICODE));
        PdfStructureElement drawing = new PdfStructureElement(element, Names.NONSTRUCT);
        float x = flow.left();
        float bottom = flow.y() - height;
        PdfArray bbox = new PdfArray(new float[] {x, bottom, x + width, flow.y()});
        PdfDictionary layout = Names.attributes(Names.LAYOUT, PdfName.BBOX, bbox);
        layout.put(Names.PLACEMENT, Names.BLOCK);
        element.put(PdfName.A, layout);

        PdfTemplate template = flow.canvas().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, charts.fontMapper());
        try {
            charts.draw(figure.chart(), g, width, height);
        } finally {
            g.dispose();
        }
        flow.tagged(drawing, () -> flow.canvas().addTemplate(template, x, bottom));
        flow.moveTo(bottom);
        if (caption != null) {
            flow.moveDown(4f);
            flow.text(
                    new PdfStructureElement(element, Names.CAPTION), caption, Theme.TABLE_LEADING, Element.ALIGN_LEFT);
        }
        flow.moveDown(Theme.PARAGRAPH_SPACE + 4f);
        if (figure.showDataTable()) {
            tables.paint(parent, figure.dataTable());
        }
    }

    // ---- call-outs ---------------------------------------------------------------------------

    private Phrase calloutTitle(Callout callout) {
        return new Phrase(callout.title(), fonts.font(TextStyle.BOLD, 11.5f, Theme.ACCENT));
    }

    /**
     * The height a call-out needs on the page it starts on: all of it, since a call-out keeps together, unless it is
     * taller than a page, when its title and two lines.
     */
    private float calloutStart(Callout callout) {
        float width = flow.width() - CALLOUT_LEFT - CALLOUT_RIGHT;
        float titleHeight = flow.measure(calloutTitle(callout), width, 16f);
        float whole = 4f + 10f + titleHeight + 4f + calloutContentHeight(callout, width) + 10f;
        if (callout.keepTogether() && whole <= Theme.CONTENT_TOP - Theme.CONTENT_BOTTOM) {
            return whole;
        }
        return 4f + 12f + titleHeight + 2 * Theme.BODY_LEADING + 12f;
    }

    /** The height of a call-out's paragraphs and lists as {@link #callout} draws them in a column of the width. */
    private float calloutContentHeight(Callout callout, float width) {
        float height = 0;
        List<Block> content = callout.content();
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (block instanceof ListBlock list) {
                height += listHeight(list, width);
            } else {
                Phrase phrase = phrase((Paragraph) block, Theme.BODY_SIZE, Theme.TEXT);
                height += flow.measure(phrase, width, Theme.BODY_LEADING) + Theme.PARAGRAPH_SPACE;
            }
            if (i == content.size() - 1) {
                height -= block instanceof ListBlock ? 3f : Theme.PARAGRAPH_SPACE;
            }
        }
        return height;
    }

    /** The height of a list as {@link #list} draws it in a column of the width. */
    private float listHeight(ListBlock list, float width) {
        float height = 0;
        for (ListItem item : list.items()) {
            height += flow.measure(
                            phrase(item.text(), Theme.BODY_SIZE, Theme.TEXT), width - LIST_INDENT, Theme.BODY_LEADING)
                    + 3f;
            if (item.sublist().isPresent()) {
                height += listHeight(item.sublist().get(), width - LIST_INDENT);
            }
        }
        return height;
    }

    private void callout(PdfStructureElement parent, Callout callout) {
        Phrase title = calloutTitle(callout);
        flow.moveDown(4f);
        flow.ensure(calloutStart(callout) - 4f);
        PdfStructureElement box = new PdfStructureElement(parent, Names.DIV);
        flow.openFrame(Theme.TINT, Theme.ACCENT);
        flow.moveDown(10f);
        flow.indent(CALLOUT_LEFT, CALLOUT_RIGHT);
        flow.text(new PdfStructureElement(box, Names.P), title, 16f, Element.ALIGN_LEFT);
        flow.moveDown(4f);
        List<Block> content = callout.content();
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (block instanceof ListBlock list) {
                list(box, list, 0);
            } else {
                paragraph(box, (Paragraph) block);
            }
            if (i == content.size() - 1) {
                flow.moveTo(Math.min(
                        Theme.CONTENT_TOP, flow.y() + (block instanceof ListBlock ? 3f : Theme.PARAGRAPH_SPACE)));
            }
        }
        flow.moveDown(10f);
        flow.outdent();
        flow.closeFrame();
        flow.moveDown(Theme.PARAGRAPH_SPACE + 6f);
    }

    // ---- contents ----------------------------------------------------------------------------

    private void contents(PdfStructureElement parent) {
        int start = headings.size();
        contentsStart = start;
        PdfStructureElement toc = new PdfStructureElement(parent, Names.TOC);
        // Sections only: subheadings stay in the bookmarks, so the contents fit on a page. Their pages are not known
        // yet: each number is a template, drawn when the document is complete, so one pass lays the document out.
        List<HeadingEntry> entries = knownHeadings.size() > start
                ? knownHeadings.subList(start, knownHeadings.size()).stream()
                        .filter(entry -> entry.level() == Section.LEVEL)
                        .toList()
                : List.of();
        Font font = fonts.font(TextStyle.BOLD, Theme.BODY_SIZE, Theme.TEXT);
        for (HeadingEntry entry : entries) {
            flow.moveDown(4f);
            flow.ensure(Theme.BODY_LEADING + 4f);
            // TOCI > P: a contents item holds no content itself (PDF/UA-2, Table 5); its Ref is set once the section's
            // heading exists.
            PdfStructureElement item = new PdfStructureElement(toc, Names.TOCI);
            PdfStructureElement line = new PdfStructureElement(item, Names.P);
            float baseline = flow.y() - Theme.BODY_LEADING;
            float numberX = flow.right();
            flow.indent(0, 36f);
            flow.text(line, new Phrase(entry.text(), font), Theme.BODY_LEADING, Element.ALIGN_LEFT);
            PdfTemplate number = flow.canvas().createTemplate(CONTENTS_NUMBER_WIDTH, Theme.BODY_LEADING);
            contentsNumbers.add(new ContentsNumber(number, font, item));
            flow.tagged(line, () -> flow.canvas()
                    .addTemplate(number, numberX - CONTENTS_NUMBER_WIDTH, baseline - CONTENTS_NUMBER_DESCENT));
            flow.outdent();
            flow.rule(flow.y() - 1f, flow.left(), flow.right(), Theme.RULE, 0.4f);
            flow.moveDown(3f);
        }
        flow.moveDown(Theme.PARAGRAPH_SPACE);
    }

    /** Draws each contents number now that every section's page is known, and ties its item to the heading. */
    private void fillContentsNumbers() {
        if (contentsNumbers.isEmpty()) {
            return;
        }
        List<HeadingEntry> sections = new ArrayList<>();
        List<PdfStructureElement> sectionElements = new ArrayList<>();
        for (int h = contentsStart; h < headings.size(); h++) {
            if (headings.get(h).level() == Section.LEVEL) {
                sections.add(headings.get(h));
                sectionElements.add(headingElements.get(h));
            }
        }
        for (int i = 0; i < contentsNumbers.size() && i < sections.size(); i++) {
            ContentsNumber number = contentsNumbers.get(i);
            Pdf20Structure.refer(number.item(), sectionElements.get(i));
            ColumnText.showTextAligned(
                    number.template(),
                    Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(sections.get(i).page()), number.font()),
                    CONTENTS_NUMBER_WIDTH,
                    CONTENTS_NUMBER_DESCENT,
                    0);
        }
    }
}
