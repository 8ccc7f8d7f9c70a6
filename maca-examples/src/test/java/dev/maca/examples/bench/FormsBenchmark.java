package dev.maca.examples.bench;

import dev.maca.privacy.GuardedAudit;
import dev.maca.report.forms.AuditToolForms;
import dev.maca.report.forms.FormIdentity;
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

/** Every audit-tool form of the Torbay audit (one per cohort case and involved agency), one after another and in parallel. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class FormsBenchmark {
    private GuardedAudit torbay;
    private Map<String, AuditTool> tools;

    /** Builds and guards the Torbay audit once per fork. */
    @Setup
    public void setUp() {
        tools = BenchFixtures.tools();
        torbay = BenchFixtures.torbay();
    }

    /** All forms, one after another; returns the total size so nothing is optimised away. */
    @Benchmark
    public long allFormsSequential() {
        AuditToolForms forms = AuditToolForms.of(torbay, tools);
        long bytes = 0;
        for (FormIdentity form : forms.forms()) {
            bytes += forms.formFor(form.caseId(), form.respondentId()).length;
        }
        return bytes;
    }

    /** All forms on every processor, as {@code maca demo} writes them. */
    @Benchmark
    public long allFormsParallel() {
        AuditToolForms forms = AuditToolForms.of(torbay, tools);
        return forms.forms().parallelStream()
                .mapToLong(form -> forms.formFor(form.caseId(), form.respondentId()).length)
                .sum();
    }
}
