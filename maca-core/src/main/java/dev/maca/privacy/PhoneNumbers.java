package dev.maca.privacy;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * UK phone numbers: landlines and mobiles written nationally ("01803 123456", "(01803) 123 456", "07700 900123") or
 * internationally ("+44 7700 900123", "+44 (0)1803 123456"), with single spaces, hyphens or brackets between the
 * digits. The number after the 0 or +44 has nine or ten digits and starts 1, 2, 3, 5, 7, 8 or 9, as UK numbers do.
 */
final class PhoneNumbers extends PatternDetector {
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}+])"
            + "((?:\\+44[ \\u00A0]?(?:\\(0\\)[ \\u00A0]?)?|\\(?0)"
            + "((?:\\d[ \\u00A0\\-)]{0,2}){8,9}\\d))"
            + "(?![\\p{L}\\p{N}])");
    private static final String FIRST_DIGITS = "1235789";

    PhoneNumbers() {
        super(PHONE_NUMBER, 1, Kind.PHONE_NUMBER);
    }

    @Override
    boolean accept(MatchResult match) {
        return FIRST_DIGITS.indexOf(match.group(2).charAt(0)) >= 0;
    }
}
