package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Check digits worked by hand (weights 10 down to 2 on the first nine digits; check = 11 - sum mod 11, 11 -> 0):
 *   943 476 591 -> 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 90+36+24+28+42+30+20+27+2 = 299;
 *                  299 mod 11 = 2 (27*11 = 297); check 11-2 = 9  -> 943 476 5919 is valid
 *   485 777 345 -> 40+72+40+49+42+35+12+12+10 = 312; 312 mod 11 = 4 (28*11 = 308); check 7
 *                  -> 485 777 3457 is valid, 485 777 3456 is not
 *   401 023 213 -> 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; check 7 -> 401 023 2137 is valid
 *   123 456 789 -> 10+18+24+28+30+30+28+24+18 = 210; 210 mod 11 = 1; check 10 -> no valid number starts 123456789
 *   000 000 000 -> sum 0; 0 mod 11 = 0; check 11 -> 0 -> 000 000 0000 is valid
 */
@DisplayName("NHS number detection")
class NhsNumberDetectionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NHS no 9434765919.", "NHS no 943 476 5919.", "NHS no 943-476-5919.", "(4857773457)"})
    @DisplayName("a ten-digit number with a valid check digit is flagged, written together, spaced or hyphenated 3-3-4")
    void validNumbers(String text) {
        assertThat(Scans.kinds(text)).containsExactly(Kind.NHS_NUMBER);
    }

    @Test
    @DisplayName("the whole number is the finding, separators included")
    void wholeNumber() {
        assertThat(Scans.found("NHS 401 023 2137 held")).containsExactly("401 023 2137");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"4857773456", "485 777 3456", "9434765918", "1234567890", "123 456 7891"})
    @DisplayName("a ten-digit number whose check digit fails is not flagged")
    void invalidCheckDigit(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"94347659191", "19434765919", "943 476-5919", "94 3476 5919", "ref A9434765919"})
    @DisplayName("a valid number inside a longer number, with mixed separators or other grouping is not flagged")
    void notTenDigits(String text) {
        assertThat(Scans.kinds(text)).isEmpty();
    }

    @Test
    @DisplayName("the check digit rule accepts only the digit computed from the first nine")
    void checkDigitRule() {
        assertThat(NhsNumbers.isValid("0000000000")).isTrue();
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        for (char last = '0'; last <= '9'; last++) {
            assertThat(NhsNumbers.isValid("123456789" + last)).isFalse();
        }
    }
}
