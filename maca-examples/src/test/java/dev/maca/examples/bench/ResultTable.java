package dev.maca.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The suite's results as a Markdown table: each measure with its goal, the result and whether it meets the goal. */
final class ResultTable {
    private static final String RENDERER = "RendererBenchmark.";
    private static final String ANALYSIS = "AnalysisBenchmark.analysis[cases=";

    private final Map<String, Double> scores;
    private final List<String> rows = new ArrayList<>();

    private ResultTable(Map<String, Double> scores) {
        this.scores = scores;
    }

    /**
     * The table for these JMH scores (milliseconds per operation, keyed as {@code Class.method[param=value]}) and the
     * cold demo runs, if any; measures that were not run are left out.
     */
    static String markdown(Map<String, Double> scores, List<BenchMain.DemoRuns> demo) {
        ResultTable table = new ResultTable(scores);
        table.renderers();
        table.analysis();
        table.report();
        table.forms();
        demo.forEach(table::demo);
        StringBuilder out = new StringBuilder("| Measure | Goal | Result | Verdict |\n|---|---|---|---|\n");
        table.rows.forEach(row -> out.append(row).append('\n'));
        out.append("\nAll scores (ms/op):\n");
        scores.forEach((key, ms) -> out.append(String.format(Locale.ROOT, "  %-58s %10.2f%n", key, ms)));
        return out.toString();
    }

    private void renderers() {
        Double tagged = scores.get(RENDERER + "taggedPdf");
        Double plain = scores.get(RENDERER + "plainOpenPdf");
        Double peer = scores.get(RENDERER + "openHtmlToPdf");
        Double html = scores.get(RENDERER + "html");
        if (tagged != null && plain != null) {
            double ratio = tagged / plain;
            row(
                    "Torbay report: tagged PDF/UA vs plain untagged OpenPDF (cost of accessibility)",
                    "≤ 1.3×",
                    String.format(Locale.ROOT, "%.2f× (%.1f ms vs %.1f ms)", ratio, tagged, plain),
                    ratio <= 1.3);
        }
        if (tagged != null && peer != null) {
            double ratio = peer / tagged;
            row(
                    "Torbay report: ours vs openhtmltopdf, both PDF/UA-1 + PDF/A-2b",
                    "ours ≥ 10× faster",
                    String.format(Locale.ROOT, "%.1f× faster (%.1f ms vs %.1f ms)", ratio, tagged, peer),
                    ratio >= 10);
        }
        if (html != null) {
            rows.add(String.format(Locale.ROOT, "| Torbay report as HTML | — | %.1f ms | — |", html));
        }
    }

    private void analysis() {
        List<String> series = new ArrayList<>();
        for (int cases : new int[] {100, 1000, 10000}) {
            Double ms = scores.get(ANALYSIS + cases + "]");
            if (ms != null) {
                series.add(
                        String.format(Locale.ROOT, "%,d: %.1f ms (%.1f ms per 1,000)", cases, ms, ms * 1000.0 / cases));
            }
        }
        if (!series.isEmpty()) {
            Double largest = scores.get(ANALYSIS + "10000]");
            rows.add("| Analysis, cases × 8 agencies (linear?) | 10,000 cases < 300 ms, linear | "
                    + String.join("; ", series) + " | " + (largest == null ? "—" : verdict(largest < 300)) + " |");
        }
    }

    private void report() {
        Double fromAudit = scores.get("ReportBenchmark.reportPdfFromAudit");
        Double fromGuarded = scores.get("ReportBenchmark.reportPdf");
        if (fromAudit != null) {
            row(
                    "Business Group report PDF, 1,000 cases (guard + analysis + PDF), -Xmx512m",
                    "< 5 s in 512 MB",
                    String.format(Locale.ROOT, "%.2f s", fromAudit / 1000),
                    fromAudit < 5000);
        }
        if (fromGuarded != null) {
            rows.add(String.format(
                    Locale.ROOT,
                    "| … of which analysis + PDF from the guarded audit | — | %.2f s | — |",
                    fromGuarded / 1000));
        }
    }

    private void forms() {
        Double sequential = scores.get("FormsBenchmark.allFormsSequential");
        Double parallel = scores.get("FormsBenchmark.allFormsParallel");
        if (parallel != null) {
            row(
                    "All Torbay audit-tool forms, on all processors (as maca demo)",
                    "< 2 s",
                    String.format(Locale.ROOT, "%.2f s", parallel / 1000),
                    parallel < 2000);
        }
        if (sequential != null) {
            row(
                    "All Torbay audit-tool forms, one thread",
                    "< 2 s",
                    String.format(Locale.ROOT, "%.2f s", sequential / 1000),
                    sequential < 2000);
        }
    }

    private void demo(BenchMain.DemoRuns demo) {
        double median = demo.median();
        row(
                "`maca demo` from a cold JVM, median of " + demo.seconds().size() + " (" + demo.command() + ")",
                "≤ 5 s",
                String.format(
                        Locale.ROOT,
                        "%.2f s (runs: %s)",
                        median,
                        demo.seconds().stream()
                                .map(s -> String.format(Locale.ROOT, "%.2f", s))
                                .toList()),
                median <= 5);
    }

    private void row(String measure, String goal, String result, boolean met) {
        rows.add("| " + measure + " | " + goal + " | " + result + " | " + verdict(met) + " |");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
