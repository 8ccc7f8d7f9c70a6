package dev.maca.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs axe-core's WCAG 2.2 AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on written HTML files in the
 * system's headless Chromium, through {@code .ci/axe/check.mjs} and Node. {@code .ci/run} installs Chromium and the
 * npm packages; where one is missing the check is skipped with a note saying what to install, unless the environment
 * variable {@value #REQUIRED} is set (as {@code .ci/run} sets it), when it fails instead.
 */
final class AxeCheck {
    /** Set (to anything) to make a missing tool fail the check instead of skipping it. */
    static final String REQUIRED = "MACA_REQUIRE_AXE";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MACA_CHROMIUM", "/usr/bin/chromium"));

    private AxeCheck() {}

    /** One rule broken on one page, with the elements (CSS selectors) that break it. */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + " at " + targets;
        }
    }

    /** What axe found on the pages it was given, and the versions that found it. */
    record Result(String axeVersion, String browserVersion, int pagesChecked, List<Violation> violations) {}

    /** Skips the calling test, saying why, when Node, Chromium or the npm packages are missing (fails if required). */
    static Path assumeAvailable() {
        Optional<Path> script = script();
        String missing = null;
        if (script.isEmpty()) {
            missing = "no .ci/axe/check.mjs above " + Path.of("").toAbsolutePath();
        } else if (!Files.isDirectory(script.get().resolveSibling("node_modules/axe-core"))
                || !Files.isDirectory(script.get().resolveSibling("node_modules/playwright-core"))) {
            missing = "the npm packages are not installed: run `npm ci --prefix .ci/axe`";
        } else if (!Files.isExecutable(CHROMIUM)) {
            missing = "no Chromium at " + CHROMIUM + ": install the Debian package `chromium` (or set MACA_CHROMIUM)";
        } else if (!nodeRuns()) {
            missing = "no `node` on the PATH: install Node.js 18 or later";
        }
        if (missing != null) {
            String note = "axe-core check skipped: " + missing + " (.ci/run installs everything it needs)";
            if (System.getenv(REQUIRED) != null) {
                Assertions.fail(note.replace("skipped", "required but cannot run"));
            }
            System.err.println("note: " + note);
            Assumptions.abort(note);
        }
        return script.get();
    }

    /** Runs axe on these pages in one browser; call {@link #assumeAvailable()} first. */
    static Result run(List<Path> pages) throws IOException, InterruptedException {
        Path script = assumeAvailable();
        List<String> command = new ArrayList<>(List.of("node", script.toString(), "--chromium", CHROMIUM.toString()));
        pages.forEach(p -> command.add(p.toAbsolutePath().toString()));
        Path out = Files.createTempFile("maca-axe", ".json");
        Path log = Files.createTempFile("maca-axe", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(script.getParent().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("axe check did not finish in 5 minutes: " + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "axe check exited " + process.exitValue() + ": " + Files.readString(log));
            }
            return parse(JSON.readTree(Files.readString(out)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    private static Result parse(JsonNode report) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode page : report.path("pages")) {
            for (JsonNode rule : page.path("violations")) {
                List<String> targets = new ArrayList<>();
                rule.path("nodes").forEach(n -> targets.add(n.path("target").asString()));
                violations.add(new Violation(
                        page.path("file").asString(),
                        rule.path("id").asString(),
                        rule.path("impact").asString(),
                        rule.path("help").asString(),
                        targets));
            }
        }
        return new Result(
                report.path("axe").asString(),
                report.path("browser").asString(),
                report.path("pages").size(),
                violations);
    }

    private static Optional<Path> script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".ci/axe/check.mjs");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
