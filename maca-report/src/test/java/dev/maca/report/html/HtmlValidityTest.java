package dev.maca.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.report.fixtures.SampleDocuments;
import dev.maca.report.testing.NuChecker;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The HTML renderer's output judged by the Nu HTML Checker: every kind of block, and text that needs escaping, gives
 * valid HTML5 with no warning. The documents MACA writes are checked the same way, and with axe-core, by the end-to-end
 * demo test in maca-examples.
 */
@DisplayName("The HTML renderer, by the Nu HTML Checker")
class HtmlValidityTest {
    private static final HtmlRenderer RENDERER = HtmlRenderer.create();

    @Test
    @DisplayName("writes a page with every kind of block that has no error or warning")
    void everyBlock() throws Exception {
        byte[] html = RENDERER.render(SampleDocuments.everyBlock());

        assertThat(new String(html, StandardCharsets.UTF_8)).contains("<table>", "<figure>", "<aside", "<nav", "<ol");
        assertThat(NuChecker.problems(html)).isEmpty();
    }

    @Test
    @DisplayName("writes a page whose title and text need escaping that has no error or warning")
    void escapedText() throws Exception {
        byte[] html = RENDERER.render(SampleDocuments.small());

        assertThat(new String(html, StandardCharsets.UTF_8)).contains("&lt;policy&gt;");
        assertThat(NuChecker.problems(html)).isEmpty();
    }

    @Test
    @DisplayName("the checker itself reports an image without alternative text and a missing language")
    void checkerFindsProblems() throws Exception {
        byte[] broken =
                "<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"x.png\"></main></body></html>"
                        .getBytes(StandardCharsets.UTF_8);

        assertThat(NuChecker.problems(broken))
                .anyMatch(p -> p.startsWith("error") && p.contains("“alt” attribute"))
                .anyMatch(p -> p.startsWith("warning") && p.contains("“lang” attribute"));
    }
}
