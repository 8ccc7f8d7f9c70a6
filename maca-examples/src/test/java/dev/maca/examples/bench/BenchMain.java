package dev.maca.examples.bench;

import dev.maca.report.document.Document;
import dev.maca.report.html.HtmlRenderer;
import dev.maca.report.pdf.PdfRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and prints the results against the goals, as ratios where two things are compared.
 *
 * <pre>
 * mvn -B -q -Dmaca.target=target-bench -pl maca-examples -am -Pbench -DskipTests package
 * mvn -B -q -Dmaca.target=target-bench -pl maca-examples -am -Pbench -DskipTests package \
 *     -Dbench.args="--quick --only Renderer --no-demo"
 * </pre>
 *
 * <p>The profile runs it after {@code maca.jar} is packaged, so the cold {@code maca demo} runs time the jar users
 * run; without the jar they fall back to the test classpath.
 *
 * <p>Options: {@code --quick} (one short warm-up and measurement: checks the suite, not the numbers), {@code --only
 * REGEX} (benchmarks to run), {@code --prof NAME} (a JMH profiler: {@code gc}, {@code stack}, {@code jfr}), {@code
 * --no-demo} (skip the cold {@code maca demo} runs), {@code --no-verapdf}.
 */
public final class BenchMain {
    private static final int DEMO_RUNS = 5;

    private BenchMain() {}

    /** Runs the suite; see the class comment for the options. */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        String only = option(options, "--only").orElse("dev\\.maca\\.examples\\.bench\\..*Benchmark");
        Path target = Path.of(System.getProperty("bench.target", "target-bench"));

        System.out.println(machine());
        if (!options.contains("--no-verapdf")) {
            outputs();
        }
        ChainedOptionsBuilder jmh = new OptionsBuilder().include(only).shouldFailOnError(true);
        option(options, "--prof").ifPresent(jmh::addProfiler);
        if (quick) {
            jmh.warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(jmh.build()).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            scores.put(key(result), result.getPrimaryResult().getScore());
        }
        List<DemoRuns> demo = new ArrayList<>();
        if (!options.contains("--no-demo")) {
            demo.add(DemoRuns.run(target, DEMO_RUNS, README_LAUNCH_OPTIONS));
            demo.add(DemoRuns.run(target, DEMO_RUNS, List.of()));
        }
        System.out.println();
        System.out.println(ResultTable.markdown(scores, demo));
    }

    private static Optional<String> option(List<String> options, String name) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? Optional.of(options.get(at + 1)) : Optional.empty();
    }

    /** "RendererBenchmark.taggedPdf" or "AnalysisBenchmark.analysis[cases=1000]". */
    private static String key(RunResult result) {
        var params = result.getParams();
        String label = params.getBenchmark().replaceFirst("^.*\\.(\\w+Benchmark\\.\\w+)$", "$1");
        List<String> keys = new ArrayList<>(params.getParamsKeys());
        if (keys.isEmpty()) {
            return label;
        }
        StringBuilder out = new StringBuilder(label).append('[');
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "" : ",").append(keys.get(i)).append('=').append(params.getParam(keys.get(i)));
        }
        return out.append(']').toString();
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(
                Locale.ROOT,
                "Machine: %d processors, %s; Java %s (%s); load average %.2f at start",
                runtime.availableProcessors(),
                cpuModel(),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"),
                load);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    /** Renders the Torbay report once each way, prints sizes and checks both accessible outputs with veraPDF. */
    private static void outputs() {
        Document report = BenchFixtures.torbayReport();
        byte[] tagged = PdfRenderer.create().render(report);
        byte[] plain = new PlainOpenPdfBaseline().render(report);
        byte[] peer = new OpenHtmlToPdfPeer()
                .render(OpenHtmlToPdfPeer.xhtml(HtmlRenderer.create().render(report)));
        System.out.printf(
                Locale.ROOT,
                "Torbay report sizes: tagged %,d bytes (%.2fx plain), plain %,d bytes, openhtmltopdf %,d bytes%n",
                tagged.length,
                (double) tagged.length / plain.length,
                plain.length,
                peer.length);
        System.out.println("veraPDF, ours (tagged OpenPDF): " + Conformance.summary(tagged));
        System.out.println("veraPDF, peer (openhtmltopdf):  " + Conformance.summary(peer));
    }

    /**
     * The JVM options of the README's launch of the {@code maca} command: a short-lived command on two cores starts
     * faster with the C1 compiler only, as C2's compile threads otherwise compete with the work for the cores.
     */
    static final List<String> README_LAUNCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /** Cold {@code maca demo} runs: a new JVM each time, wall-clock from launch to exit. */
    record DemoRuns(String command, List<Double> seconds) {
        static DemoRuns run(Path target, int runs, List<String> jvmOptions) throws IOException, InterruptedException {
            Path jar = target.resolve("maca.jar");
            List<String> launch = new ArrayList<>();
            launch.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            launch.addAll(jvmOptions);
            if (Files.isRegularFile(jar)) {
                launch.add("-jar");
                launch.add(jar.toString());
            } else {
                System.out.println("No " + jar + " (build it with package -DskipTests): running the demo from the"
                        + " test classpath instead");
                launch.add("-cp");
                launch.add(System.getProperty("java.class.path"));
                launch.add("dev.maca.examples.cli.Maca");
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path out = Files.createTempDirectory("maca-demo");
                List<String> command = new ArrayList<>(launch);
                command.addAll(List.of("demo", "--out", out.toString()));
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroy();
                    throw new IllegalStateException("maca demo failed: " + String.join(" ", command));
                }
                seconds.add((System.nanoTime() - start) / 1e9);
                delete(out);
            }
            String shown = String.join(" ", launch.subList(1, Math.min(launch.size(), 3 + jvmOptions.size())));
            return new DemoRuns("java " + (Files.isRegularFile(jar) ? shown : "-cp … Maca") + " demo", seconds);
        }

        double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        private static void delete(Path dir) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
