package dev.maca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An output run")
class OutputRunTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("renders on several threads but prints the files in the order planned, with a counter")
    void deterministicOrder() {
        StringWriter printed = new StringWriter();
        List<PlannedFile> files = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = "file-" + i + ".txt";
            files.add(PlannedFile.in(dir, Path.of("step", name), out -> {
                sleep(ThreadLocalRandom.current().nextInt(5));
                out.write(name.getBytes(StandardCharsets.UTF_8));
            }));
        }

        try (OutputRun run = new OutputRun(new PrintWriter(printed), 4)) {
            List<WrittenFile> written = run.write(new OutputStep("Step", files));

            assertThat(written)
                    .extracting(WrittenFile::shown)
                    .containsExactlyElementsOf(
                            files.stream().map(PlannedFile::shown).toList());
        }
        List<String> lines = printed.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Step");
        for (int i = 1; i <= 20; i++) {
            assertThat(lines.get(i)).startsWith("  [" + i + "/20] step/file-" + i + ".txt  ");
        }
        assertThat(lines.get(21)).startsWith("  20 files, ");
    }

    @Test
    @DisplayName("throws the failure of a file as it was raised, and leaves that file absent")
    void failure() throws Exception {
        PlannedFile good = PlannedFile.in(dir, Path.of("good.txt"), out -> out.write('g'));
        PlannedFile bad = PlannedFile.in(dir, Path.of("bad.txt"), out -> {
            out.write('b');
            throw new IllegalArgumentException("no content for part 3");
        });

        try (OutputRun run = new OutputRun(new PrintWriter(new StringWriter()), 2)) {
            assertThatThrownBy(() -> run.write(OutputStep.untitled(List.of(good, bad))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no content for part 3");
        }
        assertThat(dir.resolve("bad.txt")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("good.txt");
        }
    }

    @Test
    @DisplayName("when a file fails, finishes the files already rendering, so no temporary file is left behind")
    void failureFinishesWhatIsRendering() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        PlannedFile bad = PlannedFile.in(dir, Path.of("bad.txt"), out -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalArgumentException("no content for part 3");
        });
        PlannedFile slow = PlannedFile.in(dir, Path.of("slow.txt"), out -> {
            started.countDown();
            sleep(300);
            out.write('s');
        });

        try (OutputRun run = new OutputRun(new PrintWriter(new StringWriter()), 2)) {
            assertThatThrownBy(() -> run.write(OutputStep.untitled(List.of(bad, slow))))
                    .hasMessage("no content for part 3");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("slow.txt");
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
