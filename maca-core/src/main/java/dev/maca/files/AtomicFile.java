package dev.maca.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the target's own folder, which is
 * moved over the target only when complete. A failure, however it happens, deletes the temporary file and leaves the
 * target as it was, so a good file is never replaced by a broken one.
 *
 * <pre>{@code
 * long bytes = AtomicFile.write(Path.of("out/report.pdf"), out -> renderer.render(document, out));
 * }</pre>
 */
public final class AtomicFile {
    /** Temporary files start with this, so a reader (or a test) can tell them from outputs. */
    public static final String TEMPORARY_PREFIX = ".maca-";

    /** Temporary files end with this. */
    public static final String TEMPORARY_SUFFIX = ".part";

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code target}, creating its folders.
     *
     * @param target the file to write or replace, never null
     * @param content what to write, never null; an exception it throws propagates after the temporary file is deleted
     * @return the size of the file written, in bytes
     * @throws UncheckedIOException naming the target when it cannot be written
     */
    public static long write(Path target, FileContent content) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, TEMPORARY_PREFIX + file.getFileName() + "-", TEMPORARY_SUFFIX);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                content.writeTo(out);
            }
            long size = Files.size(temporary);
            moveIntoPlace(temporary, file);
            temporary = null;
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
