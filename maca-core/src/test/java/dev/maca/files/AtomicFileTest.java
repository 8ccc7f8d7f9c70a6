package dev.maca.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An atomic file write")
class AtomicFileTest {
    private static final byte[] GOOD = "%PDF-1.7 a good report".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    @DisplayName("writes the content, creating the folders, and returns its size")
    void writesTheContent() throws IOException {
        Path target = dir.resolve("briefs/01-fathers.pdf");

        long size = AtomicFile.write(target, out -> out.write(GOOD));

        assertThat(target).hasBinaryContent(GOOD);
        assertThat(size).isEqualTo(GOOD.length);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @DisplayName("replaces an existing file with the new content")
    void replacesAFile() throws IOException {
        Path target = Files.write(dir.resolve("report.pdf"), GOOD);

        AtomicFile.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    @DisplayName("a render that fails midway with an I/O error leaves the good file untouched and no temporary file")
    void ioFailureMidwayKeepsTheGoodFile() throws IOException {
        Path target = Files.write(dir.resolve("report.pdf"), GOOD);

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("disk full");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("report.pdf")
                .hasMessageContaining("disk full");

        assertThat(target).hasBinaryContent(GOOD);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @DisplayName("a render that fails midway with any exception leaves the good file untouched and no temporary file")
    void runtimeFailureMidwayKeepsTheGoodFile() throws IOException {
        Path target = Files.write(dir.resolve("report.pdf"), GOOD);

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write(new byte[100_000]);
                    throw new IllegalStateException("renderer broke");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("renderer broke");

        assertThat(target).hasBinaryContent(GOOD);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @DisplayName("a failed first write leaves no file at all")
    void failedNewFileLeavesNothing() throws IOException {
        Path target = dir.resolve("forms/family-01/police.pdf");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write(GOOD);
                    throw new IOException("broken pipe");
                }))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files
                    .filter(p -> p.getFileName().toString().startsWith(AtomicFile.TEMPORARY_PREFIX))
                    .toList()
                    .stream();
        }
    }
}
