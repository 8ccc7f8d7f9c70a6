package dev.maca.report.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.awt.Color;

/** The page geometry, colours and type sizes of every MACA PDF, in one place. */
final class Theme {

    static final Rectangle PAGE = PageSize.A4;
    static final float MARGIN_LEFT = 68f;
    static final float MARGIN_RIGHT = 68f;
    static final float CONTENT_TOP = PAGE.getHeight() - 86f;
    static final float CONTENT_BOTTOM = 80f;
    static final float CONTENT_LEFT = MARGIN_LEFT;
    static final float CONTENT_RIGHT = PAGE.getWidth() - MARGIN_RIGHT;

    /** Headings, rules, the table header fill and call-out bars: a dark teal (8.9:1 on white). */
    static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    /** Body text: a soft near-black (15:1 on white). */
    static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    /** Secondary text: captions, footers (6.3:1 on white). */
    static final Color MUTED = new Color(0x4A, 0x5A, 0x66);
    /** Light rules between table rows. */
    static final Color RULE = new Color(0xC5, 0xD1, 0xD9);
    /** Alternate table rows. */
    static final Color ZEBRA = new Color(0xF1, 0xF5, 0xF7);
    /** Call-out box fill. */
    static final Color TINT = new Color(0xE6, 0xF0, 0xF4);
    /** Text on the accent colour. */
    static final Color ON_ACCENT = Color.WHITE;

    static final float BODY_SIZE = 10.5f;
    static final float BODY_LEADING = 14.5f;
    static final float PARAGRAPH_SPACE = 7f;
    static final float TABLE_SIZE = 9.5f;
    static final float TABLE_LEADING = 12.5f;
    static final float SMALL_SIZE = 8.5f;

    /** The title of a document without a cover, e.g. a two-page brief: compact, to leave the room to the content. */
    static final float TITLE_SIZE = 20f;

    static final float TITLE_LEADING = 24f;
    static final float H2_SIZE = 16f;
    static final float H2_LEADING = 20f;
    static final float H3_SIZE = 12.5f;
    static final float H3_LEADING = 16f;

    private Theme() {}

    static float contentWidth() {
        return CONTENT_RIGHT - CONTENT_LEFT;
    }
}
