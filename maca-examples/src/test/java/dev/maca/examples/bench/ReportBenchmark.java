package dev.maca.examples.bench;

import dev.maca.audit.Audit;
import dev.maca.privacy.GuardedAudit;
import dev.maca.report.documents.BusinessGroupReport;
import dev.maca.tool.AuditTool;
import java.util.Map;
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
 * The report to the Business Group for a synthetic 1,000-case audit (8,000 returns), as a PDF, in a 512 MB heap: from
 * the audit (privacy guard, analysis, document, PDF) and from the already guarded audit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx512m", "-Djava.awt.headless=true"})
public class ReportBenchmark {
    private Audit audit;
    private GuardedAudit guarded;
    private Map<String, AuditTool> tools;

    /** Generates and guards the audit once per fork. */
    @Setup
    public void setUp() {
        tools = BenchFixtures.tools();
        audit = SyntheticAudits.audit(1000, tools);
        guarded = BenchFixtures.guard(audit);
    }

    /** Everything a regeneration does: guard, analyse, build the document, render the PDF. */
    @Benchmark
    public byte[] reportPdfFromAudit() {
        return BusinessGroupReport.of(BenchFixtures.guard(audit), tools).toPdf();
    }

    /** Analysis, document and PDF from the guarded audit. */
    @Benchmark
    public byte[] reportPdf() {
        return BusinessGroupReport.of(guarded, tools).toPdf();
    }
}
