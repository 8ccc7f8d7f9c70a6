package dev.maca.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a host's list of names or places: UTF-8 text, one entry a line; {@code #} starts a comment that runs to the end
 * of the line; blank lines are ignored. Errors name the file and the line, never an entry.
 */
final class ListFile {
    private ListFile() {}

    /** One entry of a list file and the line it was on. */
    record Entry(int line, String text) {}

    static List<Entry> read(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " file " + file + ": " + reason(e), e);
        }
        var entries = new ArrayList<Entry>();
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                String text = decode(bytes, lineStart, i, file, what, line);
                int comment = text.indexOf('#');
                String entry = (comment >= 0 ? text.substring(0, comment) : text).strip();
                if (line == 1 && entry.startsWith("\uFEFF")) {
                    entry = entry.substring(1).strip();
                }
                if (!entry.isEmpty()) {
                    entries.add(new Entry(line, entry));
                }
                lineStart = i + 1;
                line++;
            }
        }
        return entries;
    }

    private static String decode(byte[] bytes, int from, int to, Path file, String what, int line) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(
                    "the " + what + " file " + file + " line " + line + " is not UTF-8 text; save the file as UTF-8",
                    e);
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? "no such file"
                : e.getClass().getSimpleName();
    }
}
