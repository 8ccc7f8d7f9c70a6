package dev.maca.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.report.document.Document;
import dev.maca.report.fixtures.SampleDocuments;
import dev.maca.report.testing.PdfInspection;
import dev.maca.report.testing.VeraPdf;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PDF renderer's options")
class PdfRendererOptionsTest {

    private static byte[] withLogo;

    @BeforeAll
    static void render() throws IOException {
        Document plain = Document.builder("Learning brief: fathers and males", SampleDocuments.CREATED)
                .subject("A seven-minute briefing")
                .author("Torbay Safeguarding Children Partnership")
                .section("Why it matters", s -> s.paragraph(SampleDocuments.longParagraph())
                        .callout(
                                "Reflect",
                                c -> c.numbered(
                                        l -> l.item("Who is the father?").item("Who else lives here?"))))
                .build();
        withLogo = PdfRenderer.builder()
                .useLogo(Logo.of(png(), "Torbay Safeguarding Children Partnership"))
                .useFonts(FontSet.liberationSans())
                .build()
                .render(plain);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 79, 108));
        g.fillRoundRect(0, 0, 120, 40, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("writes a document without a cover but with a transparent logo that passes PDF/UA-1 and PDF/A-2a")
    void logoDocumentConforms() throws Exception {
        assertThat(VeraPdf.failures(withLogo, "ua1")).isEmpty();
        assertThat(VeraPdf.failures(withLogo, "2a")).isEmpty();
    }

    @Test
    @DisplayName("tags the logo as the first figure, with its alternative text, before the title")
    void logoIsFigure() throws IOException {
        try (PdfInspection pdf = new PdfInspection(withLogo)) {
            PDStructureElement first = pdf.elements().get(1);
            assertThat(first.getStructureType()).isEqualTo("Figure");
            assertThat(first.getAlternateDescription()).isEqualTo("Torbay Safeguarding Children Partnership");
            assertThat(pdf.elements().get(2).getStructureType()).isEqualTo("H1");
        }
    }

    @Test
    @DisplayName("refuses a logo that is not an image, or has no alternative text")
    void badLogo() {
        assertThatThrownBy(() -> Logo.of(new byte[] {1, 2, 3}, "Partnership"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("logo.image");
        assertThatThrownBy(() -> Logo.of(new byte[] {1}, " ")).hasMessageContaining("logo.altText");
    }

    @Test
    @DisplayName("refuses a font that is not a TrueType file name")
    void badFont() {
        assertThatThrownBy(() -> FontFace.of("font.otf", new byte[100])).hasMessageContaining("must end in .ttf");
    }

    @Test
    @DisplayName("refuses, naming the row by its place but never by its text, a table row too tall for any page")
    void rowTallerThanPage() {
        Document doc = Document.builder("Tall", SampleDocuments.CREATED)
                .section(
                        "Table",
                        s -> s.table(
                                t -> t.header("Case", "Notes").row("Family 1", SampleDocuments.pageLongParagraph())))
                .build();
        assertThatThrownBy(() -> PdfRenderer.create().render(doc))
                .isInstanceOf(dev.maca.report.render.RenderException.class)
                .hasMessageContaining("body row 1 of 1 of the table is taller than a page")
                .message()
                .doesNotContain("Family 1");
    }
}
