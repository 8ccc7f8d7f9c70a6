package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file a command wrote: where, as shown to the user, and how big.
 *
 * @param target the file
 * @param shown the path printed for it
 * @param bytes its size in bytes
 */
public record WrittenFile(Path target, String shown, long bytes) {
    public WrittenFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(shown, "shown");
    }

    /** The size for people: "812 B", "48.2 KB", "1.3 MB". */
    public String size() {
        return size(bytes);
    }

    /** A number of bytes for people: "812 B", "48.2 KB", "1.3 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
