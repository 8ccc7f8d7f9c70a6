package dev.maca.privacy;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * NHS numbers: ten digits, written together or spaced or hyphenated 3-3-4, whose last digit is the modulus-11 check
 * digit of the first nine. A ten-digit number that fails the check is not an NHS number and is not flagged.
 */
final class NhsNumbers extends PatternDetector {
    private static final Pattern NHS_NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{3}([ \\u00A0-]?)\\d{3}\\2\\d{4})(?![\\p{L}\\p{N}])");

    NhsNumbers() {
        super(NHS_NUMBER, 1, Kind.NHS_NUMBER);
    }

    @Override
    boolean accept(MatchResult match) {
        return isValid(digits(match.group(1)));
    }

    /**
     * Whether ten digits form a valid NHS number: the first nine weighted 10 down to 2 and summed; 11 minus the
     * remainder by 11 is the check digit (11 counts as 0; 10 means no valid number has these nine digits).
     */
    static boolean isValid(String tenDigits) {
        if (tenDigits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
