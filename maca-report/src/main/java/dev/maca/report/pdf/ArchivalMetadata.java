package dev.maca.report.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.maca.report.document.DocumentMetadata;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;

/**
 * Writes what PDF/A-2a and PDF/UA-1 require of a file's metadata: the info dictionary and matching
 * XMP (with the pdfaid and pdfuaid identification schemas), the language, the title shown in the
 * viewer, an sRGB output intent, fixed dates and a file identifier derived from the content.
 */
final class ArchivalMetadata {

    static final String CREATOR = "MACA document engine";

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchivalMetadata() {}

    /** Settings that must be made before the document is opened. */
    static void beforeOpen(com.lowagie.text.Document pdf, PdfWriter writer, DocumentMetadata metadata) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // Object and cross-reference streams (allowed by PDF/A-2, unlike PDF/A-1): the thousands of small
        // structure elements a tagged table makes are packed and deflated instead of written one by one, and
        // the cross-reference table is not formatted line by line with String.format.
        writer.setFullCompression();
        // Deflate at its fastest setting: compression was a third of rendering time at the default level, and the
        // files grow only a little (PDF/A does not mind the level).
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setTagged();
        pdf.addTitle(metadata.title());
        metadata.author().ifPresent(pdf::addAuthor);
        metadata.subject().ifPresent(pdf::addSubject);
        if (!metadata.keywords().isEmpty()) {
            pdf.addKeywords(keywords(metadata));
        }
        pdf.addCreator(CREATOR);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    /** Settings that must be made once the document is open (it sets its own dates on opening). */
    static void afterOpen(PdfWriter writer, DocumentMetadata metadata, byte[] fileId) throws IOException {
        PdfDate date = new PdfDate(GregorianCalendar.from(metadata.created().toZonedDateTime()));
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        PdfArray id = new PdfArray();
        id.add(new PdfString(fileId).setHexWriting(true));
        id.add(new PdfString(fileId).setHexWriting(true));
        info.put(PdfName.FILEID, id);

        writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        intents.getAsDict(0).put(PdfName.S, PdfName.GTS_PDFA1);

        String producer = text(info.get(PdfName.PRODUCER));
        writer.setXmpMetadata(xmp(metadata, producer, date.getW3CDate()).getBytes(StandardCharsets.UTF_8));
    }

    private static String keywords(DocumentMetadata metadata) {
        return String.join(", ", metadata.keywords());
    }

    private static String text(PdfObject value) {
        return value instanceof PdfString s ? s.toUnicodeString() : "";
    }

    private static String xmp(DocumentMetadata m, String producer, String date) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(m.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:language><rdf:Bag><rdf:li>")
                .append(escape(m.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        m.author().ifPresent(a -> x.append("<dc:creator><rdf:Seq><rdf:li>")
                .append(escape(a))
                .append("</rdf:li></rdf:Seq></dc:creator>\n"));
        m.subject().ifPresent(s -> x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(s))
                .append("</rdf:li></rdf:Alt></dc:description>\n"));
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>")
                .append(escape(producer))
                .append("</pdf:Producer>\n");
        if (!m.keywords().isEmpty()) {
            x.append("<pdf:Keywords>").append(escape(keywords(m))).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>")
                .append(CREATOR)
                .append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>")
                .append(date)
                .append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
