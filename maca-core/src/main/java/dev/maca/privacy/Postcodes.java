package dev.maca.privacy;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Full UK postcodes, in any case, with or without the space: an outward code (A9, A99, A9A, AA9, AA99, AA9A, with the
 * letters the Royal Mail allows in each position) and an inward code (a digit and two letters), or GIR 0AA.
 *
 * <p>An outward code alone ("SW1", "TQ") is not a full postcode and is not flagged. A lower-case ordinal in the inward
 * place ("KS2 3rd") is read as the ordinal it is; written in capitals it is flagged.
 */
final class Postcodes extends PatternDetector {
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                    + "((?:[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?)"
                    + "[ \\u00A0]?\\d[ABD-HJLNP-UW-Z]{2})|GIR[ \\u00A0]?0AA)"
                    + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER_CASE_ORDINAL = Pattern.compile("\\d(?:st|nd|rd|th)");

    Postcodes() {
        super(POSTCODE, 1, Kind.POSTCODE);
    }

    @Override
    boolean accept(MatchResult match) {
        String postcode = match.group(1);
        return !LOWER_CASE_ORDINAL
                .matcher(postcode.substring(postcode.length() - 3))
                .matches();
    }
}
