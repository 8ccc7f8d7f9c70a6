package dev.maca.report.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;

/** PDF names for tagging that OpenPDF does not define as constants. */
final class Names {

    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName PAGINATION = new PdfName("Pagination");
    static final PdfName LAYOUT = new PdfName("Layout");
    static final PdfName HEADER = new PdfName("Header");
    static final PdfName FOOTER = new PdfName("Footer");

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName DIV = new PdfName("Div");
    static final PdfName NONSTRUCT = new PdfName("NonStruct");
    static final PdfName P = new PdfName("P");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBL = new PdfName("Lbl");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName THEAD = new PdfName("THead");
    static final PdfName TBODY = new PdfName("TBody");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName CAPTION = new PdfName("Caption");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");

    static final PdfName LIST = new PdfName("List");
    static final PdfName LIST_NUMBERING = new PdfName("ListNumbering");
    static final PdfName SCOPE = new PdfName("Scope");
    static final PdfName COLUMN = new PdfName("Column");
    static final PdfName ROW = new PdfName("Row");
    static final PdfName PLACEMENT = new PdfName("Placement");
    static final PdfName BLOCK = new PdfName("Block");

    private Names() {}

    static PdfName heading(int level) {
        return new PdfName("H" + level);
    }

    /** A structure attribute dictionary of one owner holding one attribute. */
    static PdfDictionary attributes(PdfName owner, PdfName key, PdfObject value) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, owner);
        attributes.put(key, value);
        return attributes;
    }
}
