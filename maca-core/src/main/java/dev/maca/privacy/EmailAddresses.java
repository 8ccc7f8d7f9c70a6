package dev.maca.privacy;

import java.util.regex.Pattern;

/** E-mail addresses: a local part, an {@code @}, and a domain with at least one dot and a top-level name of letters. */
final class EmailAddresses extends PatternDetector {
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-])"
            + "([\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,})"
            + "(?![\\p{L}\\p{N}])");

    EmailAddresses() {
        super(EMAIL, 1, Kind.EMAIL);
    }
}
