package dev.maca.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.fixtures.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The HTML renderer")
class HtmlRendererTest {

    private static final HtmlRenderer RENDERER = HtmlRenderer.create();
    private static String html;

    @BeforeAll
    static void renderOnce() {
        html = new String(RENDERER.render(SampleDocuments.everyBlock()), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("declares the document's language on the html element")
    void language() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
    }

    @Test
    @DisplayName("gives headings in order without skipping a level")
    void headingOrder() {
        Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        assertThat(levels).first().isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(levels).containsSubsequence(1, 2, 2, 3, 3, 2, 2);
    }

    @Test
    @DisplayName("scopes column headers and row headers")
    void headerScope() {
        assertThat(html).contains("<th scope=\"col\">Case</th>", "<th scope=\"row\">Family 1</th>");
        assertThat(html).doesNotContain("<th>");
    }

    @Test
    @DisplayName("captions tables inside the table element")
    void captions() {
        assertThat(html).contains("<table>\n<caption>Table 2: Contacts by case and agency</caption>");
    }

    @Test
    @DisplayName("gives the chart its alternative text as an image label and follows it with its data")
    void figure() {
        assertThat(html)
                .containsSubsequence(
                        "<figure>",
                        "role=\"img\" aria-label=\"Bar chart: most agencies",
                        "<figcaption>Figure 1: Overall judgements by agency</figcaption>",
                        "<caption>Data for Figure 1: Overall judgements by agency</caption>");
    }

    @Test
    @DisplayName("shows the protective marking at the top and the bottom")
    void marking() {
        assertThat(html.split("OFFICIAL-SENSITIVE</p>", -1)).hasSize(3);
        assertThat(html.indexOf("class=\"marking marking-top\"")).isLessThan(html.indexOf("<main>"));
        assertThat(html.indexOf("class=\"marking marking-top\""))
                .as("the top marking is inside the header landmark")
                .isGreaterThan(html.indexOf("<header"))
                .isLessThan(html.indexOf("</header>"));
        assertThat(html.indexOf("class=\"marking marking-bottom\"")).isGreaterThan(html.indexOf("</main>"));
    }

    @Test
    @DisplayName("escapes every piece of text")
    void escaping() {
        String small = new String(RENDERER.render(SampleDocuments.small()), StandardCharsets.UTF_8);
        assertThat(small)
                .contains(
                        "<title>Fish &amp; chips &lt;policy&gt;</title>",
                        "Scope &quot;A&quot; &amp; &#39;B&#39;",
                        "Use &lt;b&gt; &amp; &lt;/b&gt; tags carefully.")
                .doesNotContain("<b>", "<policy>");
    }

    @Test
    @DisplayName("uses no external resources")
    void selfContained() {
        assertThat(html).doesNotContain("<link", "<script", "src=", "http://", "https://", "url(");
    }

    @Test
    @DisplayName("uses landmarks: header, main, sections, footer and a contents nav")
    void landmarks() {
        assertThat(html)
                .containsSubsequence(
                        "<header", "<main>", "<section aria-labelledby=\"section-1\">", "<nav", "</main>", "<footer>");
    }

    @Test
    @DisplayName("marks emphasis with strong and em")
    void emphasis() {
        assertThat(html).contains("The audit looked at <strong>six families</strong> where <em>domestic abuse</em>");
    }

    @Test
    @DisplayName("nests sublists inside their list item")
    void nestedLists() {
        assertThat(html).contains("<li>Agencies shared information\n<ul>\n<li>at strategy meetings</li>");
        assertThat(html).contains("<li>Challenge drift\n<ol type=\"a\">");
    }

    @Test
    @DisplayName("gives the same bytes for the same document and leaves the caller's stream open")
    void reproducibleAndStreamOpen() throws IOException {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        TrackingStream out = new TrackingStream();
        RENDERER.render(SampleDocuments.everyBlock(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
    }
}
