package dev.maca.report.pdf;

import dev.maca.report.fixtures.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PdfScratchTest {
    @Test
    void write() throws Exception {
        PdfRenderer r = PdfRenderer.create();
        byte[] b = r.render(SampleDocuments.everyBlock());
        Files.write(Path.of("/tmp/every.pdf"), b);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) r.render(SampleDocuments.everyBlock());
        System.out.println("ms per render: " + (System.nanoTime() - t0) / 20 / 1e6);
    }
}
