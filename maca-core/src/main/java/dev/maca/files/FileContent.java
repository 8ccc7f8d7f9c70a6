package dev.maca.files;

import java.io.IOException;
import java.io.OutputStream;

/** What goes into one output file: writes it to a stream, which it leaves open. */
@FunctionalInterface
public interface FileContent {
    /**
     * Writes the file's bytes.
     *
     * @param out where to write; left open
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
}
