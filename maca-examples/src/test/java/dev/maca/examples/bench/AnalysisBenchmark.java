package dev.maca.examples.bench;

import dev.maca.analysis.AuditAnalysis;
import dev.maca.audit.Audit;
import dev.maca.tool.AuditTool;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The scale series: the whole analysis of a synthetic audit of 100, 1,000 and 10,000 cases, eight agencies each. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class AnalysisBenchmark {
    /** Cases in the audit; every case has a return from each of the eight agencies. */
    @Param({"100", "1000", "10000"})
    public int cases;

    private Audit audit;
    private Map<String, AuditTool> tools;

    /** Generates the audit once per fork; only the analysis is timed. */
    @Setup
    public void setUp() {
        tools = BenchFixtures.tools();
        audit = SyntheticAudits.audit(cases, tools);
    }

    /** {@code AuditAnalysis.of(audit, tools)}. */
    @Benchmark
    public AuditAnalysis analysis() {
        return AuditAnalysis.of(audit, tools);
    }
}
