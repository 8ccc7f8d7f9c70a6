package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The axe-core check used on the demo's HTML, shown to find what it is there to find. */
@DisplayName("The axe-core WCAG 2.2 AA check")
class AxeCheckTest {

    @Test
    @DisplayName("reports an image without alternative text, a page without a language and text too faint to read")
    void findsViolations(@TempDir Path dir) throws Exception {
        AxeCheck.assumeAvailable();
        Path page = Files.writeString(
                dir.resolve("broken.html"),
                """
                <!DOCTYPE html><html><head><title>Broken</title></head><body><main>
                <img src="chart.png"><p style="color:#bbb;background:#fff">Faint text</p>
                </main></body></html>""");

        AxeCheck.Result result = AxeCheck.run(List.of(page));

        assertThat(result.pagesChecked()).isEqualTo(1);
        assertThat(result.violations())
                .extracting(AxeCheck.Violation::rule)
                .contains("image-alt", "html-has-lang", "color-contrast");
        assertThat(result.violations())
                .filteredOn(v -> v.rule().equals("image-alt"))
                .singleElement()
                .satisfies(v -> assertThat(v.targets()).containsExactly("img"));
    }
}
