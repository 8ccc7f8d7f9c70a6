package dev.maca.examples.bench;

import dev.maca.report.document.Document;
import dev.maca.report.html.HtmlRenderer;
import dev.maca.report.pdf.PdfRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Torbay report to the Business Group, one document model, four ways: our tagged PDF/UA + PDF/A-2b renderer, the
 * same layout in plain untagged OpenPDF (the cost of accessibility), our HTML rendered by openhtmltopdf with PDF/UA and
 * PDF/A-2b on (the peer), and our HTML renderer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class RendererBenchmark {
    private Document report;
    private String xhtml;
    private PdfRenderer tagged;
    private PlainOpenPdfBaseline plain;
    private OpenHtmlToPdfPeer peer;
    private HtmlRenderer html;

    /** Builds the report document once; only rendering is timed. */
    @Setup
    public void setUp() {
        report = BenchFixtures.torbayReport();
        tagged = PdfRenderer.create();
        plain = new PlainOpenPdfBaseline();
        peer = new OpenHtmlToPdfPeer();
        html = HtmlRenderer.create();
        xhtml = OpenHtmlToPdfPeer.xhtml(html.render(report));
    }

    /** Ours: tagged PDF/UA-1 and PDF/A-2b. */
    @Benchmark
    public byte[] taggedPdf() {
        return tagged.render(report);
    }

    /** Baseline: the same document in plain, untagged OpenPDF. */
    @Benchmark
    public byte[] plainOpenPdf() {
        return plain.render(report);
    }

    /** Peer: our HTML through openhtmltopdf with PDF/UA and PDF/A-2b. */
    @Benchmark
    public byte[] openHtmlToPdf() {
        return peer.render(xhtml);
    }

    /** Ours: the accessible HTML page. */
    @Benchmark
    public byte[] html() {
        return html.render(report);
    }
}
