package dev.maca.examples.cli;

import dev.maca.privacy.Policy;
import dev.maca.privacy.PrivacyGuard;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The privacy options of every command that renders a document: the lists of real names and places to look for, and
 * whether personal data found is redacted or stops the command (the default).
 */
public final class PrivacyOptions {
    @Option(
            names = "--redact",
            description = "Replace personal data found in free text by a visible marker such as"
                    + " [redacted: name], instead of refusing to render.")
    private boolean redact;

    @Option(
            names = "--names",
            paramLabel = "FILE",
            description = "A UTF-8 file of the real names of case members, one a line (# starts a comment),"
                    + " that must not appear in any document.")
    private Optional<Path> names = Optional.empty();

    @Option(
            names = "--places",
            paramLabel = "FILE",
            description = "A UTF-8 file of schools, GP practices and other places that identify a family,"
                    + " one a line, that must not appear in any document.")
    private Optional<Path> places = Optional.empty();

    /** Whether personal data is redacted rather than refused. */
    public boolean redacts() {
        return redact;
    }

    /**
     * The guard these options describe.
     *
     * @throws InputProblemsException naming a list file that does not exist or cannot be read, or its bad line
     */
    public PrivacyGuard guard() {
        PrivacyGuard.Builder builder = PrivacyGuard.builder().policy(redact ? Policy.REDACT : Policy.FAIL);
        names.ifPresent(file -> load(file, "--names", () -> builder.namesFrom(file)));
        places.ifPresent(file -> load(file, "--places", () -> builder.placesFrom(file)));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw InputProblemsException.of(
                    "--names/--places", "", e.getMessage(), "Correct or remove that entry of the list file.");
        }
    }

    private static void load(Path file, String option, Runnable reading) {
        if (!Files.isRegularFile(file)) {
            throw InputProblemsException.of(
                    file.toString(),
                    "",
                    "The list file given to " + option + " does not exist (or is a folder).",
                    "Check the folder and the file's name.");
        }
        try {
            reading.run();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw InputProblemsException.of(
                    file.toString(),
                    "",
                    e.getMessage(),
                    "Save the list as UTF-8 text, one name a line, each of at least two letters.");
        }
    }
}
