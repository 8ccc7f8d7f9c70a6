package dev.maca.examples.cli;

import java.util.List;
import java.util.Objects;

/**
 * A step of a command's output: a heading to print (e.g. "Learning briefs") and the files it writes.
 *
 * @param title the heading printed before the step's files; empty for none
 * @param files the files, in the order they are printed
 */
public record OutputStep(String title, List<PlannedFile> files) {
    public OutputStep {
        Objects.requireNonNull(title, "title");
        files = List.copyOf(files);
    }

    /** A step without a heading. */
    public static OutputStep untitled(List<PlannedFile> files) {
        return new OutputStep("", files);
    }
}
