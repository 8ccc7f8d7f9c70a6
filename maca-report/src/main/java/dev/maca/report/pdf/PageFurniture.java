package dev.maca.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.document.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the running header and footer of every page as pagination artifacts: the protective
 * marking at the top and bottom, the document title, and "Page X of Y".
 */
final class PageFurniture extends PdfPageEventHelper {

    private static final float HEADER_BASELINE = Theme.PAGE.getHeight() - 40f;
    private static final float HEADER_RULE = Theme.PAGE.getHeight() - 52f;
    private static final float FOOTER_RULE = 58f;
    private static final float FOOTER_BASELINE = 44f;
    private static final float MARKING_BASELINE = 28f;
    private static final float PAGE_NUMBER_WIDTH = 90f;

    private final DocumentFonts fonts;
    private final String title;
    private final String marking;
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private int pages;

    PageFurniture(DocumentFonts fonts, String title, String marking) {
        this.fonts = fonts;
        this.title = title;
        this.marking = marking;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte cb = writer.getDirectContent();
        Font markingFont = fonts.font(TextStyle.BOLD, 9f, Theme.TEXT);
        Font small = fonts.font(TextStyle.PLAIN, Theme.SMALL_SIZE, Theme.MUTED);
        float centre = Theme.PAGE.getWidth() / 2;

        cb.beginMarkedContentSequence(Names.ARTIFACT, pagination(Names.HEADER), true);
        cb.saveState();
        ColumnText.showTextAligned(
                cb, Element.ALIGN_CENTER, new Phrase(marking, markingFont), centre, HEADER_BASELINE, 0);
        rule(cb, HEADER_RULE);
        cb.restoreState();
        cb.endMarkedContentSequence();

        cb.beginMarkedContentSequence(Names.ARTIFACT, pagination(Names.FOOTER), true);
        cb.saveState();
        rule(cb, FOOTER_RULE);
        // "Page X of Y" is a template per page, filled in once the page count is known.
        PdfTemplate pageNumber = cb.createTemplate(PAGE_NUMBER_WIDTH, Theme.SMALL_SIZE * 1.5f);
        pageNumbers.add(pageNumber);
        cb.addTemplate(pageNumber, Theme.CONTENT_RIGHT - PAGE_NUMBER_WIDTH, FOOTER_BASELINE - Theme.SMALL_SIZE * 0.3f);
        String shortTitle = shorten(title, small, Theme.contentWidth() - PAGE_NUMBER_WIDTH - 16f);
        ColumnText.showTextAligned(
                cb, Element.ALIGN_LEFT, new Phrase(shortTitle, small), Theme.CONTENT_LEFT, FOOTER_BASELINE, 0);
        ColumnText.showTextAligned(
                cb, Element.ALIGN_CENTER, new Phrase(marking, markingFont), centre, MARKING_BASELINE, 0);
        cb.restoreState();
        cb.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        BaseFont font = fonts.base(TextStyle.PLAIN);
        for (int i = 0; i < pageNumbers.size(); i++) {
            String text = "Page " + (i + 1) + " of " + pages;
            PdfTemplate template = pageNumbers.get(i);
            template.beginText();
            template.setFontAndSize(font, Theme.SMALL_SIZE);
            template.setColorFill(Theme.MUTED);
            template.setTextMatrix(
                    PAGE_NUMBER_WIDTH - font.getWidthPoint(text, Theme.SMALL_SIZE), Theme.SMALL_SIZE * 0.3f);
            template.showText(text);
            template.endText();
        }
    }

    int pages() {
        return pages;
    }

    private static PdfDictionary pagination(PdfName subtype) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, Names.PAGINATION);
        properties.put(PdfName.SUBTYPE, subtype);
        return properties;
    }

    private static void rule(PdfContentByte cb, float y) {
        cb.setColorStroke(Theme.RULE);
        cb.setLineWidth(0.6f);
        cb.moveTo(Theme.CONTENT_LEFT, y);
        cb.lineTo(Theme.CONTENT_RIGHT, y);
        cb.stroke();
    }

    private static String shorten(String text, Font font, float width) {
        BaseFont base = font.getBaseFont();
        if (base.getWidthPoint(text, font.getSize()) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && base.getWidthPoint(cut + "…", font.getSize()) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
