package dev.maca.examples.cli;

import dev.maca.files.FileContent;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One output file a command is about to write: where it goes, how to show it to the user, and its content.
 *
 * @param target where the file goes
 * @param shown the path to print, e.g. relative to the output folder ({@code briefs/01-fathers-and-males.pdf})
 * @param content what goes in it
 */
public record PlannedFile(Path target, String shown, FileContent content) {
    public PlannedFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(content, "content");
    }

    /** A file shown by the path the user gave. */
    public static PlannedFile at(Path target, FileContent content) {
        return new PlannedFile(target, target.toString(), content);
    }

    /** A file in {@code folder}, shown by its path relative to the folder (with forward slashes on every platform). */
    public static PlannedFile in(Path folder, Path relative, FileContent content) {
        return new PlannedFile(folder.resolve(relative), relative.toString().replace('\\', '/'), content);
    }
}
