package dev.maca.report.forms;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * An A4 PDF/UA-1 and PDF/A-2a form under construction: text flows down the pages inside marked content tied to a
 * structure tree, and every field sits in its own {@code Form} structure element, so the tab order (structure order)
 * is the reading order.
 *
 * <p>Not thread-safe: one instance builds one document on one thread.
 */
final class TaggedForm implements Closeable {
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 50;
    static final float TOP = PAGE_HEIGHT - 58;
    static final float BOTTOM = 58;
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final Rgb INK = new Rgb(0.11f, 0.11f, 0.11f);
    static final Rgb MUTED = new Rgb(0.30f, 0.30f, 0.30f);
    static final Rgb ACCENT = new Rgb(0.05f, 0.25f, 0.45f);
    static final Rgb RULE = new Rgb(0.55f, 0.60f, 0.66f);
    static final Rgb FIELD_BORDER = new Rgb(0.35f, 0.38f, 0.42f);
    static final Rgb FIELD_FILL = new Rgb(0.95f, 0.97f, 1.0f);
    static final Rgb READ_ONLY_FILL = new Rgb(0.93f, 0.93f, 0.93f);

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDAcroForm form;
    /** The name of the field font in the form's default resources. */
    private static final COSName FIELD_FONT = COSName.getPDFName("F1");

    private final PDStructureElement root;
    private final Map<Integer, COSObjectable> parentTree = new TreeMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private int nextParentKey;

    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageMarks;
    private int nextMcid;
    private float y;

    TaggedForm(String title, String language) throws IOException {
        document.setVersion(1.7f);
        // The regular face is embedded whole: it is the form font, so any value typed later has its glyphs.
        regular = EmbeddedFieldFont.copyInto(document);
        bold = PDType0Font.load(document, FormFonts.bold(), true);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        document.setDocumentInformation(info);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(ArchivalXmp.of(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(
                document,
                new ByteArrayInputStream(
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        root = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(root);
        declarePdf20Namespace(treeRoot, root);

        form = new PDAcroForm(document);
        form.setDefaultResources(fieldResources());
        form.setDefaultAppearance(appearance(9));
        catalog.setAcroForm(form);
        newPage();
    }

    /**
     * Puts the Document element in the PDF 2.0 namespace, as PDF/UA-2 asks (8.2.5.2); PDF 1.7 readers, PDF/UA-1 and
     * PDF/A-2 ignore it.
     */
    private static void declarePdf20Namespace(PDStructureTreeRoot treeRoot, PDStructureElement document) {
        COSDictionary namespace = new COSDictionary();
        namespace.setItem(COSName.TYPE, COSName.getPDFName("Namespace"));
        namespace.setString(COSName.getPDFName("NS"), "http://iso.org/pdf2/ssn");
        namespace.setDirect(false);
        COSArray namespaces = new COSArray();
        namespaces.add(namespace);
        treeRoot.getCOSObject().setItem(COSName.getPDFName("Namespaces"), namespaces);
        document.getCOSObject().setItem(COSName.getPDFName("NS"), namespace);
    }

    /**
     * The form's default resources, naming the regular face as the field font through an indirect reference that the
     * document's resource cache already holds: PDFBox then uses this very font for every field's appearance instead of
     * parsing the embedded font file again, which had made generating appearances the slowest step of a form.
     */
    private PDResources fieldResources() {
        COSObject reference = new COSObject(regular.getCOSObject());
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(FIELD_FONT, reference);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.FONT, fonts);
        document.getResourceCache().put(reference, regular);
        return new PDResources(dictionary, document.getResourceCache());
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /** The space left on the current page. */
    float remaining() {
        return y - BOTTOM;
    }

    /** Starts a new page unless {@code height} still fits on this one (or nothing could fit better). */
    void keep(float height) throws IOException {
        if (height > remaining() && y < TOP) {
            newPage();
        }
    }

    /** Moves the cursor down. */
    void skip(float height) {
        y = Math.max(BOTTOM, y - height);
    }

    /** Text in one structure element of {@code type} (P, H1, H2, H3), wrapped, continuing on a new page if needed. */
    void text(String type, String text, TextStyle style, float indent) throws IOException {
        List<String> lines = style.wrap(text, CONTENT_WIDTH - indent);
        int first = 0;
        while (first < lines.size()) {
            keep(style.leading());
            int fitting = Math.max(1, (int) Math.floor(remaining() / style.leading()));
            int last = Math.min(lines.size(), first + fitting);
            PDStructureElement element = element(type);
            beginTagged(element, type);
            content.beginText();
            content.setFont(style.font(), style.size());
            style.colour().fill(content);
            content.newLineAtOffset(MARGIN + indent, y - style.ascent());
            for (int i = first; i < last; i++) {
                if (i > first) {
                    content.newLineAtOffset(0, -style.leading());
                }
                content.showText(lines.get(i));
            }
            content.endText();
            content.endMarkedContent();
            y -= style.leading() * (last - first);
            first = last;
            if (first < lines.size()) {
                newPage();
            }
        }
    }

    /** A short label at a given place on the current line, tagged as a paragraph; does not move the cursor. */
    void label(String text, TextStyle style, float x, float top) throws IOException {
        PDStructureElement element = element("P");
        beginTagged(element, "P");
        content.beginText();
        content.setFont(style.font(), style.size());
        style.colour().fill(content);
        content.newLineAtOffset(x, top - style.ascent());
        content.showText(style.fit(text, PAGE_WIDTH - MARGIN - x));
        content.endText();
        content.endMarkedContent();
    }

    /** A decorative rectangle or rule, outside the structure tree. */
    void box(float x, float top, float width, float height, Rgb fill, Rgb stroke) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        if (fill != null) {
            fill.fill(content);
            content.addRect(x, top - height, width, height);
            content.fill();
        }
        if (stroke != null) {
            content.setLineWidth(0.75f);
            stroke.stroke(content);
            content.addRect(x, top - height, width, height);
            content.stroke();
        }
        content.endMarkedContent();
    }

    /** The cursor's height on the page. */
    float y() {
        return y;
    }

    /** A single-line or multi-line text field at a place on the current page. */
    PDTextField textField(
            String name, String accessibleName, float x, float top, float width, float height, boolean multiline)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setMultiline(multiline);
        if (multiline) {
            field.setDoNotSpellCheck(false);
        }
        field.setDefaultAppearance(appearance(multiline ? 9 : 9.5f));
        place(field, name, accessibleName, x, top, width, height, FIELD_FILL);
        return field;
    }

    /** A read-only text field holding a value, for the form's identity. */
    void readOnlyField(String name, String accessibleName, String value, float x, float top, float width, float height)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance(appearance(6));
        field.setReadOnly(true);
        field.setDoNotScroll(false);
        place(field, name, accessibleName, x, top, width, height, READ_ONLY_FILL);
        field.setValue(value);
    }

    /** A drop-down list of options at a place on the current page. */
    void comboBox(
            String name, String accessibleName, List<String> options, float x, float top, float width, float height)
            throws IOException {
        // The fill and the drop-down arrow are drawn on the page, under a transparent widget, so that a reader that
        // draws no arrow of its own still shows that this is a list to choose from.
        box(x, top, width, height, FIELD_FILL, null);
        content.beginMarkedContent(COSName.ARTIFACT);
        FIELD_BORDER.fill(content);
        float arrowX = x + width - 13;
        float arrowY = top - height / 2 - 2;
        content.moveTo(arrowX, arrowY + 4.5f);
        content.lineTo(arrowX + 8, arrowY + 4.5f);
        content.lineTo(arrowX + 4, arrowY);
        content.closePath();
        content.fill();
        content.endMarkedContent();
        PDComboBox field = new PDComboBox(form);
        field.setOptions(options);
        field.setEdit(false);
        field.setDefaultAppearance(appearance(9.5f));
        place(field, name, accessibleName, x, top, width, height, null);
    }

    private void place(
            PDTerminalField field,
            String name,
            String accessibleName,
            float x,
            float top,
            float width,
            float height,
            Rgb fill)
            throws IOException {
        field.setPartialName(name);
        field.setAlternateFieldName(accessibleName);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        // The widget's own description for readers that look at the annotation rather than the field (PDF/UA-2,
        // 8.10.2.3): the same accessible name.
        widget.setContents(accessibleName);
        widget.setRectangle(new PDRectangle(x, top - height, width, height));
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceCharacteristicsDictionary characteristics =
                new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        characteristics.setBorderColour(FIELD_BORDER.toPdColor());
        if (fill != null) {
            characteristics.setBackground(fill.toPdColor());
        }
        widget.setAppearanceCharacteristics(characteristics);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0.75f);
        widget.setBorderStyle(border);
        page.getAnnotations().add(widget);
        form.getFields().add(field);

        PDStructureElement element = new PDStructureElement("Form", root);
        root.appendKid(element);
        element.setPage(page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        element.appendKid(reference);
        int key = nextParentKey++;
        widget.setStructParent(key);
        parentTree.put(key, element);
    }

    /** Starts a new page and puts the cursor at its top. */
    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        document.addPage(page);
        pages.add(page);
        int key = nextParentKey++;
        page.setStructParents(key);
        pageMarks = new COSArray();
        parentTree.put(key, pageMarks);
        nextMcid = 0;
        content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true);
        y = TOP;
    }

    /** Draws running heads and feet on every page as artifacts, then writes the finished document. */
    void finish(PageFurniture furniture, byte[] documentId, OutputStream out) throws IOException {
        content.close();
        content = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream furnitureStream =
                    new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                furniture.draw(furnitureStream, i + 1, total);
            }
        }
        PDStructureTreeRoot treeRoot = document.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode numbers = new PDNumberTreeNode(COSBase.class);
        numbers.setNumbers(parentTree);
        treeRoot.setParentTree(numbers);
        treeRoot.setParentTreeNextKey(nextParentKey);
        form.refreshAppearances();
        COSArray id = new COSArray();
        id.add(new COSString(documentId));
        id.add(new COSString(documentId));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
        } finally {
            document.close();
        }
    }

    private PDStructureElement element(String type) {
        PDStructureElement element = new PDStructureElement(type, root);
        root.appendKid(element);
        element.setPage(page);
        return element;
    }

    private void beginTagged(PDStructureElement element, String type) throws IOException {
        COSDictionary properties = new COSDictionary();
        int mcid = nextMcid++;
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
        element.appendKid(PDMarkedContent.create(COSName.getPDFName(type), properties));
        pageMarks.add(element);
    }

    private String appearance(float size) {
        return "/" + FIELD_FONT.getName() + " " + size + " Tf 0 g";
    }

    /** What a page shows outside its content: marking, title and page number. */
    interface PageFurniture {
        /** Draws the furniture of page {@code number} of {@code total} as artifacts. */
        void draw(PDPageContentStream stream, int number, int total) throws IOException;
    }

    /** An RGB colour, each component from 0 to 1; immutable, unlike the {@code float[]} PDFBox takes. */
    record Rgb(float red, float green, float blue) {
        /** Makes this the colour that fills text and shapes drawn next on the stream. */
        void fill(PDPageContentStream stream) throws IOException {
            stream.setNonStrokingColor(red, green, blue);
        }

        /** Makes this the colour that strokes lines drawn next on the stream. */
        void stroke(PDPageContentStream stream) throws IOException {
            stream.setStrokingColor(red, green, blue);
        }

        /** The colour for an annotation, from a fresh array of its components. */
        PDColor toPdColor() {
            return new PDColor(new float[] {red, green, blue}, PDDeviceRGB.INSTANCE);
        }
    }

    /** The face, size and colour of a run of text, and how it wraps. */
    record TextStyle(PDFont font, float size, float leading, Rgb colour) {
        float ascent() {
            return size * 0.8f;
        }

        float width(String text) throws IOException {
            return GlyphWidths.of(font, text) / 1000 * size;
        }

        /** The text cut with an ellipsis so it fits {@code width}. */
        String fit(String text, float width) throws IOException {
            if (width(text) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…") > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        /** The text broken into lines no wider than {@code width}; explicit line breaks are kept. */
        List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(candidate) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    while (width(word) > width) {
                        int cut = word.length() - 1;
                        while (cut > 1 && width(word.substring(0, cut)) > width) {
                            cut--;
                        }
                        lines.add(word.substring(0, cut));
                        word = word.substring(cut);
                    }
                    line.append(word);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The height of the text wrapped to {@code width}. */
        float height(String text, float width) throws IOException {
            return wrap(text, width).size() * leading;
        }
    }
}
