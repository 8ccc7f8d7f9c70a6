package dev.maca.privacy;

import java.util.List;

/** Runs the guard's text scanner, with the fixture names and places, over one text. */
final class Scans {
    private static final TextScanner SCANNER = scanner();

    private Scans() {}

    /** The kinds found in {@code text}, over every pass. */
    static List<Kind> kinds(String text) {
        return SCANNER.scan(text).kinds();
    }

    /** The parts of {@code text} found in a first pass, in order. */
    static List<String> found(String text) {
        return SCANNER.spans(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    /** {@code text} redacted. */
    static String redacted(String text) {
        return SCANNER.scan(text).redacted();
    }

    private static TextScanner scanner() {
        var phrases = new Phrases();
        PrivacyFixtures.NAMES.forEach(name -> phrases.add(name, Kind.PERSON_NAME));
        PrivacyFixtures.PLACES.forEach(place -> phrases.add(place, Kind.PLACE_NAME));
        return new TextScanner(phrases);
    }
}
