package dev.maca.report.forms;

import dev.maca.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a completed form's bytes from a file or a stream, turning a failure into a {@link FormImportException}. */
final class FormFiles {
    private FormFiles() {}

    /** The bytes of the form at {@code file}. */
    static byte[] bytes(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormImportException(
                    name,
                    List.of(Problem.error(
                            name,
                            "The file cannot be read (" + e.getClass().getSimpleName() + ").",
                            "Check that the file exists and can be read.")));
        }
    }

    /** The bytes of a form read to the end of {@code in}, which is not closed. */
    static byte[] bytes(InputStream in, String fileName) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new FormImportException(
                    fileName,
                    List.of(Problem.error(
                            fileName,
                            "The form cannot be read (" + e.getClass().getSimpleName() + ").",
                            "Save the form again and import the saved copy.")));
        }
    }
}
