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

    private final DocumentFonts fonts;
    private final String title;
    private final String marking;
    private PdfTemplate total;
    private float totalWidth;
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
        if (total == null) {
            BaseFont regular = fonts.base(TextStyle.PLAIN);
            totalWidth = regular.getWidthPoint("9999", Theme.SMALL_SIZE);
            total = cb.createTemplate(totalWidth, Theme.SMALL_SIZE * 1.5f);
        }
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
        String pageText = "Page " + pages + " of ";
        float pageTextWidth = fonts.base(TextStyle.PLAIN).getWidthPoint(pageText, Theme.SMALL_SIZE);
        float pageX = Theme.CONTENT_RIGHT - totalWidth - pageTextWidth;
        String shortTitle = shorten(title, small, pageX - Theme.CONTENT_LEFT - 24f);
        ColumnText.showTextAligned(
                cb, Element.ALIGN_LEFT, new Phrase(shortTitle, small), Theme.CONTENT_LEFT, FOOTER_BASELINE, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pageText, small), pageX, FOOTER_BASELINE, 0);
        cb.addTemplate(total, Theme.CONTENT_RIGHT - totalWidth, FOOTER_BASELINE);
        ColumnText.showTextAligned(
                cb, Element.ALIGN_CENTER, new Phrase(marking, markingFont), centre, MARKING_BASELINE, 0);
        cb.restoreState();
        cb.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total == null) {
            return;
        }
        total.beginText();
        total.setFontAndSize(fonts.base(TextStyle.PLAIN), Theme.SMALL_SIZE);
        total.setColorFill(Theme.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(pages));
        total.endText();
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
