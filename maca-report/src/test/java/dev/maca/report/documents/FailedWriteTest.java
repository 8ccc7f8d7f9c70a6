package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.maca.files.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is lost when writing fails: no half-written file, no good file replaced, the caller's stream left open. */
@DisplayName("A report whose writing fails")
class FailedWriteTest {
    private static final byte[] GOOD = "%PDF-1.7 last week's good report".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    @DisplayName("fails with the stream's error and leaves the caller's stream open")
    void failingStream() throws IOException {
        OutputStream failing = mock(OutputStream.class);
        doThrow(new IOException("disk full")).when(failing).write(any(byte[].class), anyInt(), anyInt());
        doThrow(new IOException("disk full")).when(failing).write(any(byte[].class));
        doThrow(new IOException("disk full")).when(failing).write(anyInt());

        assertThatThrownBy(() ->
                        BusinessGroupReport.of(DocumentFixtures.analysed()).writePdf(failing))
                .hasStackTraceContaining("disk full");
        verify(failing, never()).close();
    }

    @Test
    @DisplayName("halfway into a file leaves the good file untouched and no temporary file behind")
    void failingHalfway() throws IOException {
        Path target = Files.write(dir.resolve("business-group-report.pdf"), GOOD);
        AnalysedAudit analysed = DocumentFixtures.analysed();

        assertThatThrownBy(() -> AtomicFile.write(target, file -> {
                    // a stream that takes half of what it is given, then fails
                    OutputStream halfway = mock(OutputStream.class, org.mockito.Mockito.CALLS_REAL_METHODS);
                    doAnswer(call -> {
                                byte[] bytes = call.getArgument(0);
                                int offset = call.getArgument(1);
                                int length = call.getArgument(2);
                                file.write(bytes, offset, length / 2);
                                throw new IOException("disk full");
                            })
                            .when(halfway)
                            .write(any(byte[].class), anyInt(), anyInt());
                    BusinessGroupReport.of(analysed).writePdf(halfway);
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("business-group-report.pdf");

        assertThat(target).hasBinaryContent(GOOD);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
