package dev.maca.report.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The regular face embedded whole as the form's field font, built once and copied into each form, because embedding a
 * whole font (compressing it, then reading it back to measure it, and listing every glyph's width) was a third of the
 * cost of a form.
 *
 * <p>The font's objects are built once in a document of their own and frozen as plain values, the font file as its
 * compressed bytes; each form gets a fresh copy of those objects, so no PDFBox object is shared between documents or
 * threads, and the bytes written are those PDFBox itself would write.
 */
final class EmbeddedFieldFont {
    private EmbeddedFieldFont() {}

    /** A copy of the embedded regular face for {@code document}. */
    static PDType0Font copyInto(PDDocument document) throws IOException {
        return new PDType0Font((COSDictionary) Holder.FONT.thaw(document));
    }

    /** Built on first use by the class loader, which makes the one-time build thread-safe. */
    private static final class Holder {
        static final Frozen FONT = build();

        private Holder() {}

        private static Frozen build() {
            try (PDDocument prototype = new PDDocument()) {
                PDType0Font font = PDType0Font.load(prototype, FormFonts.regular(), false);
                return freeze(font.getCOSObject());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the form font", e);
            }
        }
    }

    /** A COS value frozen as plain data, able to make a fresh copy of itself in any document. */
    private sealed interface Frozen permits Leaf, Text, Dictionary, Array, Stream {
        COSBase thaw(PDDocument document) throws IOException;
    }

    /** An immutable value (name, number, boolean, null), shared as it is. */
    private record Leaf(COSBase value) implements Frozen {
        @Override
        public COSBase thaw(PDDocument document) {
            return value;
        }
    }

    /** A string, copied since PDFBox strings can change. */
    private record Text(byte[] bytes) implements Frozen {
        @Override
        public COSBase thaw(PDDocument document) {
            return new COSString(bytes);
        }
    }

    private record Dictionary(Map<COSName, Frozen> entries) implements Frozen {
        @Override
        public COSBase thaw(PDDocument document) throws IOException {
            COSDictionary dictionary = new COSDictionary();
            fill(dictionary, document);
            return dictionary;
        }

        void fill(COSDictionary dictionary, PDDocument document) throws IOException {
            for (Map.Entry<COSName, Frozen> entry : entries.entrySet()) {
                dictionary.setItem(entry.getKey(), entry.getValue().thaw(document));
            }
        }
    }

    private record Array(List<Frozen> items) implements Frozen {
        @Override
        public COSBase thaw(PDDocument document) throws IOException {
            COSArray array = new COSArray();
            for (Frozen item : items) {
                array.add(item.thaw(document));
            }
            return array;
        }
    }

    /** A stream: its dictionary (less its length, which writing sets) and its encoded bytes. */
    private record Stream(Dictionary dictionary, byte[] encoded) implements Frozen {
        @Override
        public COSBase thaw(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            dictionary.fill(stream, document);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(encoded);
            }
            return stream;
        }
    }

    private static Frozen freeze(COSBase value) throws IOException {
        COSBase base = value instanceof COSObject reference ? reference.getObject() : value;
        if (base instanceof COSStream stream) {
            byte[] encoded;
            try (var in = stream.createRawInputStream()) {
                encoded = in.readAllBytes();
            }
            return new Stream(freezeEntries(stream, true), encoded);
        }
        if (base instanceof COSDictionary dictionary) {
            return freezeEntries(dictionary, false);
        }
        if (base instanceof COSArray array) {
            List<Frozen> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(freeze(array.get(i)));
            }
            return new Array(List.copyOf(items));
        }
        if (base instanceof COSString string) {
            return new Text(string.getBytes().clone());
        }
        return new Leaf(base);
    }

    private static Dictionary freezeEntries(COSDictionary dictionary, boolean stream) throws IOException {
        Map<COSName, Frozen> entries = new LinkedHashMap<>();
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (stream && entry.getKey().equals(COSName.LENGTH)) {
                continue;
            }
            entries.put(entry.getKey(), freeze(entry.getValue()));
        }
        return new Dictionary(java.util.Collections.unmodifiableMap(entries));
    }
}
